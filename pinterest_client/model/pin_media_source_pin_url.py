# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class PinMediaSourcePinURL(Model):
    """Pin URL-based media source for product pin creation. Currently the field is only available to a list of beta users."""

    is_affiliate_link: Optional[bool]
    """This is an affiliate link or sponsored product. The FTC requires disclosure for paid partnerships and affiliate products."""

    source_type: str

    _fields = (
        Field('is_affiliate_link', 'bool'),
        Field('source_type', 'str', required=True, enum=('pin_url',)),
    )
