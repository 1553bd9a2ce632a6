# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class TargetingSpecShoppingRetargeting(Model):
    """TargetingSpec_SHOPPING_RETARGETING"""

    exclusion_window: Optional[int]
    """Number of days ago to stop lookback timeframe for dynamic retargeting"""

    lookback_window: Optional[int]
    """Number of days ago to start lookback timeframe for dynamic retargeting"""

    tag_types: Optional[List[int]]
    """Event types to target for dynamic retargeting"""

    _fields = (
        Field('exclusion_window', 'int'),
        Field('lookback_window', 'int'),
        Field('tag_types', 'list[int]'),
    )
