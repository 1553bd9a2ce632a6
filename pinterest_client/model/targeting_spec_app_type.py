# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class TargetingSpecAppType(Enum):
    """TargetingSpecAppType (component schema)."""

    ANDROID_MOBILE = "android_mobile"
    ANDROID_TABLET = "android_tablet"
    IPAD = "ipad"
    IPHONE = "iphone"
    WEB = "web"
    WEB_MOBILE = "web_mobile"


if TYPE_CHECKING:
    TargetingSpecAppTypeValue = Literal["android_mobile", "android_tablet", "ipad", "iphone", "web", "web_mobile"]
    """What a parameter typed `TargetingSpecAppType` also takes: one of its values, as is."""


__all__ = ["TargetingSpecAppType"]
