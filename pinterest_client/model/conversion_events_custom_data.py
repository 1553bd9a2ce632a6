# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ConversionEventsCustomData`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`ConversionEventsDataItemCustomData`, the same class under its current name.
"""

from pinterest_client.model.conversion_events_data_item_custom_data import ConversionEventsDataItemCustomData

ConversionEventsCustomData = ConversionEventsDataItemCustomData

__all__ = ["ConversionEventsCustomData"]
