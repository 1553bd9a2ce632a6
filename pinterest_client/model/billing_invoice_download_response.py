# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BillingInvoiceDownloadResponse(Model):
    """BillingInvoiceDownloadResponse"""

    download_url: Optional[str] = Field("str")
    """The download url for the billing invoice"""

    id: Optional[str] = Field("str")
    """The billing invoice id"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            download_url: Optional[str] = ...,
            id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BillingInvoiceDownloadResponse"]
