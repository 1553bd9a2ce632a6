# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class Error(Model):
    """Error"""

    code: int

    message: str

    _spec = (
        ('code', 'int', 'required'),
        ('message', 'str', 'required'),
    )
