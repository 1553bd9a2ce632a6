# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ItemAttributesAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`ItemAttributes`, the same class under its current name.
"""

from pinterest_client.model.item_attributes import ItemAttributes

ItemAttributesAllOf = ItemAttributes

__all__ = ["ItemAttributesAllOf"]
