# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.integration_log_client_error import IntegrationLogClientError
    from pinterest_client.model.integration_log_client_request import IntegrationLogClientRequest


class IntegrationLog(Model):
    """Schema for log sent from an integration application."""

    advertiser_id: Optional[str] = Field("str", nullable=True, max_length=128)

    app_version_number: Optional[str] = Field("str", max_length=20)
    """Version number of the integration application."""

    client_timestamp: int = Field("int", required=True)
    """Timestamp in milliseconds of when the log was executed at the client."""

    error: Optional[IntegrationLogClientError] = Field("IntegrationLogClientError")
    """System error details included in the log sent by the client."""

    event_type: str = Field("str", required=True, enum=("APP", "API"))
    """Log event type"""

    external_business_id: Optional[str] = Field("str", nullable=True, max_length=2048)

    feed_profile_id: Optional[str] = Field("str", nullable=True, max_length=128)

    log_level: str = Field("str", required=True, enum=("INFO", "WARN", "ERROR"))
    """Log level type"""

    merchant_id: Optional[str] = Field("str", nullable=True, max_length=128)

    message: Optional[str] = Field("str", max_length=8192)
    """Explanation of the event that occured."""

    platform_version_number: Optional[str] = Field("str", max_length=20)
    """Version number of the platform the integration application is running on."""

    request: Optional[IntegrationLogClientRequest] = Field("IntegrationLogClientRequest")
    """HTTP request details included in the log sent by the client."""

    tag_id: Optional[str] = Field("str", nullable=True, max_length=128)

    _positional = ("client_timestamp", "event_type", "log_level")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            client_timestamp: int,
            event_type: str,
            log_level: str,
            *,
            advertiser_id: Optional[str] = ...,
            app_version_number: Optional[str] = ...,
            error: Optional[IntegrationLogClientError] = ...,
            external_business_id: Optional[str] = ...,
            feed_profile_id: Optional[str] = ...,
            merchant_id: Optional[str] = ...,
            message: Optional[str] = ...,
            platform_version_number: Optional[str] = ...,
            request: Optional[IntegrationLogClientRequest] = ...,
            tag_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["IntegrationLog"]
