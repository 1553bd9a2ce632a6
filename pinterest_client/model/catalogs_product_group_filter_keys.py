# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsProductGroupFilterKeys(UnionModel):
    """catalogs_product_group_keys

    One of: `MinPriceFilter`, `MaxPriceFilter`, `CurrencyFilter`, `ItemIdFilter`, `AvailabilityFilter`,
    `BrandFilter`, `ConditionFilter`, `CustomLabel0Filter`, `CustomLabel1Filter`, `CustomLabel2Filter`,
    `CustomLabel3Filter`, `CustomLabel4Filter`, `ItemGroupIdFilter`, `GenderFilter`, `MediaTypeFilter`,
    `ProductType4Filter`, `ProductType3Filter`, `ProductType2Filter`, `ProductType1Filter`, `ProductType0Filter`,
    `GoogleProductCategory6Filter`, `GoogleProductCategory5Filter`, `GoogleProductCategory4Filter`,
    `GoogleProductCategory3Filter`, `GoogleProductCategory2Filter`, `GoogleProductCategory1Filter`,
    `GoogleProductCategory0Filter`, `ProductGroupReferenceFilter`, `CustomNumber0Filter`, `CustomNumber1Filter`,
    `CustomNumber2Filter`, `CustomNumber3Filter`, `CustomNumber4Filter`, `TitleKeywordsFilter`.
    """

    _variants = (
        "MinPriceFilter",
        "MaxPriceFilter",
        "CurrencyFilter",
        "ItemIdFilter",
        "AvailabilityFilter",
        "BrandFilter",
        "ConditionFilter",
        "CustomLabel0Filter",
        "CustomLabel1Filter",
        "CustomLabel2Filter",
        "CustomLabel3Filter",
        "CustomLabel4Filter",
        "ItemGroupIdFilter",
        "GenderFilter",
        "MediaTypeFilter",
        "ProductType4Filter",
        "ProductType3Filter",
        "ProductType2Filter",
        "ProductType1Filter",
        "ProductType0Filter",
        "GoogleProductCategory6Filter",
        "GoogleProductCategory5Filter",
        "GoogleProductCategory4Filter",
        "GoogleProductCategory3Filter",
        "GoogleProductCategory2Filter",
        "GoogleProductCategory1Filter",
        "GoogleProductCategory0Filter",
        "ProductGroupReferenceFilter",
        "CustomNumber0Filter",
        "CustomNumber1Filter",
        "CustomNumber2Filter",
        "CustomNumber3Filter",
        "CustomNumber4Filter",
        "TitleKeywordsFilter",
    )


__all__ = ["CatalogsProductGroupFilterKeys"]
