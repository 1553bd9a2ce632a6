# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CarouselSlot(Model):
    """CarouselSlot (component schema `CarouselSlot`)."""

    description: Optional[str]
    """Carousel Pin slot description."""

    link: Optional[str]
    """Carousel Pin slot link."""

    title: Optional[str]
    """Carousel Pin slot title."""

    _fields = (
        Field('description', 'str'),
        Field('link', 'str'),
        Field('title', 'str'),
    )
