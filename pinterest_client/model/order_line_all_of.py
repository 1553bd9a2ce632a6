# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``OrderLineAllOf`` is the original client's name (releases 0.1.4-0.1.12) for
:class:`OrderLine`, the same class under its current name.
"""

from pinterest_client.model.order_line import OrderLine

OrderLineAllOf = OrderLine

__all__ = ["OrderLineAllOf"]
