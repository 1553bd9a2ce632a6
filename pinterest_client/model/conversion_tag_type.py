# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ConversionTagType(Enum):
    """conversion tag type"""

    PAGE_LOAD = "PAGE_LOAD"
    UNKNOWN = "UNKNOWN"
    INITIALIZED = "INITIALIZED"
    PAGE_VISIT = "PAGE_VISIT"
    SIGNUP = "SIGNUP"
    CHECKOUT = "CHECKOUT"
    CUSTOM = "CUSTOM"
    VIEW_CATEGORY = "VIEW_CATEGORY"
    SEARCH = "SEARCH"
    ADD_TO_CART = "ADD_TO_CART"
    WATCH_VIDEO = "WATCH_VIDEO"
    LEAD = "LEAD"
    APP_INSTALL = "APP_INSTALL"
    WEB_SESSION = "WEB_SESSION"
    EXTERNAL_MEASUREMENT = "EXTERNAL_MEASUREMENT"


if TYPE_CHECKING:
    ConversionTagTypeValue = Literal[
        "PAGE_LOAD",
        "UNKNOWN",
        "INITIALIZED",
        "PAGE_VISIT",
        "SIGNUP",
        "CHECKOUT",
        "CUSTOM",
        "VIEW_CATEGORY",
        "SEARCH",
        "ADD_TO_CART",
        "WATCH_VIDEO",
        "LEAD",
        "APP_INSTALL",
        "WEB_SESSION",
        "EXTERNAL_MEASUREMENT",
    ]
    """What a parameter typed `ConversionTagType` also takes: one of its values, as is."""


__all__ = ["ConversionTagType"]
