# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsCreativeAssetsAvailableFilterValues(Model):
    """catalogs_creative_assets_available_filter_values"""

    catalog_type: str = Field("str", required=True, enum=("CREATIVE_ASSETS",))

    filter_values: CatalogsCreativeAssetsAvailableFilterValuesFilterValues = Field(
        "CatalogsCreativeAssetsAvailableFilterValuesFilterValues", required=True
    )
    """A map of filter attributes to their available values."""

    _positional = ("filter_values",)
    _defaults = {"catalog_type": "CREATIVE_ASSETS"}

    if TYPE_CHECKING:

        def __init__(
            self,
            filter_values: CatalogsCreativeAssetsAvailableFilterValuesFilterValues,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


class CatalogsCreativeAssetsAvailableFilterValuesFilterValues(Model):
    """A map of filter attributes to their available values."""

    custom_label_0: Optional[List[str]] = Field("list[str]")

    custom_label_1: Optional[List[str]] = Field("list[str]")

    custom_label_2: Optional[List[str]] = Field("list[str]")

    custom_label_3: Optional[List[str]] = Field("list[str]")

    custom_label_4: Optional[List[str]] = Field("list[str]")

    google_product_category_0: Optional[List[str]] = Field("list[str]")

    google_product_category_1: Optional[List[str]] = Field("list[str]")

    google_product_category_2: Optional[List[str]] = Field("list[str]")

    google_product_category_3: Optional[List[str]] = Field("list[str]")

    google_product_category_4: Optional[List[str]] = Field("list[str]")

    google_product_category_5: Optional[List[str]] = Field("list[str]")

    google_product_category_6: Optional[List[str]] = Field("list[str]")

    media_type: Optional[List[str]] = Field("list[str]", items={"enum": ("IMAGE", "VIDEO")})

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            custom_label_0: Optional[List[str]] = ...,
            custom_label_1: Optional[List[str]] = ...,
            custom_label_2: Optional[List[str]] = ...,
            custom_label_3: Optional[List[str]] = ...,
            custom_label_4: Optional[List[str]] = ...,
            google_product_category_0: Optional[List[str]] = ...,
            google_product_category_1: Optional[List[str]] = ...,
            google_product_category_2: Optional[List[str]] = ...,
            google_product_category_3: Optional[List[str]] = ...,
            google_product_category_4: Optional[List[str]] = ...,
            google_product_category_5: Optional[List[str]] = ...,
            google_product_category_6: Optional[List[str]] = ...,
            media_type: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreativeAssetsAvailableFilterValues", "CatalogsCreativeAssetsAvailableFilterValuesFilterValues"]
