# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ConversionApiResponseEvents`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`ConversionApiResponseEventsItem`, the same class under its current name.
"""

from pinterest_client.model.conversion_api_response_events_item import ConversionApiResponseEventsItem

ConversionApiResponseEvents = ConversionApiResponseEventsItem

__all__ = ["ConversionApiResponseEvents"]
