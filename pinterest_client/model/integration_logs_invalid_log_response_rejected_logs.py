# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``IntegrationLogsInvalidLogResponseRejectedLogs`` is the original client's name (releases 0.1.9-0.1.12)
for
:class:`IntegrationLogsInvalidLogResponseRejectedLogsItem`, the same class under its current name.
"""

from pinterest_client.model.integration_logs_invalid_log_response_rejected_logs_item import (
    IntegrationLogsInvalidLogResponseRejectedLogsItem,
)

IntegrationLogsInvalidLogResponseRejectedLogs = IntegrationLogsInvalidLogResponseRejectedLogsItem

__all__ = ["IntegrationLogsInvalidLogResponseRejectedLogs"]
