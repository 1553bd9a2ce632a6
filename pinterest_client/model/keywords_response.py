# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.keyword import Keyword
    from pinterest_client.model.keyword_error import KeywordError


class KeywordsResponse(Model):
    """KeywordsResponse (component schema `KeywordsResponse`)."""

    errors: Optional[List[KeywordError]] = Field("list[KeywordError]")

    keywords: Optional[List[Keyword]] = Field("list[Keyword]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[KeywordError]] = ...,
            keywords: Optional[List[Keyword]] = ...,
        ) -> None: ...


__all__ = ["KeywordsResponse"]
