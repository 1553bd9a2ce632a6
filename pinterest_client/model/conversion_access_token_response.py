# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class ConversionAccessTokenResponse(Model):
    """A successful conversion access token response."""

    access_token: str

    token_type: Optional[str]

    _fields = (
        Field('access_token', 'str', required=True),
        Field('token_type', 'str'),
    )
