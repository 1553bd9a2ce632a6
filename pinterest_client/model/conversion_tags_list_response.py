# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.conversion_tag import ConversionTag


class ConversionTagsListResponse(Model):
    """ConversionTagsListResponse (inline schema)."""

    items: List[ConversionTag] = Field("list[ConversionTag]", required=True)

    _positional = ("items",)

    if TYPE_CHECKING:

        def __init__(
            self,
            items: List[ConversionTag],
        ) -> None: ...


__all__ = ["ConversionTagsListResponse"]
