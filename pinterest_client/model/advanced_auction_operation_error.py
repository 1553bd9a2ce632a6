# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AdvancedAuctionOperationError(Model):
    """Error which occurred when applying a bid options operation to a specific item."""

    code: Optional[int] = Field("int")
    """The error code for the item bid option operation validation error"""

    message: Optional[str] = Field("str")
    """Message describing the item bid option operation validation error"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionOperationError"]
