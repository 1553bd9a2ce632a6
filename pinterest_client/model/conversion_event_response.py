# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.conversion_tag_type import ConversionTagType, ConversionTagTypeValue


class ConversionEventResponse(Model):
    """ConversionEventResponse"""

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Id of the ad account."""

    conversion_event: Optional[Union[ConversionTagType, str]] = Field("ConversionTagType")
    """conversion tag type"""

    conversion_tag_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Id of the tag."""

    created_time: Optional[int] = Field("int")
    """Creation date in epoch format."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            conversion_event: Optional[Union[ConversionTagType, ConversionTagTypeValue]] = ...,
            conversion_tag_id: Optional[str] = ...,
            created_time: Optional[int] = ...,
        ) -> None: ...


__all__ = ["ConversionEventResponse"]
