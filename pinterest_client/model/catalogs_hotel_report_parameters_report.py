# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_hotel_report_parameters import (
    CatalogsHotelReportParametersReport as CatalogsHotelReportParametersReport,
)

__all__ = ["CatalogsHotelReportParametersReport"]
