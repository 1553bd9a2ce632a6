"""Dates and date-times on the wire: ``datetime.fromisoformat`` first, dateutil for the rest."""

from __future__ import annotations

import datetime

from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


_fromisoformat = datetime.datetime.fromisoformat


def parse_datetime(value: str) -> datetime.datetime:
    """ISO-8601 date-time; ``datetime.fromisoformat`` first, dateutil for the odd ones."""
    try:
        return _fromisoformat(value)
    except ValueError:
        if value.endswith(("Z", "z")):
            try:
                return _fromisoformat(value[:-1] + "+00:00")
            except ValueError:
                pass
        from dateutil.parser import isoparse

        return isoparse(value)


def parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return parse_datetime(value).date()


def _decode_datetime(value: Any) -> Any:
    if type(value) is not str:
        return value
    try:
        return _fromisoformat(value)
    except ValueError:
        pass
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return value


def _decode_date(value: Any) -> Any:
    if type(value) is not str:
        return value
    try:
        return parse_date(value)
    except (ValueError, OverflowError):
        return value
