# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.item_processing_status import ItemProcessingStatus, ItemProcessingStatusValue
    from pinterest_client.model.item_validation_event import ItemValidationEvent


class HotelProcessingRecord(Model):
    """Object describing an item processing record"""

    errors: Optional[List[ItemValidationEvent]] = Field("list[ItemValidationEvent]")
    """Array with the validation errors for the item processing record.
    A non empty errors list causes the item processing to fail.
    """

    hotel_id: Optional[str] = Field("str")
    """The catalog hotel id in the merchant namespace"""

    status: Optional[Union[ItemProcessingStatus, str]] = Field("ItemProcessingStatus")
    """The status of the item processing record"""

    warnings: Optional[List[ItemValidationEvent]] = Field("list[ItemValidationEvent]")
    """Array with the validation warnings for the item processing record"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[ItemValidationEvent]] = ...,
            hotel_id: Optional[str] = ...,
            status: Optional[Union[ItemProcessingStatus, ItemProcessingStatusValue]] = ...,
            warnings: Optional[List[ItemValidationEvent]] = ...,
        ) -> None: ...


__all__ = ["HotelProcessingRecord"]
