# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class BillingInvoiceDownloadResponse(Model):
    """BillingInvoiceDownloadResponse"""

    download_url: Optional[str]
    """The download url for the billing invoice"""

    id: Optional[str]
    """The billing invoice id"""

    _spec = (
        ('download_url', 'str'),
        ('id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            download_url: Optional[str] = ...,
            id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BillingInvoiceDownloadResponse"]
