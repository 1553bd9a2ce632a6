# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, List, Optional, Union

    from pinterest_client.model.advanced_auction_operation import (
        AdvancedAuctionOperation,
        AdvancedAuctionOperationValue,
    )
    from pinterest_client.model.advanced_auction_operation_error import AdvancedAuctionOperationError


class AdvancedAuctionProcessedItem(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.

    Object describing the result of an operation on an item bid option
    """

    operation: Union[AdvancedAuctionOperation, str] = Field("AdvancedAuctionOperation", required=True)

    errors: Optional[List[AdvancedAuctionOperationError]] = Field("list[AdvancedAuctionOperationError]")
    """Array with validation errors for the supplied item bid option modification operation.
    A non empty errors list means this single item operation was not applied.
    """

    bid_options: Any = Field("any")
    """Deprecated: the original client's AdvancedAuctionProcessedItem had this property (bid_options); Pinterest's specs
    no longer do.
    """

    country: Any = Field("any")
    """Deprecated: the original client's AdvancedAuctionProcessedItem had this property (country); Pinterest's specs no
    longer do.
    """

    item_id: Any = Field("any")
    """Deprecated: the original client's AdvancedAuctionProcessedItem had this property (item_id); Pinterest's specs no
    longer do.
    """

    language: Any = Field("any")
    """Deprecated: the original client's AdvancedAuctionProcessedItem had this property (language); Pinterest's specs no
    longer do.
    """

    update_mask: Any = Field("any")
    """Deprecated: the original client's AdvancedAuctionProcessedItem had this property (update_mask); Pinterest's specs
    no longer do.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            operation: Optional[Union[AdvancedAuctionOperation, AdvancedAuctionOperationValue]] = ...,
            errors: Optional[List[AdvancedAuctionOperationError]] = ...,
            bid_options: Any = ...,
            country: Any = ...,
            item_id: Any = ...,
            language: Any = ...,
            update_mask: Any = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionProcessedItem"]
