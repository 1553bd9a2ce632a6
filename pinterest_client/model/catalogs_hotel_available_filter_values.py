# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsHotelAvailableFilterValues(Model):
    """catalogs_hotel_available_filter_values"""

    catalog_type: str = Field("str", required=True, enum=("HOTEL",))

    filter_values: CatalogsHotelAvailableFilterValuesFilterValues = Field(
        "CatalogsHotelAvailableFilterValuesFilterValues", required=True
    )
    """A map of filter attributes to their available values."""

    _positional = ("filter_values",)
    _defaults = {"catalog_type": "HOTEL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            filter_values: CatalogsHotelAvailableFilterValuesFilterValues,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


class CatalogsHotelAvailableFilterValuesFilterValues(Model):
    """A map of filter attributes to their available values."""

    brand: Optional[List[str]] = Field("list[str]")

    custom_label_0: Optional[List[str]] = Field("list[str]")

    custom_label_1: Optional[List[str]] = Field("list[str]")

    custom_label_2: Optional[List[str]] = Field("list[str]")

    custom_label_3: Optional[List[str]] = Field("list[str]")

    custom_label_4: Optional[List[str]] = Field("list[str]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            brand: Optional[List[str]] = ...,
            custom_label_0: Optional[List[str]] = ...,
            custom_label_1: Optional[List[str]] = ...,
            custom_label_2: Optional[List[str]] = ...,
            custom_label_3: Optional[List[str]] = ...,
            custom_label_4: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelAvailableFilterValues", "CatalogsHotelAvailableFilterValuesFilterValues"]
