# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.pin_media import PinMedia


class SummaryPin(Model):
    """Summarized pin information"""

    alt_text: Optional[str] = Field("str", nullable=True, max_length=500)

    description: Optional[str] = Field("str", nullable=True)

    id: Optional[str] = Field("str")

    link: Optional[str] = Field("str", nullable=True, max_length=2048)

    media: Optional[PinMedia] = Field("PinMedia", read_only=True)

    title: Optional[str] = Field("str", nullable=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            alt_text: Optional[str] = ...,
            description: Optional[str] = ...,
            id: Optional[str] = ...,
            link: Optional[str] = ...,
            media: Optional[PinMedia] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SummaryPin"]
