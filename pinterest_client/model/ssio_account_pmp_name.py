# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class SSIOAccountPMPName(Model):
    """SSIOAccountPMPName (component schema `SSIOAccountPMPName`)."""

    id: Optional[str]
    """Salesforce id for PMP"""

    name: Optional[str]
    """Display name"""

    _fields = (
        Field('id', 'str'),
        Field('name', 'str'),
    )
