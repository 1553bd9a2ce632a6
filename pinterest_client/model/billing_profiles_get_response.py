# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.billing_profiles_response import BillingProfilesResponse


class BillingProfilesGetResponse(Model):
    """BillingProfilesGetResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[BillingProfilesResponse] = Field("list[BillingProfilesResponse]", required=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[BillingProfilesResponse]] = ...,
        ) -> None: ...


__all__ = ["BillingProfilesGetResponse"]
