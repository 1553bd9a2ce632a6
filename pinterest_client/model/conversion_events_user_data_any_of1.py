# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ConversionEventsUserDataAnyOf1`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`ConversionEventsUserData`, the same class under its current name.
"""

from pinterest_client.model.conversion_events_user_data import ConversionEventsUserData

ConversionEventsUserDataAnyOf1 = ConversionEventsUserData

__all__ = ["ConversionEventsUserDataAnyOf1"]
