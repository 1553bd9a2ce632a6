# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsRetailAvailableFilterValues(Model):
    """catalogs_retail_available_filter_values"""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))

    filter_values: CatalogsRetailAvailableFilterValuesFilterValues = Field(
        "CatalogsRetailAvailableFilterValuesFilterValues", required=True
    )
    """A map of filter attributes to their available values."""

    _positional = ("filter_values",)
    _defaults = {"catalog_type": "RETAIL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            filter_values: CatalogsRetailAvailableFilterValuesFilterValues,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


class CatalogsRetailAvailableFilterValuesFilterValues(Model):
    """A map of filter attributes to their available values."""

    ad_image_tags: Optional[List[str]] = Field("list[str]")

    ad_video_tags: Optional[List[str]] = Field("list[str]")

    availability: Optional[List[str]] = Field(
        "list[str]", items={"enum": ("IN_STOCK", "OUT_OF_STOCK", "PREORDER", "UNAVAILABLE")}
    )

    brand: Optional[List[str]] = Field("list[str]")

    condition: Optional[List[str]] = Field("list[str]", items={"enum": ("NEW", "USED", "REFURBISHED")})

    custom_label_0: Optional[List[str]] = Field("list[str]")

    custom_label_1: Optional[List[str]] = Field("list[str]")

    custom_label_2: Optional[List[str]] = Field("list[str]")

    custom_label_3: Optional[List[str]] = Field("list[str]")

    custom_label_4: Optional[List[str]] = Field("list[str]")

    gender: Optional[List[str]] = Field("list[str]", items={"enum": ("FEMALE", "MALE", "UNISEX")})

    google_product_category_0: Optional[List[str]] = Field("list[str]")

    google_product_category_1: Optional[List[str]] = Field("list[str]")

    google_product_category_2: Optional[List[str]] = Field("list[str]")

    google_product_category_3: Optional[List[str]] = Field("list[str]")

    google_product_category_4: Optional[List[str]] = Field("list[str]")

    google_product_category_5: Optional[List[str]] = Field("list[str]")

    google_product_category_6: Optional[List[str]] = Field("list[str]")

    media_type: Optional[List[str]] = Field("list[str]", items={"enum": ("IMAGE", "VIDEO")})

    product_type_0: Optional[List[str]] = Field("list[str]")

    product_type_1: Optional[List[str]] = Field("list[str]")

    product_type_2: Optional[List[str]] = Field("list[str]")

    product_type_3: Optional[List[str]] = Field("list[str]")

    product_type_4: Optional[List[str]] = Field("list[str]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_image_tags: Optional[List[str]] = ...,
            ad_video_tags: Optional[List[str]] = ...,
            availability: Optional[List[str]] = ...,
            brand: Optional[List[str]] = ...,
            condition: Optional[List[str]] = ...,
            custom_label_0: Optional[List[str]] = ...,
            custom_label_1: Optional[List[str]] = ...,
            custom_label_2: Optional[List[str]] = ...,
            custom_label_3: Optional[List[str]] = ...,
            custom_label_4: Optional[List[str]] = ...,
            gender: Optional[List[str]] = ...,
            google_product_category_0: Optional[List[str]] = ...,
            google_product_category_1: Optional[List[str]] = ...,
            google_product_category_2: Optional[List[str]] = ...,
            google_product_category_3: Optional[List[str]] = ...,
            google_product_category_4: Optional[List[str]] = ...,
            google_product_category_5: Optional[List[str]] = ...,
            google_product_category_6: Optional[List[str]] = ...,
            media_type: Optional[List[str]] = ...,
            product_type_0: Optional[List[str]] = ...,
            product_type_1: Optional[List[str]] = ...,
            product_type_2: Optional[List[str]] = ...,
            product_type_3: Optional[List[str]] = ...,
            product_type_4: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailAvailableFilterValues", "CatalogsRetailAvailableFilterValuesFilterValues"]
