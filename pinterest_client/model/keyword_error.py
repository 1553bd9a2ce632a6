# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.keyword import Keyword


class KeywordError(Model):
    """KeywordError (component schema `KeywordError`)."""

    data: Optional[Keyword] = Field("Keyword")

    error_messages: Optional[List[str]] = Field("list[str]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[Keyword] = ...,
            error_messages: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["KeywordError"]
