# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class TargetingSpecShoppingRetargeting(Model):
    """TargetingSpec_SHOPPING_RETARGETING"""

    exclusion_window: Optional[int] = Field("int")
    """Number of days ago to stop lookback timeframe for dynamic retargeting"""

    lookback_window: Optional[int] = Field("int")
    """Number of days ago to start lookback timeframe for dynamic retargeting"""

    tag_types: Optional[List[int]] = Field("list[int]")
    """Event types to target for dynamic retargeting"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exclusion_window: Optional[int] = ...,
            lookback_window: Optional[int] = ...,
            tag_types: Optional[List[int]] = ...,
        ) -> None: ...


__all__ = ["TargetingSpecShoppingRetargeting"]
