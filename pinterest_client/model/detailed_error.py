# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Any, Dict

from pinterest_client.model_utils import Field, Model


class DetailedError(Model):
    """Used for including extra details to a base error"""

    code: int

    details: Dict[str, Any]

    message: str

    _fields = (
        Field('code', 'int', required=True),
        Field('details', 'dict[any]', required=True),
        Field('message', 'str', required=True),
    )
