# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'I': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model, UnionModel

if TYPE_CHECKING:
    from typing import Dict, List, Optional, Union

    from pinterest_client.model._b import BaseInviteDataResponseInviteData, BusinessAccessUserSummary
    from pinterest_client.model._c import CatalogsItemValidationIssues, CatalogsProductGroupMultipleStringCriteria
    from pinterest_client.model._u import UpdatableItemAttributes, UpdateMaskFieldType


class ImageDetails(Model):
    """Image details containing the URL and dimensions."""

    height: Optional[int]

    url: str

    width: Optional[int]

    _spec = (
        ('height', 'int', 'required nullable'),
        ('url', 'str', 'required'),
        ('width', 'int', 'required nullable'),
    )
    _positional = ('width', 'height', 'url')

    if TYPE_CHECKING:

        def __init__(
            self,
            width: Optional[int],
            height: Optional[int],
            url: str,
        ) -> None: ...


class ImageMetadata(Model):
    """Image metadata containing the description, images, item type, link, and title."""

    description: Optional[str]

    images: Optional[ImageSize]

    item_type: Optional[str]

    link: Optional[str]

    title: Optional[str]

    _spec = (
        ('description', 'str', 'nullable'),
        ('images', 'ImageSize'),
        ('item_type', 'str'),
        ('link', 'str', 'nullable'),
        ('title', 'str', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            description: Optional[str] = ...,
            images: Optional[ImageSize] = ...,
            item_type: Optional[str] = ...,
            link: Optional[str] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


class ImageSize(Model):
    """ImageSize (component schema)."""

    _1200x: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _150x150: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _400x300: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _600x: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _spec = (
        ('1200x', 'ImageDetails', '', None, '_1200x'),
        ('150x150', 'ImageDetails', '', None, '_150x150'),
        ('400x300', 'ImageDetails', '', None, '_400x300'),
        ('600x', 'ImageDetails', '', None, '_600x'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            _1200x: Optional[ImageDetails] = ...,
            _150x150: Optional[ImageDetails] = ...,
            _400x300: Optional[ImageDetails] = ...,
            _600x: Optional[ImageDetails] = ...,
        ) -> None: ...


class IngestionSourceOptions(Enum):
    """List of ingestion sources for a conversion event."""

    TAG = 'TAG'
    MMP = 'MMP'
    FILE_UPLOAD = 'FILE_UPLOAD'
    CONVERSIONS_API = 'CONVERSIONS_API'
    NATIVE = 'NATIVE'


class InnerProductCategoriesMetricsHighlights(Model):
    """InnerProductCategoriesMetricsHighlights (component schema `InnerProductCategoriesMetricsHighlights`)."""

    pct_change_mom: float
    """Month-over-month percentage change"""

    _spec = (
        ('pct_change_mom', 'float', 'required'),
    )
    _positional = ('pct_change_mom',)

    if TYPE_CHECKING:

        def __init__(
            self,
            pct_change_mom: float,
        ) -> None: ...


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

    _spec = (
        ('advertiser_id', 'str', 'nullable', {'max_length': 128}),
        ('app_version_number', 'str', '', {'max_length': 20}),
        ('client_timestamp', 'int', 'required'),
        ('error', 'IntegrationLogClientError'),
        ('event_type', 'str', 'required', {'enum': ('APP', 'API')}),
        ('external_business_id', 'str', 'nullable', {'max_length': 2048}),
        ('feed_profile_id', 'str', 'nullable', {'max_length': 128}),
        ('log_level', 'str', 'required', {'enum': ('INFO', 'WARN', 'ERROR')}),
        ('merchant_id', 'str', 'nullable', {'max_length': 128}),
        ('message', 'str', '', {'max_length': 8192}),
        ('platform_version_number', 'str', '', {'max_length': 20}),
        ('request', 'IntegrationLogClientRequest'),
        ('tag_id', 'str', 'nullable', {'max_length': 128}),
    )
    _positional = ('client_timestamp', 'event_type', 'log_level')
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


class IntegrationLogClientError(Model):
    """System error details included in the log sent by the client."""

    cause: Optional[str]
    """Original cause of the error."""

    column_number: Optional[int]
    """Column number in the line of the file that raised the error."""

    file_name: Optional[str]
    """Filename where the error happened."""

    line_number: Optional[int]
    """Line number where the error happened."""

    message: Optional[str]
    """Human-readable description of the error."""

    message_detail: Optional[str]
    """More detail about the message."""

    name: Optional[str]
    """Filename where the error happened."""

    number: Optional[int]
    """Integer that specifies the error code."""

    stack_trace: Optional[str]
    """Stack trace of where the error happened."""

    _spec = (
        ('cause', 'str', '', {'max_length': 512}),
        ('column_number', 'int'),
        ('file_name', 'str', '', {'max_length': 256}),
        ('line_number', 'int'),
        ('message', 'str', '', {'max_length': 8192}),
        ('message_detail', 'str', '', {'max_length': 1024}),
        ('name', 'str', '', {'max_length': 256}),
        ('number', 'int'),
        ('stack_trace', 'str'),
    )
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            cause: Optional[str] = ...,
            column_number: Optional[int] = ...,
            file_name: Optional[str] = ...,
            line_number: Optional[int] = ...,
            message: Optional[str] = ...,
            message_detail: Optional[str] = ...,
            name: Optional[str] = ...,
            number: Optional[int] = ...,
            stack_trace: Optional[str] = ...,
        ) -> None: ...


class IntegrationLogClientRequest(Model):
    """HTTP request details included in the log sent by the client."""

    host: str
    """HTTP request host from host header."""

    method: str

    path: str
    """HTTP request path."""

    request_headers: Optional[Dict[str, str]]
    """HTTP request headers as key-value pairs."""

    response_headers: Optional[Dict[str, str]]
    """HTTP response headers as key-value pairs."""

    response_status_code: Optional[int]

    _spec = (
        ('host', 'str', 'required'),
        ('method', 'str', 'required', {'enum': ('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH')}),
        ('path', 'str', 'required'),
        ('request_headers', 'dict[str]'),
        ('response_headers', 'dict[str]'),
        ('response_status_code', 'int'),
    )
    _positional = ('method', 'host', 'path')
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            method: str,
            host: str,
            path: str,
            *,
            request_headers: Optional[Dict[str, str]] = ...,
            response_headers: Optional[Dict[str, str]] = ...,
            response_status_code: Optional[int] = ...,
        ) -> None: ...


class IntegrationLogsInvalidLogResponse(Model):
    """Schema describing the response when a log has invalid fields."""

    rejected_logs: Optional[List[IntegrationLogsInvalidLogResponseRejectedLogsItem]]

    _spec = (
        ('rejected_logs', 'list[IntegrationLogsInvalidLogResponseRejectedLogsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            rejected_logs: Optional[List[IntegrationLogsInvalidLogResponseRejectedLogsItem]] = ...,
        ) -> None: ...


class IntegrationLogsInvalidLogResponseRejectedLogsItem(Model):
    """IntegrationLogsInvalidLogResponseRejectedLogsItem (inline schema)."""

    field: str
    """The field name containing an invalid value."""

    log_index: Optional[int]
    """Index of the log in the batch."""

    reason: str
    """The reason the value is invalid."""

    value: str
    """The value that is invalid."""

    _spec = (
        ('field', 'str', 'required'),
        ('log_index', 'int'),
        ('reason', 'str', 'required'),
        ('value', 'str', 'required'),
    )
    _positional = ('field', 'reason', 'value')

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            reason: str,
            value: str,
            *,
            log_index: Optional[int] = ...,
        ) -> None: ...


class IntegrationLogsRequest(Model):
    """Batch of logs sent from an integration application."""

    logs: List[IntegrationLog]

    _spec = (
        ('logs', 'list[IntegrationLog]', 'required', {'max_items': 250, 'min_items': 1}),
    )
    _positional = ('logs',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            logs: List[IntegrationLog],
        ) -> None: ...


class IntegrationLogsSuccessResponse(Model):
    """Response when logs are successfully processed."""

    message: Optional[str]

    _spec = (
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            message: Optional[str] = ...,
        ) -> None: ...


class IntegrationMetadata(Model):
    """Integration metadata"""

    additional_id_1: Optional[str]

    connected_advertiser_id: Optional[str]

    connected_lba_id: Optional[str]

    connected_merchant_id: Optional[str]

    connected_tag_id: Optional[str]

    connected_user_id: Optional[str]

    created_timestamp: Optional[float]

    external_business_id: Optional[str]

    id: Optional[str]

    partner_access_token_expiry: Optional[float]

    partner_metadata: Optional[str]

    partner_refresh_token_expiry: Optional[float]

    scopes: Optional[str]

    updated_timestamp: Optional[float]

    _spec = (
        ('additional_id_1', 'str'),
        ('connected_advertiser_id', 'str', 'read_only'),
        ('connected_lba_id', 'str'),
        ('connected_merchant_id', 'str'),
        ('connected_tag_id', 'str'),
        ('connected_user_id', 'str', 'read_only'),
        ('created_timestamp', 'float'),
        ('external_business_id', 'str'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('partner_access_token_expiry', 'float'),
        ('partner_metadata', 'str'),
        ('partner_refresh_token_expiry', 'float'),
        ('scopes', 'str'),
        ('updated_timestamp', 'float'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_id_1: Optional[str] = ...,
            connected_advertiser_id: Optional[str] = ...,
            connected_lba_id: Optional[str] = ...,
            connected_merchant_id: Optional[str] = ...,
            connected_tag_id: Optional[str] = ...,
            connected_user_id: Optional[str] = ...,
            created_timestamp: Optional[float] = ...,
            external_business_id: Optional[str] = ...,
            id: Optional[str] = ...,
            partner_access_token_expiry: Optional[float] = ...,
            partner_metadata: Optional[str] = ...,
            partner_refresh_token_expiry: Optional[float] = ...,
            scopes: Optional[str] = ...,
            updated_timestamp: Optional[float] = ...,
        ) -> None: ...


class IntegrationRecord(Model):
    """Integration record"""

    additional_id_1: Optional[str]

    connected_advertiser_id: Optional[str]

    connected_lba_id: Optional[str]

    connected_merchant_id: Optional[str]

    connected_tag_id: Optional[str]

    connected_user_id: Optional[str]

    created_time: Optional[int]

    external_business_id: Optional[str]

    id: Optional[str]

    partner_access_token: Optional[str]

    partner_access_token_expiry: Optional[int]

    partner_metadata: Optional[str]

    partner_primary_email: Optional[str]

    partner_refresh_token: Optional[str]

    partner_refresh_token_expiry: Optional[int]

    scopes: Optional[str]

    updated_time: Optional[int]

    _spec = (
        ('additional_id_1', 'str', 'nullable'),
        ('connected_advertiser_id', 'str', 'nullable read_only'),
        ('connected_lba_id', 'str', 'nullable'),
        ('connected_merchant_id', 'str', 'nullable'),
        ('connected_tag_id', 'str', 'nullable'),
        ('connected_user_id', 'str', 'read_only'),
        ('created_time', 'int'),
        ('external_business_id', 'str', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('partner_access_token', 'str', 'nullable'),
        ('partner_access_token_expiry', 'int', 'nullable'),
        ('partner_metadata', 'str', 'nullable'),
        ('partner_primary_email', 'str', 'nullable'),
        ('partner_refresh_token', 'str', 'nullable'),
        ('partner_refresh_token_expiry', 'int', 'nullable'),
        ('scopes', 'str', 'nullable'),
        ('updated_time', 'int'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_id_1: Optional[str] = ...,
            connected_advertiser_id: Optional[str] = ...,
            connected_lba_id: Optional[str] = ...,
            connected_merchant_id: Optional[str] = ...,
            connected_tag_id: Optional[str] = ...,
            connected_user_id: Optional[str] = ...,
            created_time: Optional[int] = ...,
            external_business_id: Optional[str] = ...,
            id: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_access_token_expiry: Optional[int] = ...,
            partner_metadata: Optional[str] = ...,
            partner_primary_email: Optional[str] = ...,
            partner_refresh_token: Optional[str] = ...,
            partner_refresh_token_expiry: Optional[int] = ...,
            scopes: Optional[str] = ...,
            updated_time: Optional[int] = ...,
        ) -> None: ...


class IntegrationRequest(Model):
    """Schema used for creating the integration metadata."""

    additional_id_1: Optional[str]

    connected_advertiser_id: Optional[str]

    connected_lba_id: Optional[str]

    connected_merchant_id: Optional[str]

    connected_tag_id: Optional[str]

    external_business_id: Optional[str]
    """External business ID for the integration."""

    partner_access_token: Optional[str]

    partner_access_token_expiry: Optional[int]

    partner_metadata: Optional[str]

    partner_primary_email: Optional[str]

    partner_refresh_token: Optional[str]

    partner_refresh_token_expiry: Optional[int]

    scopes: Optional[str]

    _spec = (
        ('additional_id_1', 'str'),
        ('connected_advertiser_id', 'str'),
        ('connected_lba_id', 'str'),
        ('connected_merchant_id', 'str'),
        ('connected_tag_id', 'str'),
        ('external_business_id', 'str'),
        ('partner_access_token', 'str'),
        ('partner_access_token_expiry', 'int'),
        ('partner_metadata', 'str'),
        ('partner_primary_email', 'str'),
        ('partner_refresh_token', 'str'),
        ('partner_refresh_token_expiry', 'int'),
        ('scopes', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_id_1: Optional[str] = ...,
            connected_advertiser_id: Optional[str] = ...,
            connected_lba_id: Optional[str] = ...,
            connected_merchant_id: Optional[str] = ...,
            connected_tag_id: Optional[str] = ...,
            external_business_id: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_access_token_expiry: Optional[int] = ...,
            partner_metadata: Optional[str] = ...,
            partner_primary_email: Optional[str] = ...,
            partner_refresh_token: Optional[str] = ...,
            partner_refresh_token_expiry: Optional[int] = ...,
            scopes: Optional[str] = ...,
        ) -> None: ...


class IntegrationRequestPatch(Model):
    """Schema used for updating the integration metadata."""

    additional_id_1: Optional[str]

    connected_advertiser_id: Optional[str]

    connected_lba_id: Optional[str]

    connected_merchant_id: Optional[str]

    connected_tag_id: Optional[str]

    partner_access_token: Optional[str]

    partner_access_token_expiry: Optional[float]

    partner_metadata: Optional[str]

    partner_primary_email: Optional[str]

    partner_refresh_token: Optional[str]

    partner_refresh_token_expiry: Optional[float]

    scopes: Optional[str]

    _spec = (
        ('additional_id_1', 'str'),
        ('connected_advertiser_id', 'str'),
        ('connected_lba_id', 'str'),
        ('connected_merchant_id', 'str'),
        ('connected_tag_id', 'str'),
        ('partner_access_token', 'str'),
        ('partner_access_token_expiry', 'float'),
        ('partner_metadata', 'str'),
        ('partner_primary_email', 'str'),
        ('partner_refresh_token', 'str'),
        ('partner_refresh_token_expiry', 'float'),
        ('scopes', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_id_1: Optional[str] = ...,
            connected_advertiser_id: Optional[str] = ...,
            connected_lba_id: Optional[str] = ...,
            connected_merchant_id: Optional[str] = ...,
            connected_tag_id: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_access_token_expiry: Optional[float] = ...,
            partner_metadata: Optional[str] = ...,
            partner_primary_email: Optional[str] = ...,
            partner_refresh_token: Optional[str] = ...,
            partner_refresh_token_expiry: Optional[float] = ...,
            scopes: Optional[str] = ...,
        ) -> None: ...


class IntegrationsGetListResponse(Model):
    """IntegrationsGetListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[IntegrationRecord]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[IntegrationRecord]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[IntegrationRecord]] = ...,
        ) -> None: ...


class Interest(Model):
    """Interest"""

    canonical_url: Optional[str]

    id: Optional[str]

    key: Optional[str]

    name: Optional[str]

    _spec = (
        ('canonical_url', 'str'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('key', 'str'),
        ('name', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            canonical_url: Optional[str] = ...,
            id: Optional[str] = ...,
            key: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


class InterestsEnum(Enum):
    """InterestsEnum (component schema)."""

    ALL = 'ALL'
    ANIMALS = 'ANIMALS'
    ARCHITECTURE = 'ARCHITECTURE'
    ART = 'ART'
    BEAUTY = 'BEAUTY'
    DIY_AND_CRAFTS = 'DIY_AND_CRAFTS'
    EDUCATION = 'EDUCATION'
    EVENT_PLANNING = 'EVENT_PLANNING'
    FASHION = 'FASHION'
    FOOD_AND_DRINKS = 'FOOD_AND_DRINKS'
    GARDENING = 'GARDENING'
    HEALTH = 'HEALTH'
    HOME_DECOR = 'HOME_DECOR'
    PARENTING = 'PARENTING'
    TRAVEL = 'TRAVEL'
    WEDDING = 'WEDDING'


class InviteAssetsSummary(Model):
    """Ad accounts and profiles the member/partner will be granted access to with this invite/request."""

    ad_accounts: Optional[List[InviteAssetsSummaryAdAccountsItem]]
    """List of ad account IDs and respective permission levels that will be assigned."""

    profiles: Optional[List[InviteAssetsSummaryProfilesItem]]
    """List of profile IDs and respective permission levels that will be assigned."""

    _spec = (
        ('ad_accounts', 'list[InviteAssetsSummaryAdAccountsItem]'),
        ('profiles', 'list[InviteAssetsSummaryProfilesItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_accounts: Optional[List[InviteAssetsSummaryAdAccountsItem]] = ...,
            profiles: Optional[List[InviteAssetsSummaryProfilesItem]] = ...,
        ) -> None: ...


class InviteAssetsSummaryAdAccountsItem(Model):
    """InviteAssetsSummaryAdAccountsItem (inline schema)."""

    id: Optional[str]
    """Unique identifier of a business ad account."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


class InviteAssetsSummaryProfilesItem(Model):
    """InviteAssetsSummaryProfilesItem (inline schema)."""

    id: Optional[str]
    """Unique identifier of a business profile."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


class InviteBusinessRoleBinding(Model):
    """An invite object if the invite/request was successfully updated. Will only be provided if the an invite/request is successfully updated."""

    id: Optional[str]
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData]
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool]
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the user that updated the invite/request."""

    created_by_business_id: Optional[str]
    """Unique identifier for the business that created the invite/request."""

    created_by_user_id: Optional[str]
    """Unique identifier for the user that created the invite/request."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('invite_data', 'BaseInviteDataResponseInviteData'),
        ('is_received_invite', 'bool'),
        ('user', 'BusinessAccessUserSummary'),
        ('created_by_business_id', 'str'),
        ('created_by_user_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            invite_data: Optional[BaseInviteDataResponseInviteData] = ...,
            is_received_invite: Optional[bool] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
            created_by_business_id: Optional[str] = ...,
            created_by_user_id: Optional[str] = ...,
        ) -> None: ...


class InviteExceptionResponse(Model):
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    code: Optional[int]
    """Error code associated with the error in performing the action on the invite/request."""

    invite_or_request_id: Optional[str]
    """Unique identifier of the invite/request."""

    message: Optional[str]
    """Error message associated with the error in performing the action on the invite/request."""

    users_or_partner_ids: Optional[List[str]]
    """A list of users' usernames or emails OR a list of partner ids that caused the error."""

    _spec = (
        ('code', 'int'),
        ('invite_or_request_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('message', 'str'),
        ('users_or_partner_ids', 'list[str]', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[int] = ...,
            invite_or_request_id: Optional[str] = ...,
            message: Optional[str] = ...,
            users_or_partner_ids: Optional[List[str]] = ...,
        ) -> None: ...


class InviteResponse(Model):
    """InviteResponse (component schema `InviteResponse`)."""

    id: Optional[str]
    """Unique identifier of the invite/request."""

    invite_data: Optional[BaseInviteDataResponseInviteData]
    """Metadata for the invite/request."""

    is_received_invite: Optional[bool]
    """Indicates whether the invite/request was received."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the member/partner that was sent the invite/request."""

    assets_summary: Optional[InviteAssetsSummary]
    """Ad accounts and profiles the member/partner will be granted access to with this invite/request."""

    business_roles: Optional[List[str]]
    """The access level a user would be granted on the business if the invite/request is accepted. This can be EMPLOYEE, BIZ_ADMIN, or PARTNER."""

    created_by_business: Optional[BusinessAccessUserSummary]
    """Metadata for the business that created the invite/request."""

    created_by_user: Optional[BusinessAccessUserSummary]
    """Metadata for the user that created the invite/request."""

    created_time: Optional[int]
    """The time the invite/request was created. Returned in milliseconds."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('invite_data', 'BaseInviteDataResponseInviteData'),
        ('is_received_invite', 'bool'),
        ('user', 'BusinessAccessUserSummary'),
        ('assets_summary', 'InviteAssetsSummary', 'nullable'),
        ('business_roles', 'list[str]'),
        ('created_by_business', 'BusinessAccessUserSummary', 'nullable'),
        ('created_by_user', 'BusinessAccessUserSummary', 'nullable'),
        ('created_time', 'int'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            invite_data: Optional[BaseInviteDataResponseInviteData] = ...,
            is_received_invite: Optional[bool] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
            assets_summary: Optional[InviteAssetsSummary] = ...,
            business_roles: Optional[List[str]] = ...,
            created_by_business: Optional[BusinessAccessUserSummary] = ...,
            created_by_user: Optional[BusinessAccessUserSummary] = ...,
            created_time: Optional[int] = ...,
        ) -> None: ...


class InviteStatus(Enum):
    """The current status of the invite."""

    PENDING = 'PENDING'
    ACCEPTED = 'ACCEPTED'
    DECLINED = 'DECLINED'
    CANCELLED = 'CANCELLED'
    EXPIRED = 'EXPIRED'


class InviteType(Enum):
    """The type of invite. <br>'MEMBER_INVITE' is to invite a member to access your business assets. <br>'PARTNER INVITE' is to invite a partner to access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's business assets."""

    MEMBER_INVITE = 'MEMBER_INVITE'
    PARTNER_INVITE = 'PARTNER_INVITE'
    PARTNER_REQUEST = 'PARTNER_REQUEST'


class ItemAttributes(Model):
    """ItemAttributes (component schema)."""

    additional_image_link: Optional[List[str]]
    """<p><= 2000 characters</p>
    <p>The links to additional images for your product. Up to ten
    additional images can be used to show a product from different angles
    or to show different stages. Must begin with http:// or https://.</p>
    """

    image_link: Optional[List[str]]
    """<p><= 2000 characters</p>
    <p>The link to the main product images. Images should be at least
    75x75 pixels to avoid errors. Use the additional_image_link field to add
    more images of your product. The URL of your image_link must be accessible
    by the Pinterest user-agent, and send the accurate images. Please make
    sure there are no template or placeholder images at the link. Must start
    with http:// or https://.</p>
    """

    video_link: Optional[str]
    """<p><= 2,000 characters</p>
    <p>Hosted link to the product video.</p>
    <p>File types for linked videos must be .mp4, .mov or .m4v.</p>
    <p>File size cannot exceed 2GB.</p>
    """

    ad_image_0_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_0_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_10_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_10_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_11_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_11_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_12_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_12_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_13_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_13_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_14_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_14_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_15_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_15_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_16_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_16_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_17_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_17_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_18_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_18_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_19_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_19_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_1_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_1_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_2_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_2_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_3_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_3_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_4_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_4_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_5_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_5_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_6_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_6_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_7_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_7_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_8_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_8_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_9_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_9_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_link: Optional[str]
    """Allows advertisers to specify a separate URL that can be used to track traffic coming from Pinterest shopping ads. Must send full URL including tracking—do not send tracking parameters only. At this time we do not support impression tracking. Must begin with http:// or https://."""

    ad_video_0_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_0_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    ad_video_1_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_1_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    ad_video_2_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_2_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    adult: Optional[bool]
    """Set this attribute to TRUE if you're submitting items that are considered “adult”. These will not be shown on Pinterest."""

    age_group: Optional[str]
    """The age group to apply a demographic range to the product. Must be one of the following values (upper or lowercased): ‘newborn’, ‘infant’, ‘toddler’, ‘kids’, or ‘adult’."""

    android_deep_link: Optional[str]
    """The deep link to the product on the Android app."""

    availability: Optional[str]
    """The availability of the product. Must be one of the following values (upper or lowercased): ‘in stock’, ‘out of stock’, ‘preorder’."""

    average_review_rating: Optional[float]
    """Average reviews for the item. Can be a number from 1-5."""

    brand: Optional[str]
    """The brand of the product."""

    checkout_enabled: Optional[bool]
    """This attribute is not supported anymore."""

    color: Optional[str]
    """The primary color of the product."""

    condition: Optional[str]
    """The condition of the product. Must be one of the following values (upper or lowercased): ‘new’, ‘used’, or ‘refurbished’."""

    custom_label_0: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_1: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_2: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_3: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_4: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_number_0: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_1: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_2: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_3: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_4: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    description: Optional[str]
    """<p><= 10000 characters</p>
    <p>The description of the product.</p>
    """

    free_shipping_label: Optional[bool]
    """The item is free to ship."""

    free_shipping_limit: Optional[str]
    """The minimum order purchase necessary for the customer to get free shipping. Only relevant if free shipping is offered."""

    gender: Optional[str]
    """The gender associated with the product. Must be one of the following values (upper or lowercased): ‘male’, ‘female’, or ‘unisex’."""

    google_product_category: Optional[str]
    """The categorization of the product based on the standardized Google Product Taxonomy. This is a set taxonomy. Both the text values and numeric codes are accepted."""

    gtin: Optional[Union[str, int]]
    """The unique universal product identifier."""

    id: Optional[str]
    """<p><= 127 characters</p>
    <p>The user-created unique ID that represents the product. Only
    Unicode characters are accepted.</p>
    """

    installment_price: Optional[str]
    """Installment price of the product. This data will only be shown to pinners in the enabled countries. Expected format: <payment_count>:<payment_amount> <currency>"""

    ios_deep_link: Optional[str]
    """The deep link to the product on the iOS app."""

    item_group_id: Optional[str]
    """<p><= 127 characters</p>
    <p>The parent ID of the product.</p>
    """

    last_updated_time: Optional[int]
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    link: Optional[str]
    """<p><= 511 characters</p>
    <p>The landing page for the product.</p>
    """

    material: Optional[str]
    """The material used to make the product."""

    min_ad_price: Optional[str]
    """The minimum advertised price of the product. It supports the following formats, "19.99 USD", "19.99USD" and "19.99". If the currency is not included, we default to US dollars."""

    mobile_link: Optional[str]
    """The mobile-optimized version of your landing page. Must begin with http:// or https://."""

    mpn: Optional[str]
    """Manufacturer Part Number are alpha-numeric codes created by the manufacturer of a product to uniquely identify it among all products from the same manufacturer."""

    number_of_ratings: Optional[int]
    """The number of ratings for the item."""

    number_of_reviews: Optional[int]
    """The number of reviews available for the item."""

    pattern: Optional[str]
    """The description of the pattern used for the product."""

    price: Optional[str]
    """The price of the product. It supports the following formats, "24.99 USD", "24.99USD" and "24.99". If the currency is not included, we default to US dollars."""

    product_type: Optional[str]
    """<p><= 1000 characters</p>
    <p>The categorization of your product based on your custom product
    taxonomy. Subcategories must be sent separated by “ > “. The > must be
    wrapped by spaces. We do not recognize any other delimiters such as comma
    or pipe.</p>
    """

    promotion_id: Optional[str]
    """A unique identifier referencing the promotion associated with this catalog item."""

    sale_price: Optional[str]
    """The discounted price of the product. The sale_price must be lower than the price. It supports the following formats, "14.99 USD", "14.99USD" and "14.99". If the currency is not included, we default to US dollars."""

    sale_price_effective_date: Optional[str]
    """Sale price effective date. Expected format: <start_date>/<end_date> (ISO 8601 format)"""

    shipping: Optional[str]
    """Shipping consists of one group of up to four elements, country, region, service (all optional) and price (required). All colons, even for blank values, are required."""

    shipping_height: Optional[str]
    """The height of the package needed to ship the product. Ensure there is a space between the numeric string and the metric."""

    shipping_weight: Optional[str]
    """The weight of the product. Ensure there is a space between the numeric string and the metric."""

    shipping_width: Optional[str]
    """The width of the package needed to ship the product. Ensure there is a space between the numeric string and the metric."""

    size: Optional[str]
    """The size of the product."""

    size_system: Optional[str]
    """Indicates the country’s sizing system in which you are submitting your product. Must be one of the following values (upper or lowercased): ‘US’, ‘UK’, ‘EU’, ‘DE’, ‘FR’, ‘JP’, ‘CN’, ‘IT’, ‘BR’, ‘MEX’, or ‘AU’."""

    size_type: Optional[str]
    """Additional description for the size. Must be one of the following values (upper or lowercased): ‘regular’, ‘petite’, ‘plus’, ‘big_and_tall’, or ‘maternity’."""

    tax: Optional[str]
    """Tax consists of one group of up to four elements, country, region, rate (all required) and tax_ship (optional). All colons, even for blank values, are required."""

    title: Optional[str]
    """<p><= 500 characters</p>
    <p>The name of the product.</p>
    """

    unit_pricing_base_measure: Optional[str]
    """Unit pricing base measure of the product. This data will only be shown to pinners in the enabled countries. Expected format: <base_measure> <unit_type>"""

    unit_pricing_measure: Optional[str]
    """Unit pricing total measure of the product. This data will only be shown to pinners in the enabled countries. Expected format: <total_units> <unit_type>"""

    variant_names: Optional[List[str]]
    """Options for this variant. People will see these options next to your Pin and can select the one they want. List them in the order you want them displayed."""

    variant_values: Optional[List[str]]
    """Option values for this variant. People will see these options next to your Pin and can select the one they want. List them in the order you want them displayed. The order of the variant values must be consistent with the order of the variant names."""

    _spec = (
        ('additional_image_link', 'list[str]', 'nullable'),
        ('image_link', 'list[str]', '', {'min_items': 1}),
        ('video_link', 'str', 'nullable'),
        ('ad_image_0_link', 'str', 'nullable'),
        ('ad_image_0_tag', 'str', 'nullable'),
        ('ad_image_10_link', 'str', 'nullable'),
        ('ad_image_10_tag', 'str', 'nullable'),
        ('ad_image_11_link', 'str', 'nullable'),
        ('ad_image_11_tag', 'str', 'nullable'),
        ('ad_image_12_link', 'str', 'nullable'),
        ('ad_image_12_tag', 'str', 'nullable'),
        ('ad_image_13_link', 'str', 'nullable'),
        ('ad_image_13_tag', 'str', 'nullable'),
        ('ad_image_14_link', 'str', 'nullable'),
        ('ad_image_14_tag', 'str', 'nullable'),
        ('ad_image_15_link', 'str', 'nullable'),
        ('ad_image_15_tag', 'str', 'nullable'),
        ('ad_image_16_link', 'str', 'nullable'),
        ('ad_image_16_tag', 'str', 'nullable'),
        ('ad_image_17_link', 'str', 'nullable'),
        ('ad_image_17_tag', 'str', 'nullable'),
        ('ad_image_18_link', 'str', 'nullable'),
        ('ad_image_18_tag', 'str', 'nullable'),
        ('ad_image_19_link', 'str', 'nullable'),
        ('ad_image_19_tag', 'str', 'nullable'),
        ('ad_image_1_link', 'str', 'nullable'),
        ('ad_image_1_tag', 'str', 'nullable'),
        ('ad_image_2_link', 'str', 'nullable'),
        ('ad_image_2_tag', 'str', 'nullable'),
        ('ad_image_3_link', 'str', 'nullable'),
        ('ad_image_3_tag', 'str', 'nullable'),
        ('ad_image_4_link', 'str', 'nullable'),
        ('ad_image_4_tag', 'str', 'nullable'),
        ('ad_image_5_link', 'str', 'nullable'),
        ('ad_image_5_tag', 'str', 'nullable'),
        ('ad_image_6_link', 'str', 'nullable'),
        ('ad_image_6_tag', 'str', 'nullable'),
        ('ad_image_7_link', 'str', 'nullable'),
        ('ad_image_7_tag', 'str', 'nullable'),
        ('ad_image_8_link', 'str', 'nullable'),
        ('ad_image_8_tag', 'str', 'nullable'),
        ('ad_image_9_link', 'str', 'nullable'),
        ('ad_image_9_tag', 'str', 'nullable'),
        ('ad_link', 'str', 'nullable'),
        ('ad_video_0_link', 'str', 'nullable'),
        ('ad_video_0_tag', 'str', 'nullable'),
        ('ad_video_1_link', 'str', 'nullable'),
        ('ad_video_1_tag', 'str', 'nullable'),
        ('ad_video_2_link', 'str', 'nullable'),
        ('ad_video_2_tag', 'str', 'nullable'),
        ('adult', 'bool', 'nullable'),
        ('age_group', 'str', 'nullable'),
        ('android_deep_link', 'str'),
        ('availability', 'str'),
        ('average_review_rating', 'float', 'nullable'),
        ('brand', 'str', 'nullable'),
        ('checkout_enabled', 'bool', 'nullable'),
        ('color', 'str', 'nullable'),
        ('condition', 'str', 'nullable'),
        ('custom_label_0', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_1', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_2', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_3', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_4', 'str', 'nullable', {'max_length': 511}),
        ('custom_number_0', 'int', 'nullable'),
        ('custom_number_1', 'int', 'nullable'),
        ('custom_number_2', 'int', 'nullable'),
        ('custom_number_3', 'int', 'nullable'),
        ('custom_number_4', 'int', 'nullable'),
        ('description', 'str'),
        ('free_shipping_label', 'bool', 'nullable'),
        ('free_shipping_limit', 'str', 'nullable'),
        ('gender', 'str', 'nullable'),
        ('google_product_category', 'str', 'nullable'),
        ('gtin', 'any', 'nullable'),
        ('id', 'str'),
        ('installment_price', 'str', 'nullable'),
        ('ios_deep_link', 'str'),
        ('item_group_id', 'str', 'nullable'),
        ('last_updated_time', 'int', 'nullable'),
        ('link', 'str'),
        ('material', 'str', 'nullable'),
        ('min_ad_price', 'str', 'nullable'),
        ('mobile_link', 'str', 'nullable'),
        ('mpn', 'str', 'nullable'),
        ('number_of_ratings', 'int', 'nullable'),
        ('number_of_reviews', 'int', 'nullable'),
        ('pattern', 'str', 'nullable'),
        ('price', 'str'),
        ('product_type', 'str', 'nullable'),
        ('promotion_id', 'str', 'nullable'),
        ('sale_price', 'str', 'nullable'),
        ('sale_price_effective_date', 'str', 'nullable'),
        ('shipping', 'str', 'nullable'),
        ('shipping_height', 'str', 'nullable'),
        ('shipping_weight', 'str', 'nullable'),
        ('shipping_width', 'str', 'nullable'),
        ('size', 'str', 'nullable'),
        ('size_system', 'str', 'nullable'),
        ('size_type', 'str', 'nullable'),
        ('tax', 'str', 'nullable'),
        ('title', 'str'),
        ('unit_pricing_base_measure', 'str', 'nullable'),
        ('unit_pricing_measure', 'str', 'nullable'),
        ('variant_names', 'list[str]', 'nullable'),
        ('variant_values', 'list[str]', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_image_link: Optional[List[str]] = ...,
            image_link: Optional[List[str]] = ...,
            video_link: Optional[str] = ...,
            ad_image_0_link: Optional[str] = ...,
            ad_image_0_tag: Optional[str] = ...,
            ad_image_10_link: Optional[str] = ...,
            ad_image_10_tag: Optional[str] = ...,
            ad_image_11_link: Optional[str] = ...,
            ad_image_11_tag: Optional[str] = ...,
            ad_image_12_link: Optional[str] = ...,
            ad_image_12_tag: Optional[str] = ...,
            ad_image_13_link: Optional[str] = ...,
            ad_image_13_tag: Optional[str] = ...,
            ad_image_14_link: Optional[str] = ...,
            ad_image_14_tag: Optional[str] = ...,
            ad_image_15_link: Optional[str] = ...,
            ad_image_15_tag: Optional[str] = ...,
            ad_image_16_link: Optional[str] = ...,
            ad_image_16_tag: Optional[str] = ...,
            ad_image_17_link: Optional[str] = ...,
            ad_image_17_tag: Optional[str] = ...,
            ad_image_18_link: Optional[str] = ...,
            ad_image_18_tag: Optional[str] = ...,
            ad_image_19_link: Optional[str] = ...,
            ad_image_19_tag: Optional[str] = ...,
            ad_image_1_link: Optional[str] = ...,
            ad_image_1_tag: Optional[str] = ...,
            ad_image_2_link: Optional[str] = ...,
            ad_image_2_tag: Optional[str] = ...,
            ad_image_3_link: Optional[str] = ...,
            ad_image_3_tag: Optional[str] = ...,
            ad_image_4_link: Optional[str] = ...,
            ad_image_4_tag: Optional[str] = ...,
            ad_image_5_link: Optional[str] = ...,
            ad_image_5_tag: Optional[str] = ...,
            ad_image_6_link: Optional[str] = ...,
            ad_image_6_tag: Optional[str] = ...,
            ad_image_7_link: Optional[str] = ...,
            ad_image_7_tag: Optional[str] = ...,
            ad_image_8_link: Optional[str] = ...,
            ad_image_8_tag: Optional[str] = ...,
            ad_image_9_link: Optional[str] = ...,
            ad_image_9_tag: Optional[str] = ...,
            ad_link: Optional[str] = ...,
            ad_video_0_link: Optional[str] = ...,
            ad_video_0_tag: Optional[str] = ...,
            ad_video_1_link: Optional[str] = ...,
            ad_video_1_tag: Optional[str] = ...,
            ad_video_2_link: Optional[str] = ...,
            ad_video_2_tag: Optional[str] = ...,
            adult: Optional[bool] = ...,
            age_group: Optional[str] = ...,
            android_deep_link: Optional[str] = ...,
            availability: Optional[str] = ...,
            average_review_rating: Optional[float] = ...,
            brand: Optional[str] = ...,
            checkout_enabled: Optional[bool] = ...,
            color: Optional[str] = ...,
            condition: Optional[str] = ...,
            custom_label_0: Optional[str] = ...,
            custom_label_1: Optional[str] = ...,
            custom_label_2: Optional[str] = ...,
            custom_label_3: Optional[str] = ...,
            custom_label_4: Optional[str] = ...,
            custom_number_0: Optional[int] = ...,
            custom_number_1: Optional[int] = ...,
            custom_number_2: Optional[int] = ...,
            custom_number_3: Optional[int] = ...,
            custom_number_4: Optional[int] = ...,
            description: Optional[str] = ...,
            free_shipping_label: Optional[bool] = ...,
            free_shipping_limit: Optional[str] = ...,
            gender: Optional[str] = ...,
            google_product_category: Optional[str] = ...,
            gtin: Optional[Union[str, int]] = ...,
            id: Optional[str] = ...,
            installment_price: Optional[str] = ...,
            ios_deep_link: Optional[str] = ...,
            item_group_id: Optional[str] = ...,
            last_updated_time: Optional[int] = ...,
            link: Optional[str] = ...,
            material: Optional[str] = ...,
            min_ad_price: Optional[str] = ...,
            mobile_link: Optional[str] = ...,
            mpn: Optional[str] = ...,
            number_of_ratings: Optional[int] = ...,
            number_of_reviews: Optional[int] = ...,
            pattern: Optional[str] = ...,
            price: Optional[str] = ...,
            product_type: Optional[str] = ...,
            promotion_id: Optional[str] = ...,
            sale_price: Optional[str] = ...,
            sale_price_effective_date: Optional[str] = ...,
            shipping: Optional[str] = ...,
            shipping_height: Optional[str] = ...,
            shipping_weight: Optional[str] = ...,
            shipping_width: Optional[str] = ...,
            size: Optional[str] = ...,
            size_system: Optional[str] = ...,
            size_type: Optional[str] = ...,
            tax: Optional[str] = ...,
            title: Optional[str] = ...,
            unit_pricing_base_measure: Optional[str] = ...,
            unit_pricing_measure: Optional[str] = ...,
            variant_names: Optional[List[str]] = ...,
            variant_values: Optional[List[str]] = ...,
        ) -> None: ...


class ItemAttributesRequest(Model):
    """ItemAttributesRequest (component schema)."""

    additional_image_link: Optional[List[str]]
    """<p><= 2000 characters</p>
    <p>The links to additional images for your product. Up to ten
    additional images can be used to show a product from different angles
    or to show different stages. Must begin with http:// or https://.</p>
    """

    image_link: Optional[Union[str, List[str]]]
    """<p><= 2000 characters</p>
    <p>The links to the main product images. Images should be at least
    75x75 pixels to avoid errors. Use the additional_image_link field to add
    more images of your product. The URL of your image_link must be accessible
    by the Pinterest user-agent, and send the accurate images. Please make
    sure there are no template or placeholder images at the link. Must start
    with http:// or https://.</p>
    """

    save_pin_disabled: Optional[bool]
    """By default, product pins created from a catalog are able to be saved by Pinners. If you want to disable the save pin feature, set this attribute to true. This feature is only available for allowlisted merchants. Please contact your account manager to enable this feature."""

    video_link: Optional[str]
    """<p><= 2,000 characters</p>
    <p>Hosted link to the product video.</p>
    <p>File types for linked videos must be .mp4, .mov or .m4v.</p>
    <p>File size cannot exceed 2GB.</p>
    """

    ad_image_0_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_0_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_10_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_10_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_11_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_11_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_12_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_12_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_13_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_13_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_14_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_14_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_15_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_15_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_16_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_16_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_17_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_17_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_18_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_18_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_19_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_19_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_1_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_1_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_2_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_2_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_3_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_3_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_4_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_4_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_5_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_5_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_6_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_6_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_7_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_7_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_8_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_8_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_9_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_9_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_link: Optional[str]
    """Allows advertisers to specify a separate URL that can be used to track traffic coming from Pinterest shopping ads. Must send full URL including tracking—do not send tracking parameters only. At this time we do not support impression tracking. Must begin with http:// or https://."""

    ad_video_0_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_0_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    ad_video_1_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_1_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    ad_video_2_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_2_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    adult: Optional[bool]
    """Set this attribute to TRUE if you're submitting items that are considered “adult”. These will not be shown on Pinterest."""

    age_group: Optional[str]
    """The age group to apply a demographic range to the product. Must be one of the following values (upper or lowercased): ‘newborn’, ‘infant’, ‘toddler’, ‘kids’, or ‘adult’."""

    android_deep_link: Optional[str]
    """The deep link to the product on the Android app."""

    availability: Optional[str]
    """The availability of the product. Must be one of the following values (upper or lowercased): ‘in stock’, ‘out of stock’, ‘preorder’."""

    average_review_rating: Optional[float]
    """Average reviews for the item. Can be a number from 1-5."""

    brand: Optional[str]
    """The brand of the product."""

    checkout_enabled: Optional[bool]
    """This attribute is not supported anymore."""

    color: Optional[str]
    """The primary color of the product."""

    condition: Optional[str]
    """The condition of the product. Must be one of the following values (upper or lowercased): ‘new’, ‘used’, or ‘refurbished’."""

    custom_label_0: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_1: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_2: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_3: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_4: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_number_0: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_1: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_2: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_3: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_4: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    description: Optional[str]
    """<p><= 10000 characters</p>
    <p>The description of the product.</p>
    """

    free_shipping_label: Optional[bool]
    """The item is free to ship."""

    free_shipping_limit: Optional[str]
    """The minimum order purchase necessary for the customer to get free shipping. Only relevant if free shipping is offered."""

    gender: Optional[str]
    """The gender associated with the product. Must be one of the following values (upper or lowercased): ‘male’, ‘female’, or ‘unisex’."""

    google_product_category: Optional[str]
    """The categorization of the product based on the standardized Google Product Taxonomy. This is a set taxonomy. Both the text values and numeric codes are accepted."""

    gtin: Optional[Union[str, int]]
    """The unique universal product identifier."""

    id: Optional[str]
    """<p><= 127 characters</p>
    <p>The user-created unique ID that represents the product. Only
    Unicode characters are accepted.</p>
    """

    installment_price: Optional[str]
    """Installment price of the product. This data will only be shown to pinners in the enabled countries. Expected format: <payment_count>:<payment_amount> <currency>"""

    ios_deep_link: Optional[str]
    """The deep link to the product on the iOS app."""

    item_group_id: Optional[str]
    """<p><= 127 characters</p>
    <p>The parent ID of the product.</p>
    """

    last_updated_time: Optional[int]
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    link: Optional[str]
    """<p><= 511 characters</p>
    <p>The landing page for the product.</p>
    """

    material: Optional[str]
    """The material used to make the product."""

    min_ad_price: Optional[str]
    """The minimum advertised price of the product. It supports the following formats, "19.99 USD", "19.99USD" and "19.99". If the currency is not included, we default to US dollars."""

    mobile_link: Optional[str]
    """The mobile-optimized version of your landing page. Must begin with http:// or https://."""

    mpn: Optional[str]
    """Manufacturer Part Number are alpha-numeric codes created by the manufacturer of a product to uniquely identify it among all products from the same manufacturer."""

    number_of_ratings: Optional[int]
    """The number of ratings for the item."""

    number_of_reviews: Optional[int]
    """The number of reviews available for the item."""

    pattern: Optional[str]
    """The description of the pattern used for the product."""

    price: Optional[str]
    """The price of the product. It supports the following formats, "24.99 USD", "24.99USD" and "24.99". If the currency is not included, we default to US dollars."""

    product_type: Optional[str]
    """<p><= 1000 characters</p>
    <p>The categorization of your product based on your custom product
    taxonomy. Subcategories must be sent separated by “ > “. The > must be
    wrapped by spaces. We do not recognize any other delimiters such as comma
    or pipe.</p>
    """

    promotion_id: Optional[str]
    """A unique identifier referencing the promotion associated with this catalog item."""

    sale_price: Optional[str]
    """The discounted price of the product. The sale_price must be lower than the price. It supports the following formats, "14.99 USD", "14.99USD" and "14.99". If the currency is not included, we default to US dollars."""

    sale_price_effective_date: Optional[str]
    """Sale price effective date. Expected format: <start_date>/<end_date> (ISO 8601 format)"""

    shipping: Optional[str]
    """Shipping consists of one group of up to four elements, country, region, service (all optional) and price (required). All colons, even for blank values, are required."""

    shipping_height: Optional[str]
    """The height of the package needed to ship the product. Ensure there is a space between the numeric string and the metric."""

    shipping_weight: Optional[str]
    """The weight of the product. Ensure there is a space between the numeric string and the metric."""

    shipping_width: Optional[str]
    """The width of the package needed to ship the product. Ensure there is a space between the numeric string and the metric."""

    size: Optional[str]
    """The size of the product."""

    size_system: Optional[str]
    """Indicates the country’s sizing system in which you are submitting your product. Must be one of the following values (upper or lowercased): ‘US’, ‘UK’, ‘EU’, ‘DE’, ‘FR’, ‘JP’, ‘CN’, ‘IT’, ‘BR’, ‘MEX’, or ‘AU’."""

    size_type: Optional[str]
    """Additional description for the size. Must be one of the following values (upper or lowercased): ‘regular’, ‘petite’, ‘plus’, ‘big_and_tall’, or ‘maternity’."""

    tax: Optional[str]
    """Tax consists of one group of up to four elements, country, region, rate (all required) and tax_ship (optional). All colons, even for blank values, are required."""

    title: Optional[str]
    """<p><= 500 characters</p>
    <p>The name of the product.</p>
    """

    unit_pricing_base_measure: Optional[str]
    """Unit pricing base measure of the product. This data will only be shown to pinners in the enabled countries. Expected format: <base_measure> <unit_type>"""

    unit_pricing_measure: Optional[str]
    """Unit pricing total measure of the product. This data will only be shown to pinners in the enabled countries. Expected format: <total_units> <unit_type>"""

    variant_names: Optional[List[str]]
    """Options for this variant. People will see these options next to your Pin and can select the one they want. List them in the order you want them displayed."""

    variant_values: Optional[List[str]]
    """Option values for this variant. People will see these options next to your Pin and can select the one they want. List them in the order you want them displayed. The order of the variant values must be consistent with the order of the variant names."""

    _spec = (
        ('additional_image_link', 'list[str]', 'nullable'),
        ('image_link', 'any'),
        ('save_pin_disabled', 'bool'),
        ('video_link', 'str', 'nullable'),
        ('ad_image_0_link', 'str', 'nullable'),
        ('ad_image_0_tag', 'str', 'nullable'),
        ('ad_image_10_link', 'str', 'nullable'),
        ('ad_image_10_tag', 'str', 'nullable'),
        ('ad_image_11_link', 'str', 'nullable'),
        ('ad_image_11_tag', 'str', 'nullable'),
        ('ad_image_12_link', 'str', 'nullable'),
        ('ad_image_12_tag', 'str', 'nullable'),
        ('ad_image_13_link', 'str', 'nullable'),
        ('ad_image_13_tag', 'str', 'nullable'),
        ('ad_image_14_link', 'str', 'nullable'),
        ('ad_image_14_tag', 'str', 'nullable'),
        ('ad_image_15_link', 'str', 'nullable'),
        ('ad_image_15_tag', 'str', 'nullable'),
        ('ad_image_16_link', 'str', 'nullable'),
        ('ad_image_16_tag', 'str', 'nullable'),
        ('ad_image_17_link', 'str', 'nullable'),
        ('ad_image_17_tag', 'str', 'nullable'),
        ('ad_image_18_link', 'str', 'nullable'),
        ('ad_image_18_tag', 'str', 'nullable'),
        ('ad_image_19_link', 'str', 'nullable'),
        ('ad_image_19_tag', 'str', 'nullable'),
        ('ad_image_1_link', 'str', 'nullable'),
        ('ad_image_1_tag', 'str', 'nullable'),
        ('ad_image_2_link', 'str', 'nullable'),
        ('ad_image_2_tag', 'str', 'nullable'),
        ('ad_image_3_link', 'str', 'nullable'),
        ('ad_image_3_tag', 'str', 'nullable'),
        ('ad_image_4_link', 'str', 'nullable'),
        ('ad_image_4_tag', 'str', 'nullable'),
        ('ad_image_5_link', 'str', 'nullable'),
        ('ad_image_5_tag', 'str', 'nullable'),
        ('ad_image_6_link', 'str', 'nullable'),
        ('ad_image_6_tag', 'str', 'nullable'),
        ('ad_image_7_link', 'str', 'nullable'),
        ('ad_image_7_tag', 'str', 'nullable'),
        ('ad_image_8_link', 'str', 'nullable'),
        ('ad_image_8_tag', 'str', 'nullable'),
        ('ad_image_9_link', 'str', 'nullable'),
        ('ad_image_9_tag', 'str', 'nullable'),
        ('ad_link', 'str', 'nullable'),
        ('ad_video_0_link', 'str', 'nullable'),
        ('ad_video_0_tag', 'str', 'nullable'),
        ('ad_video_1_link', 'str', 'nullable'),
        ('ad_video_1_tag', 'str', 'nullable'),
        ('ad_video_2_link', 'str', 'nullable'),
        ('ad_video_2_tag', 'str', 'nullable'),
        ('adult', 'bool', 'nullable'),
        ('age_group', 'str', 'nullable'),
        ('android_deep_link', 'str'),
        ('availability', 'str'),
        ('average_review_rating', 'float', 'nullable'),
        ('brand', 'str', 'nullable'),
        ('checkout_enabled', 'bool', 'nullable'),
        ('color', 'str', 'nullable'),
        ('condition', 'str', 'nullable'),
        ('custom_label_0', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_1', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_2', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_3', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_4', 'str', 'nullable', {'max_length': 511}),
        ('custom_number_0', 'int', 'nullable'),
        ('custom_number_1', 'int', 'nullable'),
        ('custom_number_2', 'int', 'nullable'),
        ('custom_number_3', 'int', 'nullable'),
        ('custom_number_4', 'int', 'nullable'),
        ('description', 'str'),
        ('free_shipping_label', 'bool', 'nullable'),
        ('free_shipping_limit', 'str', 'nullable'),
        ('gender', 'str', 'nullable'),
        ('google_product_category', 'str', 'nullable'),
        ('gtin', 'any', 'nullable'),
        ('id', 'str'),
        ('installment_price', 'str', 'nullable'),
        ('ios_deep_link', 'str'),
        ('item_group_id', 'str', 'nullable'),
        ('last_updated_time', 'int', 'nullable'),
        ('link', 'str'),
        ('material', 'str', 'nullable'),
        ('min_ad_price', 'str', 'nullable'),
        ('mobile_link', 'str', 'nullable'),
        ('mpn', 'str', 'nullable'),
        ('number_of_ratings', 'int', 'nullable'),
        ('number_of_reviews', 'int', 'nullable'),
        ('pattern', 'str', 'nullable'),
        ('price', 'str'),
        ('product_type', 'str', 'nullable'),
        ('promotion_id', 'str', 'nullable'),
        ('sale_price', 'str', 'nullable'),
        ('sale_price_effective_date', 'str', 'nullable'),
        ('shipping', 'str', 'nullable'),
        ('shipping_height', 'str', 'nullable'),
        ('shipping_weight', 'str', 'nullable'),
        ('shipping_width', 'str', 'nullable'),
        ('size', 'str', 'nullable'),
        ('size_system', 'str', 'nullable'),
        ('size_type', 'str', 'nullable'),
        ('tax', 'str', 'nullable'),
        ('title', 'str'),
        ('unit_pricing_base_measure', 'str', 'nullable'),
        ('unit_pricing_measure', 'str', 'nullable'),
        ('variant_names', 'list[str]', 'nullable'),
        ('variant_values', 'list[str]', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_image_link: Optional[List[str]] = ...,
            image_link: Optional[Union[str, List[str]]] = ...,
            save_pin_disabled: Optional[bool] = ...,
            video_link: Optional[str] = ...,
            ad_image_0_link: Optional[str] = ...,
            ad_image_0_tag: Optional[str] = ...,
            ad_image_10_link: Optional[str] = ...,
            ad_image_10_tag: Optional[str] = ...,
            ad_image_11_link: Optional[str] = ...,
            ad_image_11_tag: Optional[str] = ...,
            ad_image_12_link: Optional[str] = ...,
            ad_image_12_tag: Optional[str] = ...,
            ad_image_13_link: Optional[str] = ...,
            ad_image_13_tag: Optional[str] = ...,
            ad_image_14_link: Optional[str] = ...,
            ad_image_14_tag: Optional[str] = ...,
            ad_image_15_link: Optional[str] = ...,
            ad_image_15_tag: Optional[str] = ...,
            ad_image_16_link: Optional[str] = ...,
            ad_image_16_tag: Optional[str] = ...,
            ad_image_17_link: Optional[str] = ...,
            ad_image_17_tag: Optional[str] = ...,
            ad_image_18_link: Optional[str] = ...,
            ad_image_18_tag: Optional[str] = ...,
            ad_image_19_link: Optional[str] = ...,
            ad_image_19_tag: Optional[str] = ...,
            ad_image_1_link: Optional[str] = ...,
            ad_image_1_tag: Optional[str] = ...,
            ad_image_2_link: Optional[str] = ...,
            ad_image_2_tag: Optional[str] = ...,
            ad_image_3_link: Optional[str] = ...,
            ad_image_3_tag: Optional[str] = ...,
            ad_image_4_link: Optional[str] = ...,
            ad_image_4_tag: Optional[str] = ...,
            ad_image_5_link: Optional[str] = ...,
            ad_image_5_tag: Optional[str] = ...,
            ad_image_6_link: Optional[str] = ...,
            ad_image_6_tag: Optional[str] = ...,
            ad_image_7_link: Optional[str] = ...,
            ad_image_7_tag: Optional[str] = ...,
            ad_image_8_link: Optional[str] = ...,
            ad_image_8_tag: Optional[str] = ...,
            ad_image_9_link: Optional[str] = ...,
            ad_image_9_tag: Optional[str] = ...,
            ad_link: Optional[str] = ...,
            ad_video_0_link: Optional[str] = ...,
            ad_video_0_tag: Optional[str] = ...,
            ad_video_1_link: Optional[str] = ...,
            ad_video_1_tag: Optional[str] = ...,
            ad_video_2_link: Optional[str] = ...,
            ad_video_2_tag: Optional[str] = ...,
            adult: Optional[bool] = ...,
            age_group: Optional[str] = ...,
            android_deep_link: Optional[str] = ...,
            availability: Optional[str] = ...,
            average_review_rating: Optional[float] = ...,
            brand: Optional[str] = ...,
            checkout_enabled: Optional[bool] = ...,
            color: Optional[str] = ...,
            condition: Optional[str] = ...,
            custom_label_0: Optional[str] = ...,
            custom_label_1: Optional[str] = ...,
            custom_label_2: Optional[str] = ...,
            custom_label_3: Optional[str] = ...,
            custom_label_4: Optional[str] = ...,
            custom_number_0: Optional[int] = ...,
            custom_number_1: Optional[int] = ...,
            custom_number_2: Optional[int] = ...,
            custom_number_3: Optional[int] = ...,
            custom_number_4: Optional[int] = ...,
            description: Optional[str] = ...,
            free_shipping_label: Optional[bool] = ...,
            free_shipping_limit: Optional[str] = ...,
            gender: Optional[str] = ...,
            google_product_category: Optional[str] = ...,
            gtin: Optional[Union[str, int]] = ...,
            id: Optional[str] = ...,
            installment_price: Optional[str] = ...,
            ios_deep_link: Optional[str] = ...,
            item_group_id: Optional[str] = ...,
            last_updated_time: Optional[int] = ...,
            link: Optional[str] = ...,
            material: Optional[str] = ...,
            min_ad_price: Optional[str] = ...,
            mobile_link: Optional[str] = ...,
            mpn: Optional[str] = ...,
            number_of_ratings: Optional[int] = ...,
            number_of_reviews: Optional[int] = ...,
            pattern: Optional[str] = ...,
            price: Optional[str] = ...,
            product_type: Optional[str] = ...,
            promotion_id: Optional[str] = ...,
            sale_price: Optional[str] = ...,
            sale_price_effective_date: Optional[str] = ...,
            shipping: Optional[str] = ...,
            shipping_height: Optional[str] = ...,
            shipping_weight: Optional[str] = ...,
            shipping_width: Optional[str] = ...,
            size: Optional[str] = ...,
            size_system: Optional[str] = ...,
            size_type: Optional[str] = ...,
            tax: Optional[str] = ...,
            title: Optional[str] = ...,
            unit_pricing_base_measure: Optional[str] = ...,
            unit_pricing_measure: Optional[str] = ...,
            variant_names: Optional[List[str]] = ...,
            variant_values: Optional[List[str]] = ...,
        ) -> None: ...


class ItemBatchRecord(UnionModel):
    """Object describing an item batch record

    One of: `ItemCreateBatchRecord`, `ItemDeleteDiscontinuedBatchRecord`, `ItemUpdateBatchRecord`, `ItemUpsertBatchRecord`, `ItemDeleteBatchRecord`.
    """

    _variants = ('ItemCreateBatchRecord', 'ItemDeleteDiscontinuedBatchRecord', 'ItemUpdateBatchRecord', 'ItemUpsertBatchRecord', 'ItemDeleteBatchRecord')


class ItemCreateBatchRecord(Model):
    """Object describing an item batch record to create items"""

    attributes: Optional[ItemAttributesRequest]

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    _spec = (
        ('attributes', 'ItemAttributesRequest'),
        ('item_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attributes: Optional[ItemAttributesRequest] = ...,
            item_id: Optional[str] = ...,
        ) -> None: ...


class ItemDeleteBatchRecord(Model):
    """Object describing an item batch record to delete items"""

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    _spec = (
        ('item_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            item_id: Optional[str] = ...,
        ) -> None: ...


class ItemDeleteDiscontinuedBatchRecord(Model):
    """Object describing an item batch record to discontinue items"""

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    _spec = (
        ('item_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            item_id: Optional[str] = ...,
        ) -> None: ...


class ItemGroupIdFilter(Model):
    """ITEM_GROUP_ID"""

    item_group_id: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('ITEM_GROUP_ID', 'CatalogsProductGroupMultipleStringCriteria', 'required', None, 'item_group_id'),
    )
    _positional = ('item_group_id',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            item_group_id: CatalogsProductGroupMultipleStringCriteria,
        ) -> None: ...


class ItemIdFilter(Model):
    """ITEM_ID"""

    item_id: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('ITEM_ID', 'CatalogsProductGroupMultipleStringCriteria', 'required', None, 'item_id'),
    )
    _positional = ('item_id',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: CatalogsProductGroupMultipleStringCriteria,
        ) -> None: ...


class ItemProcessingRecord(Model):
    """Object describing an item processing record"""

    errors: Optional[List[ItemValidationEvent]]
    """Array with the validation errors for the item processing record.
    A non empty errors list causes the item processing to fail.
    """

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    status: Optional[Union[ItemProcessingStatus, str]]
    """The status of the item processing record"""

    warnings: Optional[List[ItemValidationEvent]]
    """Array with the validation warnings for the item processing record"""

    _spec = (
        ('errors', 'list[ItemValidationEvent]'),
        ('item_id', 'str'),
        ('status', 'ItemProcessingStatus'),
        ('warnings', 'list[ItemValidationEvent]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[ItemValidationEvent]] = ...,
            item_id: Optional[str] = ...,
            status: Optional[Union[ItemProcessingStatus, str]] = ...,
            warnings: Optional[List[ItemValidationEvent]] = ...,
        ) -> None: ...


class ItemProcessingStatus(Enum):
    """The status of the item processing record"""

    SUCCESS = 'SUCCESS'
    FAILURE = 'FAILURE'
    PROCESSING = 'PROCESSING'


class ItemResponse(UnionModel):
    """Object describing an item record or error

    One of: `ItemResponseOption1`, `ItemResponseOption2`.
    """

    _variants = ('ItemResponseOption1', 'ItemResponseOption2')


class ItemResponseOption1(UnionModel):
    """Successful item response

    One of: `CatalogsRetailItemResponse`, `CatalogsHotelItemResponse`, `CatalogsCreativeAssetsItemResponse`.
    """

    _variants = ('CatalogsRetailItemResponse', 'CatalogsHotelItemResponse', 'CatalogsCreativeAssetsItemResponse')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailItemResponse', 'HOTEL': 'CatalogsHotelItemResponse', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsItemResponse'})


class ItemResponseOption2(UnionModel):
    """Error item response

    One of: `CatalogsRetailItemErrorResponse`, `CatalogsHotelItemErrorResponse`, `CatalogsCreativeAssetsItemErrorResponse`.
    """

    _variants = ('CatalogsRetailItemErrorResponse', 'CatalogsHotelItemErrorResponse', 'CatalogsCreativeAssetsItemErrorResponse')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailItemErrorResponse', 'HOTEL': 'CatalogsHotelItemErrorResponse', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsItemErrorResponse'})


class ItemUpdateBatchRecord(Model):
    """Object describing an item batch record to update items"""

    attributes: Optional[UpdatableItemAttributes]

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    update_mask: Optional[List[Union[UpdateMaskFieldType, str]]]
    """The list of product attributes to be updated. Attributes specified in the update mask without a value specified in the body will be deleted from the product item."""

    _spec = (
        ('attributes', 'UpdatableItemAttributes'),
        ('item_id', 'str'),
        ('update_mask', 'list[UpdateMaskFieldType]', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attributes: Optional[UpdatableItemAttributes] = ...,
            item_id: Optional[str] = ...,
            update_mask: Optional[List[Union[UpdateMaskFieldType, str]]] = ...,
        ) -> None: ...


class ItemUpsertBatchRecord(Model):
    """Object describing an item batch record to upsert items"""

    attributes: Optional[ItemAttributesRequest]

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    _spec = (
        ('attributes', 'ItemAttributesRequest'),
        ('item_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attributes: Optional[ItemAttributesRequest] = ...,
            item_id: Optional[str] = ...,
        ) -> None: ...


class ItemValidationEvent(Model):
    """Object describing an item validation event"""

    attribute: Optional[str]
    """The attribute that the item validation event references"""

    code: Optional[int]
    """The event code that the item validation event references"""

    message: Optional[str]
    """Title message describing the item validation event"""

    _spec = (
        ('attribute', 'str'),
        ('code', 'int'),
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attribute: Optional[str] = ...,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


class ItemsBatchPostRequest(UnionModel):
    """ItemsBatchPostRequest (inline schema).

    One of: `CatalogsVerticalBatchRequest`, `CatalogsItemsBatchRequest`.
    """

    _variants = ('CatalogsVerticalBatchRequest', 'CatalogsItemsBatchRequest')


class ItemsIssuesListResponse(Model):
    """ItemsIssuesListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsItemValidationIssues]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CatalogsItemValidationIssues]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[CatalogsItemValidationIssues]] = ...,
        ) -> None: ...
