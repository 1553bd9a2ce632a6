# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class GenderList(ModelList):
    """Gender"""

    _item_type = "str"
    _checks = {"items": {"enum": ("female", "male", "unknown")}}


__all__ = ["GenderList"]
