# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class CatalogsHotelProductMetadata(Model):
    """Hotel product metadata entity"""

    hotel_id: str = Field("str", required=True)
    """The user-created unique ID that represents the hotel item."""

    _positional = ("hotel_id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            hotel_id: str,
        ) -> None: ...


__all__ = ["CatalogsHotelProductMetadata"]
