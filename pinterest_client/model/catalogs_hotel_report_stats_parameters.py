# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_hotel_report_stats_parameters_report import (
        CatalogsHotelReportStatsParametersReport,
    )


class CatalogsHotelReportStatsParameters(Model):
    """Parameters for hotel report"""

    catalog_type: str

    report: CatalogsHotelReportStatsParametersReport

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('report', 'CatalogsHotelReportStatsParametersReport', 'required'),
    )
