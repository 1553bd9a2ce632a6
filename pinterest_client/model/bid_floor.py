# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class BidFloor(Model):
    """BidFloor"""

    bid_floors: Optional[List[int]] = Field("list[int]")
    """A list of bid floors in micro currency. For example, [100000, 200000]"""

    type: Optional[str] = Field("str")
    """Always the string 'bidfloor'"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bid_floors: Optional[List[int]] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BidFloor"]
