# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsReportParameters(UnionModel):
    """Report parameters

    One of: `CatalogsRetailReportParameters`, `CatalogsHotelReportParameters`.
    """

    _variants = ("CatalogsRetailReportParameters", "CatalogsHotelReportParameters")
    _discriminator = (
        "catalog_type",
        {"RETAIL": "CatalogsRetailReportParameters", "HOTEL": "CatalogsHotelReportParameters"},
    )


__all__ = ["CatalogsReportParameters"]
