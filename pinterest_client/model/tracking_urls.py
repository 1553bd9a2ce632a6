# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class TrackingUrls(Model):
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event
    type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more
    information, see [Third-party and dynamic
    tracking](https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking).
    """

    audience_verification: Optional[List[str]] = Field("list[str]")

    buyable_button: Optional[List[str]] = Field("list[str]")

    click: Optional[List[str]] = Field("list[str]")

    engagement: Optional[List[str]] = Field("list[str]")

    impression: Optional[List[str]] = Field("list[str]")
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_verification: Optional[List[str]] = ...,
            buyable_button: Optional[List[str]] = ...,
            click: Optional[List[str]] = ...,
            engagement: Optional[List[str]] = ...,
            impression: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["TrackingUrls"]
