# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class ProductGroupAnalyticsResponseItem(Model):
    """ProductGroupAnalyticsResponseItem (inline schema)."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    PRODUCT_GROUP_ID: str
    """The ID of the product group that this metrics belongs to."""

    _spec = (
        ('DATE', 'date'),
        ('PRODUCT_GROUP_ID', 'str', 'required', {'pattern': '^\\d+$'}),
    )
