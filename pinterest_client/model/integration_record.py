# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class IntegrationRecord(Model):
    """Integration record"""

    additional_id_1: Optional[str] = Field("str", nullable=True)

    connected_advertiser_id: Optional[str] = Field("str", nullable=True, read_only=True)

    connected_lba_id: Optional[str] = Field("str", nullable=True)

    connected_merchant_id: Optional[str] = Field("str", nullable=True)

    connected_tag_id: Optional[str] = Field("str", nullable=True)

    connected_user_id: Optional[str] = Field("str", read_only=True)

    created_time: Optional[int] = Field("int")

    external_business_id: Optional[str] = Field("str", nullable=True)

    id: Optional[str] = Field("str", pattern="^\\d+$")

    partner_access_token: Optional[str] = Field("str", nullable=True)

    partner_access_token_expiry: Optional[int] = Field("int", nullable=True)

    partner_metadata: Optional[str] = Field("str", nullable=True)

    partner_primary_email: Optional[str] = Field("str", nullable=True)

    partner_refresh_token: Optional[str] = Field("str", nullable=True)

    partner_refresh_token_expiry: Optional[int] = Field("int", nullable=True)

    scopes: Optional[str] = Field("str", nullable=True)

    updated_time: Optional[int] = Field("int")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_id_1: Optional[str] = ...,
            connected_advertiser_id: Optional[str] = ...,
            connected_lba_id: Optional[str] = ...,
            connected_merchant_id: Optional[str] = ...,
            connected_tag_id: Optional[str] = ...,
            connected_user_id: Optional[str] = ...,
            created_time: Optional[int] = ...,
            external_business_id: Optional[str] = ...,
            id: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_access_token_expiry: Optional[int] = ...,
            partner_metadata: Optional[str] = ...,
            partner_primary_email: Optional[str] = ...,
            partner_refresh_token: Optional[str] = ...,
            partner_refresh_token_expiry: Optional[int] = ...,
            scopes: Optional[str] = ...,
            updated_time: Optional[int] = ...,
        ) -> None: ...


__all__ = ["IntegrationRecord"]
