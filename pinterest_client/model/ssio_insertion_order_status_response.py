# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class SSIOInsertionOrderStatusResponse(Model):
    """SSIOInsertionOrderStatusResponse (component schema `SSIOInsertionOrderStatusResponse`)."""

    creation_time: Optional[str]
    """Salesforce insertion order creation time"""

    pin_order_id: Optional[str]
    """Salesforce order id"""

    status: Optional[str]
    """Salesforce insertion order status"""

    _fields = (
        Field('creation_time', 'str', nullable=True),
        Field('pin_order_id', 'str'),
        Field('status', 'str'),
    )
