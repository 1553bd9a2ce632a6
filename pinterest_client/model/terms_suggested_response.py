# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class TermsSuggestedResponse(ModelList):
    """TermsSuggestedResponse (component schema `TermsSuggestedResponse`)."""

    _item_type = "str"


__all__ = ["TermsSuggestedResponse"]
