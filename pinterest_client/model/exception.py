# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class Exception(Model):
    """Generic exception class to be used within schemas"""

    code: Optional[int]
    """Exception error code."""

    message: Optional[str]
    """Exception message."""

    _fields = (
        Field('code', 'int'),
        Field('message', 'str'),
    )
