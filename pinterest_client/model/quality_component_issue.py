# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class QualityComponentIssue(Model):
    """Details of an issue with a quality component."""

    id: str
    """Unique identifier for the issue check."""

    name: str
    """Human-readable name of the issue."""

    reason: str
    """Detailed reason for the issue."""

    _fields = (
        Field('id', 'str', required=True),
        Field('name', 'str', required=True),
        Field('reason', 'str', required=True),
    )
