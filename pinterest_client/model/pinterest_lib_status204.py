# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class PinterestLibStatus204(Model):
    """The resource was successfully deleted."""

    statusCode: float

    _fields = (
        Field('statusCode', 'float', required=True, enum=(204,)),
    )
