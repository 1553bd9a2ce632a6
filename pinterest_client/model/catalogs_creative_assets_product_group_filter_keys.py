# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsCreativeAssetsProductGroupFilterKeys(UnionModel):
    """catalogs_product_group_keys

    One of: `CreativeAssetsIdFilter`, `CustomLabel0Filter`, `CustomLabel1Filter`, `CustomLabel2Filter`,
    `CustomLabel3Filter`, `CustomLabel4Filter`, `GoogleProductCategory6Filter`, `GoogleProductCategory5Filter`,
    `GoogleProductCategory4Filter`, `GoogleProductCategory3Filter`, `GoogleProductCategory2Filter`,
    `GoogleProductCategory1Filter`, `GoogleProductCategory0Filter`, `MediaTypeFilter`, `TitleKeywordsFilter`.
    """

    _variants = (
        "CreativeAssetsIdFilter",
        "CustomLabel0Filter",
        "CustomLabel1Filter",
        "CustomLabel2Filter",
        "CustomLabel3Filter",
        "CustomLabel4Filter",
        "GoogleProductCategory6Filter",
        "GoogleProductCategory5Filter",
        "GoogleProductCategory4Filter",
        "GoogleProductCategory3Filter",
        "GoogleProductCategory2Filter",
        "GoogleProductCategory1Filter",
        "GoogleProductCategory0Filter",
        "MediaTypeFilter",
        "TitleKeywordsFilter",
    )


__all__ = ["CatalogsCreativeAssetsProductGroupFilterKeys"]
