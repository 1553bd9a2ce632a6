# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class AdPinAnalytics(Model):
    """AdPinAnalytics (component schema `AdPinAnalytics`)."""

    date: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    pin_id: str
    """The ID of the pin that the metric belongs to."""

    _spec = (
        ('DATE', 'date', '', None, 'date'),
        ('PIN_ID', 'str', 'required', {'pattern': '^\\d+$'}, 'pin_id'),
    )
    _positional = ('pin_id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            pin_id: str,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = ["AdPinAnalytics"]
