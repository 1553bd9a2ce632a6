# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class SSIOAccountAddress(Model):
    """SSIOAccountAddress (component schema `SSIOAccountAddress`)."""

    address_id: Optional[str]
    """Salesforce id for address"""

    display: Optional[str]
    """Address display"""

    order_legal_entity: Optional[str]
    """Legal entity for this insertion order"""

    purpose: Optional[str]
    """Purpose for which the address is used, usually Billing or Businness"""

    _fields = (
        Field('address_id', 'str'),
        Field('display', 'str'),
        Field('order_legal_entity', 'str'),
        Field('purpose', 'str'),
    )
