# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class ReportsStatsParameters(UnionModel):
    """Report stats parameters

    One of: `CatalogsRetailReportStatsParameters`, `CatalogsHotelReportStatsParameters`.
    """

    _variants = ("CatalogsRetailReportStatsParameters", "CatalogsHotelReportStatsParameters")
    _discriminator = (
        "catalog_type",
        {"RETAIL": "CatalogsRetailReportStatsParameters", "HOTEL": "CatalogsHotelReportStatsParameters"},
    )


__all__ = ["ReportsStatsParameters"]
