# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.integration_log_client_error import IntegrationLogClientError
    from pinterest_client.model.integration_log_client_request import IntegrationLogClientRequest


class IntegrationLog(Model):
    """Schema for log sent from an integration application."""

    advertiser_id: Optional[str]

    app_version_number: Optional[str]
    """Version number of the integration application."""

    client_timestamp: int
    """Timestamp in milliseconds of when the log was executed at the client."""

    error: Optional[IntegrationLogClientError]
    """System error details included in the log sent by the client."""

    event_type: str
    """Log event type"""

    external_business_id: Optional[str]

    feed_profile_id: Optional[str]

    log_level: str
    """Log level type"""

    merchant_id: Optional[str]

    message: Optional[str]
    """Explanation of the event that occured."""

    platform_version_number: Optional[str]
    """Version number of the platform the integration application is running on."""

    request: Optional[IntegrationLogClientRequest]
    """HTTP request details included in the log sent by the client."""

    tag_id: Optional[str]

    _fields = (
        Field('advertiser_id', 'str', nullable=True, max_length=128),
        Field('app_version_number', 'str', max_length=20),
        Field('client_timestamp', 'int', required=True),
        Field('error', 'IntegrationLogClientError'),
        Field('event_type', 'str', required=True, enum=('APP', 'API')),
        Field('external_business_id', 'str', nullable=True, max_length=2048),
        Field('feed_profile_id', 'str', nullable=True, max_length=128),
        Field('log_level', 'str', required=True, enum=('INFO', 'WARN', 'ERROR')),
        Field('merchant_id', 'str', nullable=True, max_length=128),
        Field('message', 'str', max_length=8192),
        Field('platform_version_number', 'str', max_length=20),
        Field('request', 'IntegrationLogClientRequest'),
        Field('tag_id', 'str', nullable=True, max_length=128),
    )
    _additional = None
