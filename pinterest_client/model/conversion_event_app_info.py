# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class ConversionEventAppInfo(Model):
    """Object containing information about the application where event occurred."""

    app_id: Optional[str] = Field("str", max_length=200)
    """App ID in Google Play Store, AppStore or other stores."""

    app_name: Optional[str] = Field("str", max_length=200)
    """Name of the app. Primarily used for Mobile Apps."""

    app_package_name: Optional[str] = Field("str", max_length=200)
    """App package name"""

    app_store: Optional[str] = Field("str", max_length=100)
    """The name of the app distributor or store from which the app was installed.
    Some options: Samsung Galaxy Store, Google Play Store, Amazon Store, Apple App Store, F-Droid, Aptoide, Obtanium,
    Huawei AppGallery, Xiaomi Mi GetApps
    """

    app_version: Optional[str] = Field("str", max_length=100)
    """App version. Primarily used for mobile apps"""

    install_time: Optional[int] = Field("int", minimum=0)
    """App install time. Unix timestamp in seconds"""

    user_agent: Optional[str] = Field("str", max_length=16384)
    """User Agent request header. Primarily used for Web events"""

    window_height: Optional[int] = Field("int", maximum=30720, minimum=0)
    """Inner height of the window or viewport."""

    window_width: Optional[int] = Field("int", maximum=30720, minimum=0)
    """Inner width of the window or viewport."""

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            app_id: Optional[str] = ...,
            app_name: Optional[str] = ...,
            app_package_name: Optional[str] = ...,
            app_store: Optional[str] = ...,
            app_version: Optional[str] = ...,
            install_time: Optional[int] = ...,
            user_agent: Optional[str] = ...,
            window_height: Optional[int] = ...,
            window_width: Optional[int] = ...,
        ) -> None: ...


__all__ = ["ConversionEventAppInfo"]
