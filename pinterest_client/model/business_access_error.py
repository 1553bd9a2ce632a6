# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class BusinessAccessError(Model):
    """BusinessAccessError (component schema `BusinessAccessError`)."""

    code: int

    message: str

    _fields = (
        Field('code', 'int', required=True),
        Field('message', 'str', required=True),
    )
