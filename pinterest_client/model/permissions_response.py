# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class PermissionsResponse(ModelList):
    """Permission levels member or partner has on an asset."""

    _item_type = "str"


__all__ = ["PermissionsResponse"]
