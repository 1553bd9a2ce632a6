# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_retail_report_parameters_report import CatalogsRetailReportParametersReport


class CatalogsRetailReportParameters(Model):
    """Parameters for retail report"""

    catalog_type: str

    report: CatalogsRetailReportParametersReport

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('report', 'CatalogsRetailReportParametersReport', 'required'),
    )
