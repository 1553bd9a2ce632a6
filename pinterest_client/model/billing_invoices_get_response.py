# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.billing_invoice_response import BillingInvoiceResponse


class BillingInvoicesGetResponse(Model):
    """BillingInvoicesGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[BillingInvoiceResponse]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[BillingInvoiceResponse]', required=True),
    )
