# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsHotelProductGroupFilterKeys(UnionModel):
    """catalogs_product_group_keys

    One of: `PriceFilter`, `HotelIdFilter`, `BrandFilter`, `CustomLabel0Filter`, `CustomLabel1Filter`,
    `CustomLabel2Filter`, `CustomLabel3Filter`, `CustomLabel4Filter`, `CountryFilter`, `TitleKeywordsFilter`.
    """

    _variants = (
        "PriceFilter",
        "HotelIdFilter",
        "BrandFilter",
        "CustomLabel0Filter",
        "CustomLabel1Filter",
        "CustomLabel2Filter",
        "CustomLabel3Filter",
        "CustomLabel4Filter",
        "CountryFilter",
        "TitleKeywordsFilter",
    )


__all__ = ["CatalogsHotelProductGroupFilterKeys"]
