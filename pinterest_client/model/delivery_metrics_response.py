# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, List, Optional


class DeliveryMetricsResponse(Model):
    """DeliveryMetricsResponse (component schema `DeliveryMetricsResponse`)."""

    items: Optional[List[DeliveryMetricsResponseItemsItem]] = Field("list[DeliveryMetricsResponseItemsItem]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeliveryMetricsResponseItemsItem]] = ...,
        ) -> None: ...


class DeliveryMetricsResponseItemsItem(Model):
    """DeliveryMetricsResponseItemsItem (inline schema)."""

    category: Any = Field("any", enum=("ADS", "ORGANIC"))
    """Category name"""

    definition: Optional[str] = Field("str")
    """How the metric is defined."""

    display_name: Optional[str] = Field("str")
    """Display name, when available. If unavaible it will not be returned. Matches how the metric is named in our native
    tools like Pinterest Ads Manager.
    """

    name: Optional[str] = Field("str")
    """Metric's name."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            category: Any = ...,
            definition: Optional[str] = ...,
            display_name: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["DeliveryMetricsResponse", "DeliveryMetricsResponseItemsItem"]
