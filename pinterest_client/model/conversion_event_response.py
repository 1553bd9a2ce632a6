# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.conversion_tag_type import ConversionTagType


class ConversionEventResponse(Model):
    """ConversionEventResponse"""

    ad_account_id: Optional[str]
    """Id of the ad account."""

    conversion_event: Optional[Union[ConversionTagType, str]]
    """conversion tag type"""

    conversion_tag_id: Optional[str]
    """Id of the tag."""

    created_time: Optional[int]
    """Creation date in epoch format."""

    _fields = (
        Field('ad_account_id', 'str', pattern='^\\d+$'),
        Field('conversion_event', 'ConversionTagType'),
        Field('conversion_tag_id', 'str', pattern='^\\d+$'),
        Field('created_time', 'int'),
    )
