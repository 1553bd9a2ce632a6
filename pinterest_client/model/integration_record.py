# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('additional_id_1', 'str', nullable=True),
        Field('connected_advertiser_id', 'str', nullable=True, read_only=True),
        Field('connected_lba_id', 'str', nullable=True),
        Field('connected_merchant_id', 'str', nullable=True),
        Field('connected_tag_id', 'str', nullable=True),
        Field('connected_user_id', 'str', read_only=True),
        Field('created_time', 'int'),
        Field('external_business_id', 'str', nullable=True),
        Field('id', 'str', pattern='^\\d+$'),
        Field('partner_access_token', 'str', nullable=True),
        Field('partner_access_token_expiry', 'int', nullable=True),
        Field('partner_metadata', 'str', nullable=True),
        Field('partner_primary_email', 'str', nullable=True),
        Field('partner_refresh_token', 'str', nullable=True),
        Field('partner_refresh_token_expiry', 'int', nullable=True),
        Field('scopes', 'str', nullable=True),
        Field('updated_time', 'int'),
    )
