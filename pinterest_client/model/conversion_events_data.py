# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ConversionEventsData`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`ConversionEventsDataItem`, the same class under its current name.
"""

from pinterest_client.model.conversion_events_data_item import ConversionEventsDataItem

ConversionEventsData = ConversionEventsDataItem

__all__ = ["ConversionEventsData"]
