# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Field, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.advanced_auction_operation import AdvancedAuctionOperation
    from pinterest_client.model.advanced_auction_operation_error import AdvancedAuctionOperationError


class AdvancedAuctionProcessedItem(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Object describing the result of an operation on an item bid option
    """

    operation: Union[AdvancedAuctionOperation, str] = Field("AdvancedAuctionOperation", required=True)

    errors: Optional[List[AdvancedAuctionOperationError]] = Field("list[AdvancedAuctionOperationError]")
    """Array with validation errors for the supplied item bid option modification operation.
    A non empty errors list means this single item operation was not applied.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            operation: Optional[Union[AdvancedAuctionOperation, str]] = ...,
            errors: Optional[List[AdvancedAuctionOperationError]] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionProcessedItem"]
