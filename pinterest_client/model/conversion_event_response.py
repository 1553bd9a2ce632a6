# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

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

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('conversion_event', 'ConversionTagType'),
        ('conversion_tag_id', 'str', '', {'pattern': '^\\d+$'}),
        ('created_time', 'int'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            conversion_event: Optional[Union[ConversionTagType, str]] = ...,
            conversion_tag_id: Optional[str] = ...,
            created_time: Optional[int] = ...,
        ) -> None: ...


__all__ = ["ConversionEventResponse"]
