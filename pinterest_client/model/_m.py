# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'M': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from pinterest_client.model._b import BusinessRoleForMembers
    from pinterest_client.model._c import (
        CatalogsProductGroupMultipleMediaTypesCriteria,
        CatalogsProductGroupPricingCriteria,
    )


class MMMReportingColumn(Enum):
    """Marketing Mix Modeling (MMM) Reporting Columns"""

    SPEND_IN_DOLLAR = 'SPEND_IN_DOLLAR'
    SPEND_IN_MICRO_DOLLAR = 'SPEND_IN_MICRO_DOLLAR'
    ECPC_IN_DOLLAR = 'ECPC_IN_DOLLAR'
    ECTR = 'ECTR'
    CAMPAIGN_NAME = 'CAMPAIGN_NAME'
    TOTAL_ENGAGEMENT = 'TOTAL_ENGAGEMENT'
    EENGAGEMENT_RATE = 'EENGAGEMENT_RATE'
    ECPM_IN_DOLLAR = 'ECPM_IN_DOLLAR'
    CAMPAIGN_ID = 'CAMPAIGN_ID'
    ADVERTISER_ID = 'ADVERTISER_ID'
    AD_GROUP_ID = 'AD_GROUP_ID'
    AD_GROUP_NAME = 'AD_GROUP_NAME'
    CLICKTHROUGH_1 = 'CLICKTHROUGH_1'
    IMPRESSION_1 = 'IMPRESSION_1'
    CLICKTHROUGH_2 = 'CLICKTHROUGH_2'
    IMPRESSION_2 = 'IMPRESSION_2'
    TOTAL_CLICKTHROUGH = 'TOTAL_CLICKTHROUGH'
    TOTAL_IMPRESSION = 'TOTAL_IMPRESSION'
    ADVERTISER_NAME = 'ADVERTISER_NAME'
    SPEND_ORDER_LINE_PAID_TYPE = 'SPEND_ORDER_LINE_PAID_TYPE'


class MMMReportingTargetingType(Enum):
    """Ad targeting types for MMM report"""

    APPTYPE = 'APPTYPE'
    COUNTRY = 'COUNTRY'
    CREATIVE_TYPE = 'CREATIVE_TYPE'
    GENDER = 'GENDER'
    LOCATION = 'LOCATION'


class MatchType(Enum):
    """Keyword match type"""

    BROAD = 'BROAD'
    PHRASE = 'PHRASE'
    EXACT = 'EXACT'
    EXACT_NEGATIVE = 'EXACT_NEGATIVE'
    PHRASE_NEGATIVE = 'PHRASE_NEGATIVE'


class MatchTypeResponse(Enum):
    """Keyword match type"""

    BROAD = 'BROAD'
    PHRASE = 'PHRASE'
    EXACT = 'EXACT'
    EXACT_NEGATIVE = 'EXACT_NEGATIVE'
    PHRASE_NEGATIVE = 'PHRASE_NEGATIVE'


class MaxPriceFilter(Model):
    """MAX_PRICE"""

    MAX_PRICE: CatalogsProductGroupPricingCriteria
    """catalogs_product_group_pricing_criteria"""

    _spec = (
        ('MAX_PRICE', 'CatalogsProductGroupPricingCriteria', 'required'),
    )
    _additional = None


class Media(Model):
    """Media upload information."""

    media_id: str
    """Unique identifier for this media upload. Used to track status
    and for attaching during Pin creation.
    """

    media_type: Union[MediaUploadType, str]

    status: Optional[Union[MediaUploadStatus, str]]

    _spec = (
        ('media_id', 'str', 'required read_only', {'pattern': '^\\d+$'}),
        ('media_type', 'MediaUploadType', 'required'),
        ('status', 'MediaUploadStatus', 'read_only'),
    )


class MediaListResponse(Model):
    """MediaListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Media]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Media]', 'required'),
    )


class MediaType(Enum):
    """MediaType (component schema)."""

    IMAGE = 'IMAGE'
    VIDEO = 'VIDEO'


class MediaTypeFilter(Model):
    """MEDIA_TYPE"""

    MEDIA_TYPE: CatalogsProductGroupMultipleMediaTypesCriteria
    """catalogs_product_group_multiple_media_type_criteria"""

    _spec = (
        ('MEDIA_TYPE', 'CatalogsProductGroupMultipleMediaTypesCriteria', 'required'),
    )
    _additional = None


class MediaUpload(Model):
    """Media upload that has been registered but not uploaded/processed yet."""

    media_id: str
    """Unique identifier for this media upload. Used to track status
    and for attaching during Pin creation.
    """

    media_type: Union[MediaUploadType, str]

    upload_parameters: Optional[MediaUploadParameters]
    """The list of parameter key/value pairs you will need to send with your POST request to upload your media file."""

    upload_url: Optional[str]
    """The URL where you will POST your media file."""

    _spec = (
        ('media_id', 'str', 'required read_only', {'pattern': '^\\d+$'}),
        ('media_type', 'MediaUploadType', 'required'),
        ('upload_parameters', 'MediaUploadParameters', 'read_only'),
        ('upload_url', 'str', 'read_only'),
    )


class MediaUploadCreate(Model):
    """Resource create operation model."""

    media_type: Union[MediaUploadType, str]

    _spec = (
        ('media_type', 'MediaUploadType', 'required'),
    )


class MediaUploadDetails(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Media upload details
    """

    media_id: Optional[str]

    media_type: Optional[Union[MediaUploadType, str]]

    status: Optional[Union[MediaUploadStatus, str]]

    _spec = (
        ('media_id', 'str', 'read_only', {'pattern': '^\\d+$'}),
        ('media_type', 'MediaUploadType', 'read_only'),
        ('status', 'MediaUploadStatus', 'read_only'),
    )


