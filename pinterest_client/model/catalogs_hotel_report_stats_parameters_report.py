# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_hotel_report_stats_parameters import (
    CatalogsHotelReportStatsParametersReport as CatalogsHotelReportStatsParametersReport,
)

__all__ = ["CatalogsHotelReportStatsParametersReport"]
