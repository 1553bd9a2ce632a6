# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.bulk_upsert_status import BulkUpsertStatus, BulkUpsertStatusValue


class BulkUpsertStatusResponse(Model):
    """ID of the bulk request."""

    result_url: Optional[str] = Field("str")

    status: Optional[Union[BulkUpsertStatus, str]] = Field("BulkUpsertStatus")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            result_url: Optional[str] = ...,
            status: Optional[Union[BulkUpsertStatus, BulkUpsertStatusValue]] = ...,
        ) -> None: ...


__all__ = ["BulkUpsertStatusResponse"]
