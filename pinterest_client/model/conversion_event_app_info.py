# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class ConversionEventAppInfo(Model):
    """Object containing information about the application where event occurred."""

    app_id: Optional[str]
    """App ID in Google Play Store, AppStore or other stores."""

    app_name: Optional[str]
    """Name of the app. Primarily used for Mobile Apps."""

    app_package_name: Optional[str]
    """App package name"""

    app_store: Optional[str]
    """The name of the app distributor or store from which the app was installed.
    Some options: Samsung Galaxy Store, Google Play Store, Amazon Store, Apple App Store, F-Droid, Aptoide, Obtanium, Huawei AppGallery, Xiaomi Mi GetApps
    """

    app_version: Optional[str]
    """App version. Primarily used for mobile apps"""

    install_time: Optional[int]
    """App install time. Unix timestamp in seconds"""

    user_agent: Optional[str]
    """User Agent request header. Primarily used for Web events"""

    window_height: Optional[int]
    """Inner height of the window or viewport."""

    window_width: Optional[int]
    """Inner width of the window or viewport."""

    _spec = (
        ('app_id', 'str', '', {'max_length': 200}),
        ('app_name', 'str', '', {'max_length': 200}),
        ('app_package_name', 'str', '', {'max_length': 200}),
        ('app_store', 'str', '', {'max_length': 100}),
        ('app_version', 'str', '', {'max_length': 100}),
        ('install_time', 'int', '', {'minimum': 0}),
        ('user_agent', 'str', '', {'max_length': 16384}),
        ('window_height', 'int', '', {'maximum': 30720, 'minimum': 0}),
        ('window_width', 'int', '', {'maximum': 30720, 'minimum': 0}),
    )
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
