# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class LeadFormTestResponse(Model):
    """Response for lead data test API."""

    subscription_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Subscription ID."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            subscription_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LeadFormTestResponse"]
