# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Any, Optional

from pinterest_client.model_utils import Field, Model


class DeliveryMetricsResponseItemsItem(Model):
    """DeliveryMetricsResponseItemsItem (inline schema)."""

    category: Any
    """Category name"""

    definition: Optional[str]
    """How the metric is defined."""

    display_name: Optional[str]
    """Display name, when available. If unavaible it will not be returned. Matches how the metric is named in our native tools like Pinterest Ads Manager."""

    name: Optional[str]
    """Metric's name."""

    _fields = (
        Field('category', 'any', enum=('ADS', 'ORGANIC')),
        Field('definition', 'str'),
        Field('display_name', 'str'),
        Field('name', 'str'),
    )
