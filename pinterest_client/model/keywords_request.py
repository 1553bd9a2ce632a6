# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.keywords_common import KeywordsCommon


class KeywordsRequest(Model):
    """KeywordsRequest (component schema)."""

    keywords: List[KeywordsCommon] = Field("list[KeywordsCommon]", required=True)
    """Keyword JSON array. Each array element has 3 fields"""

    parent_id: str = Field("str", required=True, pattern="^((AG)|C)?\\d+$")
    """Keyword parent entity ID (advertiser, campaign, ad group)."""

    _positional = ("keywords", "parent_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            keywords: List[KeywordsCommon],
            parent_id: str,
        ) -> None: ...


__all__ = ["KeywordsRequest"]
