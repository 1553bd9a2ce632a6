# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model, ModelList
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class ProductGroupAnalyticsResponse(ModelList):
    """ProductGroupAnalyticsResponse (component schema `ProductGroupAnalyticsResponse`)."""

    _item_type = "ProductGroupAnalyticsResponseItem"


class ProductGroupAnalyticsResponseItem(Model):
    """ProductGroupAnalyticsResponseItem (inline schema)."""

    date: Optional[datetime.date] = Field("date", wire="DATE")
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    product_group_id: str = Field("str", wire="PRODUCT_GROUP_ID", required=True, pattern="^\\d+$")
    """The ID of the product group that this metrics belongs to."""

    _positional = ("product_group_id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            product_group_id: str,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = ["ProductGroupAnalyticsResponse", "ProductGroupAnalyticsResponseItem"]
