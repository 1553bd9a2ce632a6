# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_retail_report_stats_parameters_report import (
        CatalogsRetailReportStatsParametersReport,
    )


class CatalogsRetailReportStatsParameters(Model):
    """Parameters for retail report"""

    catalog_type: str

    report: CatalogsRetailReportStatsParametersReport

    _fields = (
        Field('catalog_type', 'str', required=True, enum=('RETAIL',)),
        Field('report', 'CatalogsRetailReportStatsParametersReport', required=True),
    )
