# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.integration_logs_invalid_log_response_rejected_logs_item import (
        IntegrationLogsInvalidLogResponseRejectedLogsItem,
    )


class IntegrationLogsInvalidLogResponse(Model):
    """Schema describing the response when a log has invalid fields."""

    rejected_logs: Optional[List[IntegrationLogsInvalidLogResponseRejectedLogsItem]]

    _spec = (
        ('rejected_logs', 'list[IntegrationLogsInvalidLogResponseRejectedLogsItem]'),
    )
