# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.bulk_upsert_request_create import BulkUpsertRequestCreate
    from pinterest_client.model.bulk_upsert_request_update import BulkUpsertRequestUpdate


class BulkUpsertRequest(Model):
    """Two set of objects to be managed asyncronusly by bulk. One for creations, one for modifications."""

    create: Optional[BulkUpsertRequestCreate] = Field("BulkUpsertRequestCreate")
    """Request for creation of entities in bulk."""

    update: Optional[BulkUpsertRequestUpdate] = Field("BulkUpsertRequestUpdate")
    """Request for creation of entities in bulk."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            create: Optional[BulkUpsertRequestCreate] = ...,
            update: Optional[BulkUpsertRequestUpdate] = ...,
        ) -> None: ...


__all__ = ["BulkUpsertRequest"]
