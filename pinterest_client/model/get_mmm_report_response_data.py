# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.get_mmm_report_response import GetMMMReportResponseData as GetMMMReportResponseData

__all__ = ["GetMMMReportResponseData"]
