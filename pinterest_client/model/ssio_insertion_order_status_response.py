# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model.ssio_insertion_order_status import SSIOInsertionOrderStatus

SSIOInsertionOrderStatusResponse = SSIOInsertionOrderStatus
"""SSIOInsertionOrderStatusResponse (component schema `SSIOInsertionOrderStatusResponse`)."""


__all__ = ["SSIOInsertionOrderStatusResponse"]
