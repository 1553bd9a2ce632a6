# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class IntegrationMetadata(Model):
    """Integration metadata"""

    additional_id_1: Optional[str] = Field("str")

    connected_advertiser_id: Optional[str] = Field("str", read_only=True)

    connected_lba_id: Optional[str] = Field("str")

    connected_merchant_id: Optional[str] = Field("str")

    connected_tag_id: Optional[str] = Field("str")

    connected_user_id: Optional[str] = Field("str", read_only=True)

    created_timestamp: Optional[float] = Field("float")

    external_business_id: Optional[str] = Field("str")

    id: Optional[str] = Field("str", pattern="^\\d+$")

    partner_access_token_expiry: Optional[float] = Field("float")

    partner_metadata: Optional[str] = Field("str")

    partner_refresh_token_expiry: Optional[float] = Field("float")

    scopes: Optional[str] = Field("str")

    updated_timestamp: Optional[float] = Field("float")

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
            created_timestamp: Optional[float] = ...,
            external_business_id: Optional[str] = ...,
            id: Optional[str] = ...,
            partner_access_token_expiry: Optional[float] = ...,
            partner_metadata: Optional[str] = ...,
            partner_refresh_token_expiry: Optional[float] = ...,
            scopes: Optional[str] = ...,
            updated_timestamp: Optional[float] = ...,
        ) -> None: ...


__all__ = ["IntegrationMetadata"]
