# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class SourcePlatformOptions(Enum):
    """List of source platforms for a conversion event."""

    WEB = "WEB"
    MOBILE = "MOBILE"
    MOBILE_ANDROID = "MOBILE_ANDROID"
    MOBILE_IOS = "MOBILE_IOS"
    OFFLINE = "OFFLINE"
    PINTEREST_WEB = "PINTEREST_WEB"
    PINTEREST_ANDROID = "PINTEREST_ANDROID"
    PINTEREST_IOS = "PINTEREST_IOS"
    POINT_OF_SALE = "POINT_OF_SALE"


if TYPE_CHECKING:
    SourcePlatformOptionsValue = Literal[
        "WEB",
        "MOBILE",
        "MOBILE_ANDROID",
        "MOBILE_IOS",
        "OFFLINE",
        "PINTEREST_WEB",
        "PINTEREST_ANDROID",
        "PINTEREST_IOS",
        "POINT_OF_SALE",
    ]
    """What a parameter typed `SourcePlatformOptions` also takes: one of its values, as is."""


__all__ = ["SourcePlatformOptions"]
