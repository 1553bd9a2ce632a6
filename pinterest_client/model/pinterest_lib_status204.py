# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class PinterestLibStatus204(Model):
    """The resource was successfully deleted."""

    statusCode: float

    _spec = (
        ('statusCode', 'float', 'required', {'enum': (204,)}),
    )
