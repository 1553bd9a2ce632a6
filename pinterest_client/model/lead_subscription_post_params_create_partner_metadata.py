# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class LeadSubscriptionPostParamsCreatePartnerMetadata(Model):
    """LeadSubscriptionPostParamsCreatePartnerMetadata (inline schema)."""

    subscriber_key: Optional[str] = Field("str")
    """Text field value that uniquely identifies a subscriber."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            subscriber_key: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LeadSubscriptionPostParamsCreatePartnerMetadata"]
