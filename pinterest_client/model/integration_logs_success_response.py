# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class IntegrationLogsSuccessResponse(Model):
    """Response when logs are successfully processed."""

    message: Optional[str]

    _fields = (
        Field('message', 'str'),
    )
