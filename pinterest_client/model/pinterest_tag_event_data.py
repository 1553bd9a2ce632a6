# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinterestTagEventData`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`EventData`, the same class under its current name.
"""

from pinterest_client.model.event_data import EventData

PinterestTagEventData = EventData

__all__ = ["PinterestTagEventData"]
