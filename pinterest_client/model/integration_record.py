# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class IntegrationRecord(Model):
    """Integration record"""

    additional_id_1: Optional[str]

    connected_advertiser_id: Optional[str]

    connected_lba_id: Optional[str]

    connected_merchant_id: Optional[str]

    connected_tag_id: Optional[str]

    connected_user_id: Optional[str]

    created_time: Optional[int]

    external_business_id: Optional[str]

    id: Optional[str]

    partner_access_token: Optional[str]

    partner_access_token_expiry: Optional[int]

    partner_metadata: Optional[str]

    partner_primary_email: Optional[str]

    partner_refresh_token: Optional[str]

    partner_refresh_token_expiry: Optional[int]

    scopes: Optional[str]

    updated_time: Optional[int]

    _spec = (
        ('additional_id_1', 'str', 'nullable'),
        ('connected_advertiser_id', 'str', 'nullable read_only'),
        ('connected_lba_id', 'str', 'nullable'),
        ('connected_merchant_id', 'str', 'nullable'),
        ('connected_tag_id', 'str', 'nullable'),
        ('connected_user_id', 'str', 'read_only'),
        ('created_time', 'int'),
        ('external_business_id', 'str', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('partner_access_token', 'str', 'nullable'),
        ('partner_access_token_expiry', 'int', 'nullable'),
        ('partner_metadata', 'str', 'nullable'),
        ('partner_primary_email', 'str', 'nullable'),
        ('partner_refresh_token', 'str', 'nullable'),
        ('partner_refresh_token_expiry', 'int', 'nullable'),
        ('scopes', 'str', 'nullable'),
        ('updated_time', 'int'),
    )

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
