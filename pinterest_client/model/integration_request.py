# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class IntegrationRequest(Model):
    """Schema used for creating the integration metadata."""

    additional_id_1: Optional[str]

    connected_advertiser_id: Optional[str]

    connected_lba_id: Optional[str]

    connected_merchant_id: Optional[str]

    connected_tag_id: Optional[str]

    external_business_id: Optional[str]
    """External business ID for the integration."""

    partner_access_token: Optional[str]

    partner_access_token_expiry: Optional[int]

    partner_metadata: Optional[str]

    partner_primary_email: Optional[str]

    partner_refresh_token: Optional[str]

    partner_refresh_token_expiry: Optional[int]

    scopes: Optional[str]

    _fields = (
        Field('additional_id_1', 'str'),
        Field('connected_advertiser_id', 'str'),
        Field('connected_lba_id', 'str'),
        Field('connected_merchant_id', 'str'),
        Field('connected_tag_id', 'str'),
        Field('external_business_id', 'str'),
        Field('partner_access_token', 'str'),
        Field('partner_access_token_expiry', 'int'),
        Field('partner_metadata', 'str'),
        Field('partner_primary_email', 'str'),
        Field('partner_refresh_token', 'str'),
        Field('partner_refresh_token_expiry', 'int'),
        Field('scopes', 'str'),
    )
