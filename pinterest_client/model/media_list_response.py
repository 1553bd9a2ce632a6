# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.media import Media


class MediaListResponse(Model):
    """MediaListResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[Media] = Field("list[Media]", required=True)

    _positional = ("items",)

    if TYPE_CHECKING:

        def __init__(
            self,
            items: List[Media],
            *,
            bookmark: Optional[str] = ...,
        ) -> None: ...


__all__ = ["MediaListResponse"]
