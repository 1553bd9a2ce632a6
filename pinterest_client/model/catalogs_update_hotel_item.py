# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_updatable_hotel_attributes import CatalogsUpdatableHotelAttributes


class CatalogsUpdateHotelItem(Model):
    """Object describing an hotel item batch record"""

    attributes: CatalogsUpdatableHotelAttributes = Field("CatalogsUpdatableHotelAttributes", required=True)

    hotel_id: str = Field("str", required=True)
    """The catalog hotel item id in the merchant namespace"""

    operation: str = Field("str", required=True, enum=("UPDATE",))

    _positional = ("hotel_id", "attributes")
    _defaults = {"operation": "UPDATE"}

    if TYPE_CHECKING:

        def __init__(
            self,
            hotel_id: str,
            attributes: CatalogsUpdatableHotelAttributes,
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsUpdateHotelItem"]
