# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``InlineObject4`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`PinsSaveRequest`, the same class under its current name.
"""

from pinterest_client.model.pins_save_request import PinsSaveRequest

InlineObject4 = PinsSaveRequest

__all__ = ["InlineObject4"]
