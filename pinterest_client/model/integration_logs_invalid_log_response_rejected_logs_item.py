# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class IntegrationLogsInvalidLogResponseRejectedLogsItem(Model):
    """IntegrationLogsInvalidLogResponseRejectedLogsItem (inline schema)."""

    field: str
    """The field name containing an invalid value."""

    log_index: Optional[int]
    """Index of the log in the batch."""

    reason: str
    """The reason the value is invalid."""

    value: str
    """The value that is invalid."""

    _fields = (
        Field('field', 'str', required=True),
        Field('log_index', 'int'),
        Field('reason', 'str', required=True),
        Field('value', 'str', required=True),
    )
