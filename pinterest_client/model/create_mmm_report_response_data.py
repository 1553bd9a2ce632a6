# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.create_mmm_report_response import CreateMMMReportResponseData as CreateMMMReportResponseData

__all__ = ["CreateMMMReportResponseData"]
