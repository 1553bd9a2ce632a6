# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BulkDownloadResponse(Model):
    """BulkDownloadResponse (component schema `BulkDownloadResponse`)."""

    request_id: Optional[str] = Field("str")
    """ID of the bulk request."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            request_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BulkDownloadResponse"]
