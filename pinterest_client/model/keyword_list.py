# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class KeywordList(ModelList):
    """Keywords"""

    _item_type = "str"
    _checks = {"min_items": 1, "max_items": 50, "items": {"min_length": 1, "max_length": 100}}


__all__ = ["KeywordList"]
