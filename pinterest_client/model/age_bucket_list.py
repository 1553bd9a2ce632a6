# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class AgeBucketList(ModelList):
    """AgeRange"""

    _item_type = "str"
    _checks = {"items": {"enum": ("18-24", "25-34", "35-44", "45-49", "50-54", "55-64", "65+")}}


__all__ = ["AgeBucketList"]
