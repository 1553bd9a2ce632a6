# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CarouselSlot(Model):
    """CarouselSlot (component schema `CarouselSlot`)."""

    description: Optional[str] = Field("str")
    """Carousel Pin slot description."""

    link: Optional[str] = Field("str")
    """Carousel Pin slot link."""

    title: Optional[str] = Field("str")
    """Carousel Pin slot title."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            description: Optional[str] = ...,
            link: Optional[str] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CarouselSlot"]
