# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class SSIOCreateInsertionOrderResponse(Model):
    """SSIOCreateInsertionOrderResponse (component schema `SSIOCreateInsertionOrderResponse`)."""

    pin_order_id: Optional[str]
    """Salesforce order id"""

    _fields = (
        Field('pin_order_id', 'str'),
    )