class MediaUploadParameters(Model):
    """MediaUploadParameters (component schema)."""

    content_type: Optional[str]

    key: Optional[str]

    policy: Optional[str]

    x_amz_algorithm: Optional[str]

    x_amz_credential: Optional[str]

    x_amz_date: Optional[str]

    x_amz_security_token: Optional[str]

    x_amz_signature: Optional[str]

    _spec = (
        ('Content-Type', 'str', '', None, 'content_type'),
        ('key', 'str'),
        ('policy', 'str'),
        ('x-amz-algorithm', 'str', '', None, 'x_amz_algorithm'),
        ('x-amz-credential', 'str', '', None, 'x_amz_credential'),
        ('x-amz-date', 'str', '', None, 'x_amz_date'),
        ('x-amz-security-token', 'str', '', None, 'x_amz_security_token'),
        ('x-amz-signature', 'str', '', None, 'x_amz_signature'),
    )


class MediaUploadRequest(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Media upload request
    """

    media_type: Union[MediaUploadType, str]

    _spec = (
        ('media_type', 'MediaUploadType', 'required'),
    )


class MediaUploadStatus(Enum):
    """Media upload status"""

    REGISTERED = 'registered'
    PROCESSING = 'processing'
    SUCCEEDED = 'succeeded'
    FAILED = 'failed'


class MediaUploadType(Enum):
    """Media upload type"""

    VIDEO = 'video'


class MemberBusinessRole(Enum):
    """The access level a member/partner has to the business. Values are case-sensitive.
    <br> - EMPLOYEE: Can only view and access ad accounts you assign to them.
    They cannot see details about other employees, external partners or other ad accounts.
    <br> - BIZ_ADMIN: Have full control of roles and can add employees, external partners as well as grant ad account access.
    """

    EMPLOYEE = 'EMPLOYEE'
    BIZ_ADMIN = 'BIZ_ADMIN'


class MembersToDeleteBody(Model):
    """MembersToDeleteBody (component schema `MembersToDeleteBody`)."""

    members: List[MembersToDeleteBodyMembersItem]

    _spec = (
        ('members', 'list[MembersToDeleteBodyMembersItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )


class MembersToDeleteBodyMembersItem(Model):
    """MembersToDeleteBodyMembersItem (inline schema)."""

    business_role: Union[BusinessRoleForMembers, str]
    """The access level a member has to the business. Values are case-sensitive.
    <br> - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.
    <br> - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    """

    member_id: str
    """Unique identifier of the member"""

    _spec = (
        ('business_role', 'BusinessRoleForMembers', 'required'),
        ('member_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
    )


class Metrics(Model):
    """The metric name and daily value for each requested metric"""
    _additional = 'float'


class MetricsReportingLevel(Enum):
    """Level of the reporting request"""

    ADVERTISER = 'ADVERTISER'
    ADVERTISER_TARGETING = 'ADVERTISER_TARGETING'
    CAMPAIGN = 'CAMPAIGN'
    CAMPAIGN_TARGETING = 'CAMPAIGN_TARGETING'
    AD_GROUP = 'AD_GROUP'
    AD_GROUP_TARGETING = 'AD_GROUP_TARGETING'
    PIN_PROMOTION = 'PIN_PROMOTION'
    PIN_PROMOTION_TARGETING = 'PIN_PROMOTION_TARGETING'
    KEYWORD = 'KEYWORD'
    PRODUCT_GROUP = 'PRODUCT_GROUP'
    PRODUCT_GROUP_TARGETING = 'PRODUCT_GROUP_TARGETING'
    PRODUCT_ITEM = 'PRODUCT_ITEM'
    PRODUCT_ITEM_TARGETING = 'PRODUCT_ITEM_TARGETING'


class MetricsResponse(Model):
    """MetricsResponse (component schema `MetricsResponse`)."""

    data: Optional[List[Dict[str, Any]]]

    _spec = (
        ('data', 'list[dict[any]]'),
    )


class MinPriceFilter(Model):
    """MIN_PRICE"""

    MIN_PRICE: CatalogsProductGroupPricingCriteria
    """catalogs_product_group_pricing_criteria"""

    _spec = (
        ('MIN_PRICE', 'CatalogsProductGroupPricingCriteria', 'required'),
    )
    _additional = None
