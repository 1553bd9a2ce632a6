# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ConversionEventsCustomDataContents`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`ConversionEventsDataItemCustomDataContentsItem`, the same class under its current name.
"""

from pinterest_client.model.conversion_events_data_item_custom_data_contents_item import (
    ConversionEventsDataItemCustomDataContentsItem,
)

ConversionEventsCustomDataContents = ConversionEventsDataItemCustomDataContentsItem

__all__ = ["ConversionEventsCustomDataContents"]
