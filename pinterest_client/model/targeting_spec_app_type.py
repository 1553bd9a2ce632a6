# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class TargetingSpecAppType(Enum):
    """TargetingSpecAppType (component schema)."""

    ANDROID_MOBILE = "android_mobile"
    ANDROID_TABLET = "android_tablet"
    IPAD = "ipad"
    IPHONE = "iphone"
    WEB = "web"
    WEB_MOBILE = "web_mobile"


__all__ = ["TargetingSpecAppType"]
