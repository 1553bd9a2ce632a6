# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinUpdateCarouselSlots`` is the original client's name (releases 0.1.8-0.1.12) for
:class:`CarouselSlot`, the same class under its current name.
"""

from pinterest_client.model.carousel_slot import CarouselSlot

PinUpdateCarouselSlots = CarouselSlot

__all__ = ["PinUpdateCarouselSlots"]
