# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.conversion_tag import ConversionTag


class ConversionTagListResponse(Model):
    """ConversionTagListResponse (component schema `ConversionTagListResponse`)."""

    items: Optional[List[ConversionTag]] = Field("list[ConversionTag]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[ConversionTag]] = ...,
        ) -> None: ...


__all__ = ["ConversionTagListResponse"]
