# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.integration_logs_invalid_log_response import (
    IntegrationLogsInvalidLogResponseRejectedLogsItem as IntegrationLogsInvalidLogResponseRejectedLogsItem,
)

__all__ = ["IntegrationLogsInvalidLogResponseRejectedLogsItem"]
