# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ItemAttributesRequestAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`ItemAttributesRequest`, the same class under its current name.
"""

from pinterest_client.model.item_attributes_request import ItemAttributesRequest

ItemAttributesRequestAllOf = ItemAttributesRequest

__all__ = ["ItemAttributesRequestAllOf"]
