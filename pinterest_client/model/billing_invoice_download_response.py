# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class BillingInvoiceDownloadResponse(Model):
    """BillingInvoiceDownloadResponse"""

    download_url: Optional[str]
    """The download url for the billing invoice"""

    id: Optional[str]
    """The billing invoice id"""

    _fields = (
        Field('download_url', 'str'),
        Field('id', 'str'),
    )
