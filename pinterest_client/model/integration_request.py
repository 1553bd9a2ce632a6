# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class IntegrationRequest(Model):
    """Schema used for creating the integration metadata."""

    additional_id_1: Optional[str] = Field("str")

    connected_advertiser_id: Optional[str] = Field("str")

    connected_lba_id: Optional[str] = Field("str")

    connected_merchant_id: Optional[str] = Field("str")

    connected_tag_id: Optional[str] = Field("str")

    external_business_id: Optional[str] = Field("str")
    """External business ID for the integration."""

    partner_access_token: Optional[str] = Field("str")

    partner_access_token_expiry: Optional[int] = Field("int")

    partner_metadata: Optional[str] = Field("str")

    partner_primary_email: Optional[str] = Field("str")

    partner_refresh_token: Optional[str] = Field("str")

    partner_refresh_token_expiry: Optional[int] = Field("int")

    scopes: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_id_1: Optional[str] = ...,
            connected_advertiser_id: Optional[str] = ...,
            connected_lba_id: Optional[str] = ...,
            connected_merchant_id: Optional[str] = ...,
            connected_tag_id: Optional[str] = ...,
            external_business_id: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_access_token_expiry: Optional[int] = ...,
            partner_metadata: Optional[str] = ...,
            partner_primary_email: Optional[str] = ...,
            partner_refresh_token: Optional[str] = ...,
            partner_refresh_token_expiry: Optional[int] = ...,
            scopes: Optional[str] = ...,
        ) -> None: ...


__all__ = ["IntegrationRequest"]
