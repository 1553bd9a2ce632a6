# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AdvancedAuctionOperationError(Model):
    """Error which occurred when applying a bid options operation to a specific item."""

    code: Optional[int]
    """The error code for the item bid option operation validation error"""

    message: Optional[str]
    """Message describing the item bid option operation validation error"""

    _fields = (
        Field('code', 'int'),
        Field('message', 'str'),
    )
