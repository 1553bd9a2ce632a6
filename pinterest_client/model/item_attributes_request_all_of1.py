# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ItemAttributesRequestAllOf1`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`ItemAttributesRequest`, the same class under its current name.
"""

from pinterest_client.model.item_attributes_request import ItemAttributesRequest

ItemAttributesRequestAllOf1 = ItemAttributesRequest

__all__ = ["ItemAttributesRequestAllOf1"]
