# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class TargetingOptionResponse(ModelList):
    """TargetingOptionResponse"""

    _item_type = "dict[any]"
    _nullable = True


__all__ = ["TargetingOptionResponse"]
