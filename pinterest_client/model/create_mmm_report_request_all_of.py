# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CreateMMMReportRequestAllOf`` is the original client's name (releases 0.1.8-0.1.12) for
:class:`CreateMMMReportRequest`, the same class under its current name.
"""

from pinterest_client.model.create_mmm_report_request import CreateMMMReportRequest

CreateMMMReportRequestAllOf = CreateMMMReportRequest

__all__ = ["CreateMMMReportRequestAllOf"]
