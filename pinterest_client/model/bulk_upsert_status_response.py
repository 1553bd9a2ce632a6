# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.bulk_upsert_status import BulkUpsertStatus


class BulkUpsertStatusResponse(Model):
    """ID of the bulk request."""

    result_url: Optional[str]

    status: Optional[Union[BulkUpsertStatus, str]]

    _fields = (
        Field('result_url', 'str'),
        Field('status', 'BulkUpsertStatus'),
    )
