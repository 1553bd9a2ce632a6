# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.catalogs_hotel_attributes import CatalogsHotelAttributes
    from pinterest_client.model.catalogs_type import CatalogsType, CatalogsTypeValue
    from pinterest_client.model.pin import Pin


class CatalogsHotelItemResponse(Model):
    """Object describing a hotel record"""

    attributes: Optional[CatalogsHotelAttributes] = Field("CatalogsHotelAttributes")

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    hotel_id: Optional[str] = Field("str")
    """The catalog hotel id in the merchant namespace"""

    pins: Optional[List[Pin]] = Field("list[Pin]", nullable=True, max_items=11)
    """The pins mapped to the item"""

    _positional = ("catalog_type",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_type: Union[CatalogsType, CatalogsTypeValue],
            *,
            attributes: Optional[CatalogsHotelAttributes] = ...,
            hotel_id: Optional[str] = ...,
            pins: Optional[List[Pin]] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelItemResponse"]
