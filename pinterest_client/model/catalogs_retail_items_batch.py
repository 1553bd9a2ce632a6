# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import List, Optional, Union

    from pinterest_client.model.batch_operation_status import BatchOperationStatus, BatchOperationStatusValue
    from pinterest_client.model.catalogs_type import CatalogsType, CatalogsTypeValue
    from pinterest_client.model.item_processing_record import ItemProcessingRecord


class CatalogsRetailItemsBatch(Model):
    """Object describing the catalogs retail items batch"""

    batch_id: Optional[str] = Field("str")
    """Id of the catalogs items batch"""

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    completed_time: Optional[datetime.datetime] = Field("datetime", nullable=True, read_only=True)
    """Date and time (UTC) of the batch completion: YYYY-MM-DD'T'hh:mm:ss"""

    created_time: Optional[datetime.datetime] = Field("datetime", required=True, nullable=True, read_only=True)
    """Date and time (UTC) of the batch creation: YYYY-MM-DD'T'hh:mm:ss. If null, batch creation was skipped due to a
    recent duplicate ingestion.
    """

    items: Optional[List[ItemProcessingRecord]] = Field("list[ItemProcessingRecord]")
    """Array with the catalogs items processing records part of the catalogs items batch"""

    status: Optional[Union[BatchOperationStatus, str]] = Field("BatchOperationStatus")
    """The status of the operation performed by the batch"""

    _positional = ("catalog_type",)

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_type: Union[CatalogsType, CatalogsTypeValue],
            *,
            batch_id: Optional[str] = ...,
            completed_time: Optional[datetime.datetime] = ...,
            created_time: Optional[datetime.datetime] = ...,
            items: Optional[List[ItemProcessingRecord]] = ...,
            status: Optional[Union[BatchOperationStatus, BatchOperationStatusValue]] = ...,
        ) -> None: ...


__all__ = ["CatalogsRetailItemsBatch"]
