# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``SSIOCreateInsertionOrderRequestAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`SSIOCreateInsertionOrderRequest`, the same class under its current name.
"""

from pinterest_client.model.ssio_create_insertion_order_request import SSIOCreateInsertionOrderRequest

SSIOCreateInsertionOrderRequestAllOf = SSIOCreateInsertionOrderRequest

__all__ = ["SSIOCreateInsertionOrderRequestAllOf"]
