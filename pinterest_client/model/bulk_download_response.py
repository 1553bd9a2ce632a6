# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class BulkDownloadResponse(Model):
    """BulkDownloadResponse (component schema `BulkDownloadResponse`)."""

    request_id: Optional[str]
    """ID of the bulk request."""

    _fields = (
        Field('request_id', 'str'),
    )
