# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class TermsOfService(Model):
    """TermsOfService"""

    ad_account_id: Optional[str] = Field("str")
    """The ID of the ad account."""

    has_accepted: Optional[bool] = Field("bool")
    """Whether the ad account has accepted terms of service."""

    html: Optional[str] = Field("str", nullable=True)
    """The terms of service content"""

    id: Optional[str] = Field("str")
    """The ID of the terms of service"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            has_accepted: Optional[bool] = ...,
            html: Optional[str] = ...,
            id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TermsOfService"]
