# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class IntegrationLogsSuccessResponse(Model):
    """Response when logs are successfully processed."""

    message: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["IntegrationLogsSuccessResponse"]
