# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.conversion_events_data_item import ConversionEventsDataItem


class ConversionEvents(Model):
    """A list of events (one or more) encapsulated by a data object."""

    data: List[ConversionEventsDataItem]

    _spec = (
        ('data', 'list[ConversionEventsDataItem]', 'required', {'max_items': 1000, 'min_items': 1}),
    )
    _additional = None
