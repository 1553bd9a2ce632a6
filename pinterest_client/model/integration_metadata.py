# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class IntegrationMetadata(Model):
    """Integration metadata"""

    additional_id_1: Optional[str]

    connected_advertiser_id: Optional[str]

    connected_lba_id: Optional[str]

    connected_merchant_id: Optional[str]

    connected_tag_id: Optional[str]

    connected_user_id: Optional[str]

    created_timestamp: Optional[float]

    external_business_id: Optional[str]

    id: Optional[str]

    partner_access_token_expiry: Optional[float]

    partner_metadata: Optional[str]

    partner_refresh_token_expiry: Optional[float]

    scopes: Optional[str]

    updated_timestamp: Optional[float]

    _fields = (
        Field('additional_id_1', 'str'),
        Field('connected_advertiser_id', 'str', read_only=True),
        Field('connected_lba_id', 'str'),
        Field('connected_merchant_id', 'str'),
        Field('connected_tag_id', 'str'),
        Field('connected_user_id', 'str', read_only=True),
        Field('created_timestamp', 'float'),
        Field('external_business_id', 'str'),
        Field('id', 'str', pattern='^\\d+$'),
        Field('partner_access_token_expiry', 'float'),
        Field('partner_metadata', 'str'),
        Field('partner_refresh_token_expiry', 'float'),
        Field('scopes', 'str'),
        Field('updated_timestamp', 'float'),
    )
