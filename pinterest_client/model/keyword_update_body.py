# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.keyword_update import KeywordUpdate


class KeywordUpdateBody(Model):
    """KeywordUpdateBody (component schema `KeywordUpdateBody`)."""

    keywords: List[KeywordUpdate] = Field("list[KeywordUpdate]", required=True)
    """Keywords to update. Object array. Each object has 2 possible fields:
    1. "id": (required) keyword ID
    2. "archived": boolean. Should keyword be archived?
    For example: [{"id":"2886610576653", "archived": false}, {"id":"2886610576654",  "archived": true}, ...]
    """

    _positional = ("keywords",)

    if TYPE_CHECKING:

        def __init__(
            self,
            keywords: List[KeywordUpdate],
        ) -> None: ...


__all__ = ["KeywordUpdateBody"]
