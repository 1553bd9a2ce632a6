# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class BulkUpsertResponse(Model):
    """ID of the bulk request."""

    request_id: Optional[str]

    _fields = (
        Field('request_id', 'str'),
    )
