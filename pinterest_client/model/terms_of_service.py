# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class TermsOfService(Model):
    """TermsOfService"""

    ad_account_id: Optional[str]
    """The ID of the ad account."""

    has_accepted: Optional[bool]
    """Whether the ad account has accepted terms of service."""

    html: Optional[str]
    """The terms of service content"""

    id: Optional[str]
    """The ID of the terms of service"""

    _fields = (
        Field('ad_account_id', 'str'),
        Field('has_accepted', 'bool'),
        Field('html', 'str', nullable=True),
        Field('id', 'str'),
    )
