# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'T': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model, ModelList

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from pinterest_client.model._b import BulkReportingJobStatus
    from pinterest_client.model._c import CatalogsProductGroupMultipleStringCriteria
    from pinterest_client.model._d import DataOutputFormat, DataStatus
    from pinterest_client.model._g import Granularity
    from pinterest_client.model._m import MatchType, Metrics, MetricsReportingLevel
    from pinterest_client.model._p import PlacementGroupType, ProductCategoriesEngagementType
    from pinterest_client.model._v import VerticalProductCategory


class TargetingAdvertiserCountry(Enum):
    """Advertiser's ISO two character country code."""

    US = 'US'
    GB = 'GB'
    CA = 'CA'
    IE = 'IE'
    AU = 'AU'
    NZ = 'NZ'
    FR = 'FR'
    SE = 'SE'
    IL = 'IL'
    DE = 'DE'
    AT = 'AT'
    IT = 'IT'
    ES = 'ES'
    NL = 'NL'
    BE = 'BE'
    PT = 'PT'
    CH = 'CH'
    HK = 'HK'
    JP = 'JP'
    KR = 'KR'
    SG = 'SG'
    NO = 'NO'
    DK = 'DK'
    FI = 'FI'
    CY = 'CY'
    LU = 'LU'
    MT = 'MT'
    PL = 'PL'
    RO = 'RO'
    HU = 'HU'
    CZ = 'CZ'
    GR = 'GR'
    SK = 'SK'
    BR = 'BR'
    MX = 'MX'
    AR = 'AR'
    CL = 'CL'
    CO = 'CO'


class TargetingOptionResponse(ModelList):
    """TargetingOptionResponse"""

    _item_type = 'dict[any]'


class TargetingSpec(Model):
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    age_bucket: Optional[List[Union[TargetingSpecAgeBucket, str]]]
    """**Legacy field.** Predefined age ranges. We recommend using MINIMUM_AGE and MAXIMUM_AGE instead for more flexible targeting. Cannot be combined with MINIMUM_AGE/MAXIMUM_AGE. If neither AGE_BUCKET nor MINIMUM_AGE/MAXIMUM_AGE are specified, all ages will be targeted."""

    apptype: Optional[List[Union[TargetingSpecAppType, str]]]
    """Allowed devices. If the APPTYPE field is missing, the default behavior in terms of ad delivery is that **All devices/apptypes** will be targeted."""

    audience_exclude: Optional[List[str]]
    """Excluded customer list IDs. Used to drive new customer acquisition goals. For example: ["2542620905475"]. Audience lists need to have at least 100 people with Pinterest accounts in them. If the AUDIENCE_EXCLUDE field is missing, the default behavior in terms of ad delivery is that **No users will be excluded**."""

    audience_include: Optional[List[str]]
    """Targeted customer list IDs. For example: ["2542620905473"]. Audience lists need to have at least 100 people with Pinterest accounts in them Audience lists need to have at least 100 people with Pinterest accounts in them. If the AUDIENCE_INCLUDE field is missing, the default behavior in terms of ad delivery is that **All users will be included**."""

    gender: Optional[List[Union[TargetingSpecGender, str]]]
    """Targeted genders. Values: ["unknown","male","female"]. If the GENDER field is missing, the default behavior in terms of ad delivery is that **All genders will be targeted**."""

    geo: Optional[List[str]]
    """Location region codes, e.g., "BE-VOV" (East Flanders, Belgium) For complete list, <a href="https://help.pinterest.com/sub/helpcenter/partner/pinterest_location_targeting_codes.xlsx" target="_blank">click here</a> or postal codes, e.g., "US-94107". Use either region codes or postal codes but not both. At least one of LOCATION or GEO must be specified. If the GEO field is missing, then only LOCATION values will be targeted (see LOCATION field below)."""

    interest: Optional[List[str]]
    """Array of interest object IDs. If the INTEREST field is missing, the default behavior in terms of ad delivery is that **All interests will be targeted**."""

    locale: Optional[List[str]]
    """24 ISO 639-1 two-letter language codes. If the LOCALE field is not included in the request, all languages are targeted."""

    location: Optional[List[str]]
    """22 ISO Alpha 2 two letter country codes or US Nielsen DMA (Designated Market Area) codes (location region codes) (e.g., ["US", "807"]). For complete list, <a href="https://help.pinterest.com/sub/helpcenter/partner/pinterest_location_targeting_codes.xlsx" target="_blank">click here</a>. Location-Country and Location-Metro codes apply. At least one of LOCATION or GEO must be specified. If the LOCATION field is missing, then only GEO values will be targeted (see GEO field above)."""

    maximum_age: Optional[str]
    """Maximum age to target (inclusive). Values: "18", "19", ..., "65", "65+". Must be used together with `MINIMUM_AGE`. Cannot be combined with `AGE_BUCKET`. If neither `MINIMUM_AGE`/`MAXIMUM_AGE` nor `AGE_BUCKET` are specified, all ages will be targeted."""

    minimum_age: Optional[str]
    """Minimum age to target (inclusive). Values: "18", "19", ..., "65". Note: 65+ is not allowed for minimum age. Must be used together with `MAXIMUM_AGE`. Cannot be combined with `AGE_BUCKET`. If neither `MINIMUM_AGE`/`MAXIMUM_AGE` nor `AGE_BUCKET` are specified, all ages will be targeted."""

    shopping_retargeting: Optional[List[TargetingSpecShoppingRetargeting]]
    """Array of object: lookback_window	[Integer]: Number of days ago to start lookback timeframe for dynamic retargeting tag_types [Array of integer]: Event types to target for dynamic retargeting exclusion_window [Integer]: Number of days ago to stop lookback timeframe for dynamic retargeting"""

    targeting_strategy: Optional[List[Any]]

    _spec = (
        ('AGE_BUCKET', 'list[TargetingSpecAgeBucket]', 'nullable', None, 'age_bucket'),
        ('APPTYPE', 'list[TargetingSpecAppType]', 'nullable', None, 'apptype'),
        ('AUDIENCE_EXCLUDE', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}, 'audience_exclude'),
        ('AUDIENCE_INCLUDE', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}, 'audience_include'),
        ('GENDER', 'list[TargetingSpecGender]', 'nullable', None, 'gender'),
        ('GEO', 'list[str]', 'nullable', None, 'geo'),
        ('INTEREST', 'list[str]', '', None, 'interest'),
        ('LOCALE', 'list[str]', 'nullable', None, 'locale'),
        ('LOCATION', 'list[str]', 'nullable', None, 'location'),
        ('MAXIMUM_AGE', 'str', '', {'pattern': '^\\d+\\+?$'}, 'maximum_age'),
        ('MINIMUM_AGE', 'str', '', {'pattern': '^\\d+$'}, 'minimum_age'),
        ('SHOPPING_RETARGETING', 'list[TargetingSpecShoppingRetargeting]', 'nullable', None, 'shopping_retargeting'),
        ('TARGETING_STRATEGY', 'list[any]', 'nullable', {'items': {'enum': ('CHOOSE_YOUR_OWN', 'FIND_NEW_CUSTOMERS', 'RECONNECT_WITH_USERS')}}, 'targeting_strategy'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            age_bucket: Optional[List[Union[TargetingSpecAgeBucket, str]]] = ...,
            apptype: Optional[List[Union[TargetingSpecAppType, str]]] = ...,
            audience_exclude: Optional[List[str]] = ...,
            audience_include: Optional[List[str]] = ...,
            gender: Optional[List[Union[TargetingSpecGender, str]]] = ...,
            geo: Optional[List[str]] = ...,
            interest: Optional[List[str]] = ...,
            locale: Optional[List[str]] = ...,
            location: Optional[List[str]] = ...,
            maximum_age: Optional[str] = ...,
            minimum_age: Optional[str] = ...,
            shopping_retargeting: Optional[List[TargetingSpecShoppingRetargeting]] = ...,
            targeting_strategy: Optional[List[Any]] = ...,
        ) -> None: ...


class TargetingSpecAgeBucket(Enum):
    """TargetingSpecAgeBucket (component schema)."""

    N18_24 = '18-24'
    N19_PLUS = '19+'
    N20_PLUS = '20+'
    N21_PLUS = '21+'
    N25_34 = '25-34'
    N35_44 = '35-44'
    N45_49 = '45-49'
    N50_54 = '50-54'
    N55_64 = '55-64'
    N65_PLUS = '65+'


class TargetingSpecAppType(Enum):
    """TargetingSpecAppType (component schema)."""

    ANDROID_MOBILE = 'android_mobile'
    ANDROID_TABLET = 'android_tablet'
    IPAD = 'ipad'
    IPHONE = 'iphone'
    WEB = 'web'
    WEB_MOBILE = 'web_mobile'


class TargetingSpecGender(Enum):
    """TargetingSpecGender (component schema)."""

    UNKNOWN = 'unknown'
    MALE = 'male'
    FEMALE = 'female'


class TargetingSpecOperationAgeBucket(Model):
    """TargetingSpecOperationAgeBucket (component schema `TargetingSpecOperationAgeBucket`)."""

    field: str

    operation: str

    values: Optional[List[Union[TargetingSpecAgeBucket, str]]]

    _spec = (
        ('field', 'str', 'required', {'enum': ('AGE_BUCKET',)}),
        ('operation', 'str', 'required', {'enum': ('SET',)}),
        ('values', 'list[TargetingSpecAgeBucket]', 'required nullable'),
    )
    _positional = ('values',)

    if TYPE_CHECKING:

        def __init__(
            self,
            values: Optional[List[Union[TargetingSpecAgeBucket, str]]],
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
        ) -> None: ...


class TargetingSpecOperationAppType(Model):
    """TargetingSpecOperationAppType (component schema `TargetingSpecOperationAppType`)."""

    field: str

    operation: str

    values: Optional[List[Union[TargetingSpecAppType, str]]]

    _spec = (
        ('field', 'str', 'required', {'enum': ('APPTYPE',)}),
        ('operation', 'str', 'required', {'enum': ('SET', 'ADD', 'REMOVE')}),
        ('values', 'list[TargetingSpecAppType]', 'required nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            values: Optional[List[Union[TargetingSpecAppType, str]]] = ...,
        ) -> None: ...


class TargetingSpecOperationGender(Model):
    """TargetingSpecOperationGender (component schema `TargetingSpecOperationGender`)."""

    field: str

    operation: str

    values: Optional[List[Union[TargetingSpecGender, str]]]

    _spec = (
        ('field', 'str', 'required', {'enum': ('GENDER',)}),
        ('operation', 'str', 'required', {'enum': ('SET', 'ADD', 'REMOVE')}),
        ('values', 'list[TargetingSpecGender]', 'required nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            values: Optional[List[Union[TargetingSpecGender, str]]] = ...,
        ) -> None: ...


class TargetingSpecOperationList(Model):
    """TargetingSpecOperationList (component schema `TargetingSpecOperationList`)."""

    field: str

    operation: str

    values: Optional[List[str]]

    _spec = (
        ('field', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('SET', 'ADD', 'REMOVE')}),
        ('values', 'list[str]', 'required nullable'),
    )
    _positional = ('field', 'operation', 'values')

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            operation: str,
            values: Optional[List[str]],
        ) -> None: ...


class TargetingSpecOperationMinMaxAge(Model):
    """TargetingSpecOperationMinMaxAge (component schema `TargetingSpecOperationMinMaxAge`)."""

    field: str

    operation: str

    value: Optional[str]

    _spec = (
        ('field', 'str', 'required', {'enum': ('MINIMUM_AGE', 'MAXIMUM_AGE')}),
        ('operation', 'str', 'required', {'enum': ('SET',)}),
        ('value', 'str', 'required nullable', {'pattern': '^\\d+\\+?$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


class TargetingSpecOperationShoppingRetargeting(Model):
    """TargetingSpecOperationShoppingRetargeting (component schema `TargetingSpecOperationShoppingRetargeting`)."""

    field: str

    operation: str

    values: Optional[List[TargetingSpecShoppingRetargeting]]

    _spec = (
        ('field', 'str', 'required', {'enum': ('SHOPPING_RETARGETING',)}),
        ('operation', 'str', 'required', {'enum': ('SET',)}),
        ('values', 'list[TargetingSpecShoppingRetargeting]', 'required nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: Optional[str] = ...,
            operation: Optional[str] = ...,
            values: Optional[List[TargetingSpecShoppingRetargeting]] = ...,
        ) -> None: ...


class TargetingSpecOperationString(Model):
    """TargetingSpecOperationString (component schema `TargetingSpecOperationString`)."""

    field: str

    operation: str

    value: Optional[str]

    _spec = (
        ('field', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('SET',)}),
        ('value', 'str', 'required nullable'),
    )
    _positional = ('field', 'value')

    if TYPE_CHECKING:

        def __init__(
            self,
            field: str,
            value: Optional[str],
            *,
            operation: Optional[str] = ...,
        ) -> None: ...


class TargetingSpecShoppingRetargeting(Model):
    """TargetingSpec_SHOPPING_RETARGETING"""

    exclusion_window: Optional[int]
    """Number of days ago to stop lookback timeframe for dynamic retargeting"""

    lookback_window: Optional[int]
    """Number of days ago to start lookback timeframe for dynamic retargeting"""

    tag_types: Optional[List[int]]
    """Event types to target for dynamic retargeting"""

    _spec = (
        ('exclusion_window', 'int'),
        ('lookback_window', 'int'),
        ('tag_types', 'list[int]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exclusion_window: Optional[int] = ...,
            lookback_window: Optional[int] = ...,
            tag_types: Optional[List[int]] = ...,
        ) -> None: ...


class TargetingTemplateAudienceSizing(Model):
    """Gets an audience size estimate for a set of given targeting spec data. <p>Returns:</p> An object containing an audience size estimate that has a reach estimate (number of unique users) against the given targeting template. This by default provides a monthly estimate."""

    reach_estimate: Optional[TargetingTemplateAudienceSizingReachEstimate]

    _spec = (
        ('reach_estimate', 'TargetingTemplateAudienceSizingReachEstimate'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            reach_estimate: Optional[TargetingTemplateAudienceSizingReachEstimate] = ...,
        ) -> None: ...


class TargetingTemplateAudienceSizingReachEstimate(Model):
    """TargetingTemplateAudienceSizingReachEstimate (inline schema)."""

    estimate: Optional[int]

    lower_bound: Optional[int]

    upper_bound: Optional[int]

    _spec = (
        ('estimate', 'int'),
        ('lower_bound', 'int'),
        ('upper_bound', 'int'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            estimate: Optional[int] = ...,
            lower_bound: Optional[int] = ...,
            upper_bound: Optional[int] = ...,
        ) -> None: ...


class TargetingTemplateCommon(Model):
    """TargetingTemplateCommon (component schema `TargetingTemplateCommon`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Also known as <a href="https://help.pinterest.com/en/business/article/expanded-targeting" target="_blank">"expanded targeting"</a>."""

    keywords: Optional[List[TargetingTemplateKeyword]]

    name: Optional[str]
    """targeting template name"""

    placement_group: Optional[Union[PlacementGroupType, str]]
    """Campaign placement group type"""

    targeting_attributes: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    _spec = (
        ('auto_targeting_enabled', 'bool'),
        ('keywords', 'list[TargetingTemplateKeyword]'),
        ('name', 'str'),
        ('placement_group', 'PlacementGroupType'),
        ('targeting_attributes', 'TargetingSpec'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_targeting_enabled: Optional[bool] = ...,
            keywords: Optional[List[TargetingTemplateKeyword]] = ...,
            name: Optional[str] = ...,
            placement_group: Optional[Union[PlacementGroupType, str]] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
        ) -> None: ...


class TargetingTemplateCreate(Model):
    """TargetingTemplateCreate (component schema `TargetingTemplateCreate`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Also known as <a href="https://help.pinterest.com/en/business/article/expanded-targeting" target="_blank">"expanded targeting"</a>."""

    keywords: Optional[List[TargetingTemplateKeyword]]

    name: str
    """Name of targeting template."""

    placement_group: Optional[Union[PlacementGroupType, str]]
    """Campaign placement group type"""

    targeting_attributes: TargetingSpec
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    _spec = (
        ('auto_targeting_enabled', 'bool'),
        ('keywords', 'list[TargetingTemplateKeyword]'),
        ('name', 'str', 'required'),
        ('placement_group', 'PlacementGroupType'),
        ('targeting_attributes', 'TargetingSpec', 'required'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_targeting_enabled: Optional[bool] = ...,
            keywords: Optional[List[TargetingTemplateKeyword]] = ...,
            name: Optional[str] = ...,
            placement_group: Optional[Union[PlacementGroupType, str]] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
        ) -> None: ...


class TargetingTemplateGetResponseData(Model):
    """TargetingTemplateGetResponseData (component schema `TargetingTemplateGetResponseData`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Also known as <a href="https://help.pinterest.com/en/business/article/expanded-targeting" target="_blank">"expanded targeting"</a>."""

    keywords: Optional[List[TargetingTemplateKeyword]]

    name: Optional[str]
    """targeting template name"""

    placement_group: Optional[Union[PlacementGroupType, str]]
    """Campaign placement group type"""

    targeting_attributes: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    ad_account_id: Optional[str]
    """The ID of the advertiser that this targeting template belongs to."""

    created_time: Optional[int]
    """Targeting template created time. Unix timestamp in seconds."""

    id: Optional[str]
    """Targeting template ID."""

    sizing: Optional[TargetingTemplateAudienceSizing]
    """Gets an audience size estimate for a set of given targeting spec data. <p>Returns:</p> An object containing an audience size estimate that has a reach estimate (number of unique users) against the given targeting template. This by default provides a monthly estimate."""

    status: Optional[str]
    """Indicate targeting template is active or Deleted"""

    updated_time: Optional[int]
    """Targeting template updated time.Unix timestamp in seconds."""

    valid: Optional[bool]
    """Inform if the targeting template is valid (ex. would be false if has revoked audience)"""

    _spec = (
        ('auto_targeting_enabled', 'bool'),
        ('keywords', 'list[TargetingTemplateKeyword]'),
        ('name', 'str'),
        ('placement_group', 'PlacementGroupType'),
        ('targeting_attributes', 'TargetingSpec'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('created_time', 'int'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('sizing', 'TargetingTemplateAudienceSizing', 'nullable'),
        ('status', 'str', '', {'enum': ('ACTIVE', 'DELETED')}),
        ('updated_time', 'int'),
        ('valid', 'bool', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_targeting_enabled: Optional[bool] = ...,
            keywords: Optional[List[TargetingTemplateKeyword]] = ...,
            name: Optional[str] = ...,
            placement_group: Optional[Union[PlacementGroupType, str]] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
            ad_account_id: Optional[str] = ...,
            created_time: Optional[int] = ...,
            id: Optional[str] = ...,
            sizing: Optional[TargetingTemplateAudienceSizing] = ...,
            status: Optional[str] = ...,
            updated_time: Optional[int] = ...,
            valid: Optional[bool] = ...,
        ) -> None: ...


class TargetingTemplateKeyword(Model):
    """TargetingTemplateKeyword (component schema)."""

    match_type: Optional[Union[MatchType, str]]
    """Keyword match type"""

    value: Optional[str]
    """The keyword targeting (120 chars max)."""

    _spec = (
        ('match_type', 'MatchType'),
        ('value', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            match_type: Optional[Union[MatchType, str]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


class TargetingTemplateListResponse(Model):
    """TargetingTemplateListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[TargetingTemplateGetResponseData]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[TargetingTemplateGetResponseData]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[TargetingTemplateGetResponseData]] = ...,
        ) -> None: ...


class TargetingTemplateResponseData(Model):
    """TargetingTemplateResponseData (component schema `TargetingTemplateResponseData`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Also known as <a href="https://help.pinterest.com/en/business/article/expanded-targeting" target="_blank">"expanded targeting"</a>."""

    keywords: Optional[List[TargetingTemplateKeyword]]

    name: Optional[str]
    """targeting template name"""

    placement_group: Optional[Union[PlacementGroupType, str]]
    """Campaign placement group type"""

    targeting_attributes: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    ad_account_id: Optional[str]
    """The ID of the advertiser that this targeting template belongs to."""

    created_time: Optional[int]
    """Targeting template created time. Unix timestamp in seconds."""

    id: Optional[str]
    """Targeting template ID."""

    sizing: Optional[TargetingTemplateAudienceSizing]
    """Gets an audience size estimate for a set of given targeting spec data. <p>Returns:</p> An object containing an audience size estimate that has a reach estimate (number of unique users) against the given targeting template. This by default provides a monthly estimate."""

    status: Optional[str]
    """Indicate targeting template is active or Deleted"""

    updated_time: Optional[int]
    """Targeting template updated time.Unix timestamp in seconds."""

    _spec = (
        ('auto_targeting_enabled', 'bool'),
        ('keywords', 'list[TargetingTemplateKeyword]'),
        ('name', 'str'),
        ('placement_group', 'PlacementGroupType'),
        ('targeting_attributes', 'TargetingSpec'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('created_time', 'int'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('sizing', 'TargetingTemplateAudienceSizing', 'nullable'),
        ('status', 'str', '', {'enum': ('ACTIVE', 'DELETED')}),
        ('updated_time', 'int'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_targeting_enabled: Optional[bool] = ...,
            keywords: Optional[List[TargetingTemplateKeyword]] = ...,
            name: Optional[str] = ...,
            placement_group: Optional[Union[PlacementGroupType, str]] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
            ad_account_id: Optional[str] = ...,
            created_time: Optional[int] = ...,
            id: Optional[str] = ...,
            sizing: Optional[TargetingTemplateAudienceSizing] = ...,
            status: Optional[str] = ...,
            updated_time: Optional[int] = ...,
        ) -> None: ...


class TargetingTemplateUpdateRequest(Model):
    """TargetingTemplateUpdateRequest (component schema `TargetingTemplateUpdateRequest`)."""

    id: str
    """Targeting template ID"""

    operation_type: str

    targeting_attributes: Optional[TargetingSpec]
    """targeting profile attributes"""

    _spec = (
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation_type', 'str', 'required', {'enum': ('REMOVE', 'UPDATE')}),
        ('targeting_attributes', 'TargetingSpec'),
    )
    _positional = ('id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            operation_type: Optional[str] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
        ) -> None: ...


class TargetingTypeFilter(Model):
    """TargetingTypeFilter (component schema `TargetingTypeFilter`)."""

    targeting_types: Optional[List[str]]
    """List of targeting types. Requires `level` to be a value ending in `_TARGETING`. ["AUDIENCE_MULTIPLIER"] is only available in CAMPAIGN_TARGETING level. ["MEDIA_TYPE"] is only available in PRODUCT_ITEM_TARGETING level. ["AGE_BUCKET_AND_GENDER"] is in BETA and not yet available to all users."""

    _spec = (
        ('targeting_types', 'list[str]', '', {'items': {'enum': ('KEYWORD', 'APPTYPE', 'GENDER', 'LOCATION', 'PLACEMENT', 'COUNTRY', 'TARGETED_INTEREST', 'PINNER_INTEREST', 'AUDIENCE_INCLUDE', 'GEO', 'AGE_BUCKET', 'REGION', 'MEDIA_TYPE', 'AGE_BUCKET_AND_GENDER', 'AUDIENCE_MULTIPLIER', 'CREATIVE_ENHANCEMENTS', 'LOCAL_ADS_STORE_CODE')}, 'max_items': 5, 'min_items': 1}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            targeting_types: Optional[List[str]] = ...,
        ) -> None: ...


class TemplateBasedReport(Model):
    """TemplateBasedReport (component schema `TemplateBasedReport`)."""

    message: Optional[str]

    report_status: Union[BulkReportingJobStatus, str]
    """Possible status for a bulk reporting job"""

    template_id: str
    """Unique identifier of a template."""

    token: Optional[str]

    _spec = (
        ('message', 'str'),
        ('report_status', 'BulkReportingJobStatus', 'required'),
        ('template_id', 'str', 'required', {'max_length': 18}),
        ('token', 'str'),
    )
    _positional = ('report_status', 'template_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            report_status: Union[BulkReportingJobStatus, str],
            template_id: str,
            *,
            message: Optional[str] = ...,
            token: Optional[str] = ...,
        ) -> None: ...


class TemplateResponse(Model):
    """Template fields"""

    ad_account_id: Optional[str]
    """ID of the Ad Account that owns the template"""

    ad_account_ids: Optional[List[str]]
    """IDs of the Ad Accounts that have access to this template"""

    click_window_days: Optional[float]
    """The length of the sliding window over which click conversions will be attributed"""

    columns: Optional[List[str]]
    """A list of columns to be included in the report"""

    conversion_report_time_type: Optional[str]
    """Conversion report time type"""

    creation_source: Optional[str]
    """The surface used to create this template"""

    custom_column_ids: Optional[List[str]]
    """A list of custom column IDs"""

    date_range: Optional[TemplateResponseDateRange]

    engagement_window_days: Optional[float]
    """The length of the sliding window over which engagement conversions will be attributed"""

    filters_json: Optional[str]
    """A JSON representation of any filters to be applied before returning report data. Each filter object should contain all of the following fields:<br> "field": The column name<br> "operator": The operator. Allowed operators: ["=", "!=", "in", "not_in", "~", ">", "<", "contains_substring"]<br> "value": A single value or a list of values"""

    granularity: Optional[Union[Granularity, str]]
    """Specifies the time interval at which analytics data is broken down. Determines how metrics are grouped within the requested date range.
    **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still returns data for non-conversion metrics. All other enums are unchanged.
    """

    id: Optional[str]
    """Template ID"""

    ingestion_sources: Optional[List[str]]
    """The filter on the conversion ingestion source method for conversion metrics"""

    is_deleted: Optional[bool]
    """A boolean that indicates if the template has been deleted"""

    is_owned_by_user: Optional[bool]
    """A boolean value that indicates if the user owns the template"""

    is_scheduled: Optional[bool]
    """A boolean value that indicates if this template has been used to create a scheduled report"""

    name: Optional[str]
    """Template Name"""

    report_end_relative_days_in_past: Optional[float]
    """The number of days prior to the day the report will be delivered at which the report will end"""

    report_format: Optional[Union[DataOutputFormat, str]]
    """Format of generated report"""

    report_level: Optional[Union[MetricsReportingLevel, str]]
    """Level of the reporting request"""

    report_start_relative_days_in_past: Optional[float]
    """The number of days prior to the day the report will be delivered at which the report will start"""

    type: Optional[str]
    """Type of the template"""

    updated_time: Optional[float]
    """Time of last update in seconds since Unix epoch"""

    user_id: Optional[str]
    """ID of the user who created the template"""

    view_window_days: Optional[float]
    """The length of the sliding window over which view conversions will be attributed"""

    _spec = (
        ('ad_account_id', 'str'),
        ('ad_account_ids', 'list[str]'),
        ('click_window_days', 'float'),
        ('columns', 'list[str]', '', {'items': {'enum': ('SPEND_IN_MICRO_DOLLAR', 'SPEND_IN_MICRO_US_DOLLAR', 'BONUS_SPEND_IN_MICRO_DOLLAR', 'BONUS_SPEND_IN_DOLLAR', 'ADS_CREDIT_SPEND_IN_MICRO_DOLLAR', 'ADS_CREDIT_SPEND_IN_DOLLAR', 'PAID_IMPRESSION', 'PAID_CLICKTHROUGH', 'SPEND_IN_DOLLAR', 'SPEND_IN_US_DOLLAR', 'CPC_IN_MICRO_DOLLAR', 'ECPC_IN_MICRO_DOLLAR', 'CPC_IN_DOLLAR', 'ECPC_IN_DOLLAR', 'CTR', 'ECTR', 'OUTBOUND_CTR', 'OUTBOUND_CTR_1', 'CPC_IN_MICRO_CURRENCY', 'CPW_IN_MICRO_DOLLAR', 'CPW_IN_DOLLAR', 'COST_PER_OUTBOUND_CLICK', 'AD_ONLY_PIN', 'CAMPAIGN_NAME', 'CAMPAIGN_STATUS', 'IS_CAMPAIGN_LEARNING_PHASE', 'DATE', 'DATE_AS_TIMESTAMP', 'BUDGET_IN_DOLLAR', 'AVAILABLE_BUDGET_IN_DOLLAR', 'TARGETING_TYPE', 'TARGETING_VALUE', 'TARGETING_VALUE_NAME', 'CAMPAIGN_BRAND_LABEL', 'CAMPAIGN_CUSTOM_LABELS', 'APP_INSTALL_APP_NAME', 'PAID_EVENTS', 'BONUS_EVENTS', 'INSERTION', 'LEGACY_CAMPAIGN_ID', 'HBASE_ID', 'PIN_DESCRIPTION', 'CAMPAIGN_END_DATE', 'PIN_PROMOTION_STATUS', 'AD_STATUS', 'PIN_ID', 'CROSS_DEVICE_TYPE', 'INGESTION_SOURCE', 'SOURCE_PLATFORM', 'PIN_PROMOTION_IS_RUNNING', 'TOTAL_ENGAGEMENT', 'ENGAGEMENT_1', 'ENGAGEMENT_2', 'CPE_IN_MICRO_DOLLAR', 'ECPE_IN_MICRO_DOLLAR', 'CPE_IN_DOLLAR', 'ECPE_IN_DOLLAR', 'ENGAGEMENT_RATE', 'EENGAGEMENT_RATE', 'INTERNAL_ECPE_IN_MICRO_DOLLAR', 'INTERNAL_ECPE_IN_DOLLAR', 'ECPM_IN_MICRO_DOLLAR', 'ECPM_IN_DOLLAR', 'REPIN_RATE', 'REPIN_RATE_2', 'CTR_2', 'CAMPAIGN_ID', 'ADVERTISER_ID', 'AD_ACCOUNT_ID', 'ADVERTISER_OWNER_USER_ID', 'ADVERTISER_OWNER_USER_NAME', 'PIN_PROMOTION_ID', 'AD_ID', 'AD_GROUP_ID', 'KEYWORD_ID', 'KEYWORD_IS_DELETED', 'BRAND_SFDC_ACCOUNT_ID', 'APP_INSTALL_APP_ID', 'CAMPAIGN_ACTION_TYPE', 'CAMPAIGN_BID_TYPE', 'CAMPAIGN_ENTITY_STATUS', 'CAMPAIGN_MANAGED_STATUS', 'CAMPAIGN_OBJECTIVE_TYPE', 'CPM_IN_MICRO_DOLLAR', 'CPM_IN_DOLLAR', 'BUDGET_TYPE', 'BUDGET_IN_LOCAL_CURRENCY', 'AD_GROUP_NAME', 'AD_GROUP_STATUS', 'AD_GROUP_END_DATE', 'AD_GROUP_BUDGET_TYPE', 'AD_GROUP_BUDGET_IN_LOCAL_CURRENCY', 'AD_GROUP_SUGGESTED_BUDGET_IN_LOCAL_CURRENCY', 'AD_GROUP_SUGGESTED_BONUS_BUDGET_IN_LOCAL_CURRENCY', 'AD_GROUP_ENTITY_STATUS', 'AD_GROUP_ACTION_TYPE', 'AD_GROUP_CONVERSION_LEARNING_MODE_TYPE', 'AD_GROUP_TARGET_CPA', 'AD_GROUP_BID_STRATEGY_TYPE', 'AD_GROUP_EXPERIMENT_NAME', 'AD_GROUP_EXPERIMENT_CELL', 'AD_GROUP_BID_MULTIPLIER', 'CAMPAIGN_WEB_CLOSEUP_WHITELISTED', 'PRODUCT_GROUP_ID', 'PRODUCT_GROUP_DEFINITION', 'PARENT_PRODUCT_GROUP_ID', 'PRODUCT_GROUP_TYPE', 'PRODUCT_GROUP_BID_IN_MICRO_CURRENCY', 'PRODUCT_GROUP_STATUS', 'PRODUCT_GROUP_ENTITY_STATUS', 'PRODUCT_GROUP_INCLUSION', 'PRODUCT_GROUP_CREATIVE_TYPE', 'PROMO_ID', 'PROMO_NAME', 'PROMO_IDS', 'PROMO_NAMES', 'ITEM_ID', 'PRODUCT_ITEM_ID', 'INTERNAL_PRODUCT_ITEM_ID', 'INTERNAL_PRODUCT_ITEM_ID_STR', 'PRODUCT_ITEM_NAME', 'PRODUCT_ITEM_IMAGE_URL', 'PRODUCT_ITEM_PRICE', 'PRODUCT_ITEM_PRODUCT_URL', 'PRODUCT_ITEM_PIN_URL', 'PRODUCT_ITEM_BRAND', 'PRODUCT_ITEM_DESCRIPTION', 'PRODUCT_ITEM_SALE_PRICE', 'PRODUCT_ITEM_PRODUCT_TYPE', 'PRODUCT_ITEM_PRODUCT_CATEGORY', 'PRODUCT_ITEM_CAMPAIGN_NAME', 'PRODUCT_ITEM_AD_GROUP_NAME', 'PRODUCT_ITEM_CURRENCY', 'ORDER_LINE_ID', 'ORDER_LINE_NAME', 'ORDER_LINE_PIN_REV_SHARE', 'ORDER_LINE_PAID_TYPE', 'SPEND_ORDER_LINE_ID', 'SPEND_ORDER_LINE_PAID_TYPE', 'CONVERSION_PRODUCT_ID', 'CONVERSION_PRODUCT_NAME', 'CONVERSION_PRODUCT_BRAND', 'CONVERSION_PRODUCT_CATEGORY', 'CONVERSION_PRODUCT_ID_GROUP', 'CARTING_TOTAL_PURCHASE_INTENT_CLICKS', 'CARTING_TOTAL_PURCHASE_INTENT_VALUE', 'CARTING_TOTAL_PURCHASE_INTENT_VALUE_IN_MICRO_CURRENCY', 'CARTING_RETAILER_NAME', 'CARTING_PRODUCT_PRICE', 'CARTING_PRODUCT_PRICE_IN_MICRO_CURRENCY', 'CARTING_PRODUCT_NAME', 'CARTING_PRODUCT_ID', 'CLICKTHROUGH_1', 'REPIN_1', 'IMPRESSION_1', 'LIKE_1', 'SEND_1', 'FLAG_1', 'HIDE_1', 'INSERTION_1', 'IMPRESSION_1_GROSS', 'CLICKTHROUGH_1_GROSS', 'OUTBOUND_CLICK_1', 'CLICKTHROUGH_USER_1', 'REPIN_USER_1', 'IMPRESSION_USER_1', 'LIKE_USER_1', 'SEND_USER_1', 'FLAG_USER_1', 'HIDE_USER_1', 'INSERTION_USER_1', 'CLICKTHROUGH_2', 'REPIN_2', 'IMPRESSION_2', 'LIKE_2', 'SEND_2', 'FLAG_2', 'OUTBOUND_CLICK_2', 'CLICKTHROUGH_USER_2', 'REPIN_USER_2', 'IMPRESSION_USER_2', 'LIKE_USER_2', 'SEND_USER_2', 'FLAG_USER_2', 'TOTAL_CLICKTHROUGH', 'TOTAL_REPIN', 'TOTAL_IMPRESSION', 'TOTAL_LIKE', 'TOTAL_SEND', 'TOTAL_FLAG', 'TOTAL_IMPRESSION_USER', 'TOTAL_IMPRESSION_USER_HLL', 'TOTAL_IMPRESSION_FREQUENCY', 'TOTAL_IMPRESSION_FREQUENCY_HLL', 'TOTAL_OUTBOUND_CLICK', 'COST_PER_OUTBOUND_CLICK_IN_DOLLAR', 'COST_PER_OUTBOUND_CLICK_IN_DOLLAR_1', 'ENGAGEMENT_PAGE_VISIT_1', 'ENGAGEMENT_SIGNUP_1', 'ENGAGEMENT_CHECKOUT_1', 'ENGAGEMENT_CUSTOM_1', 'ENGAGEMENT_ADD_TO_CART_1', 'ENGAGEMENT_LEAD_1', 'ENGAGEMENT_SEARCH_1', 'ENGAGEMENT_WATCH_VIDEO_1', 'ENGAGEMENT_VIEW_CATEGORY_1', 'ENGAGEMENT_APP_INSTALL_1', 'ENGAGEMENT_UNKNOWN_1', 'ENGAGEMENT_ADD_PAYMENT_INFO_1', 'ENGAGEMENT_ADD_TO_WISHLIST_1', 'ENGAGEMENT_INITIATE_CHECKOUT_1', 'ENGAGEMENT_SUBSCRIBE_1', 'ENGAGEMENT_VIEW_CONTENT_1', 'CLICK_PAGE_VISIT_1', 'CLICK_SIGNUP_1', 'CLICK_CHECKOUT_1', 'CLICK_CUSTOM_1', 'CLICK_ADD_TO_CART_1', 'CLICK_LEAD_1', 'CLICK_SEARCH_1', 'CLICK_WATCH_VIDEO_1', 'CLICK_VIEW_CATEGORY_1', 'CLICK_APP_INSTALL_1', 'CLICK_UNKNOWN_1', 'CLICK_ADD_PAYMENT_INFO_1', 'CLICK_ADD_TO_WISHLIST_1', 'CLICK_INITIATE_CHECKOUT_1', 'CLICK_SUBSCRIBE_1', 'CLICK_VIEW_CONTENT_1', 'VIEW_PAGE_VISIT_1', 'VIEW_SIGNUP_1', 'VIEW_CHECKOUT_1', 'VIEW_CUSTOM_1', 'VIEW_ADD_TO_CART_1', 'VIEW_LEAD_1', 'VIEW_SEARCH_1', 'VIEW_WATCH_VIDEO_1', 'VIEW_VIEW_CATEGORY_1', 'VIEW_APP_INSTALL_1', 'VIEW_UNKNOWN_1', 'VIEW_ADD_PAYMENT_INFO_1', 'VIEW_ADD_TO_WISHLIST_1', 'VIEW_INITIATE_CHECKOUT_1', 'VIEW_SUBSCRIBE_1', 'VIEW_VIEW_CONTENT_1', 'CONVERSIONS_1', 'ENGAGEMENT_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_SIGNUP_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_CUSTOM_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_LEAD_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_SEARCH_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_APP_INSTALL_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_UNKNOWN_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_SIGNUP_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_CUSTOM_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_LEAD_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_SEARCH_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_APP_INSTALL_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_UNKNOWN_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_SIGNUP_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_CUSTOM_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_LEAD_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_SEARCH_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_APP_INSTALL_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_UNKNOWN_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR_1', 'CONVERSIONS_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_PAGE_VISIT_QUANTITY_1', 'ENGAGEMENT_SIGNUP_QUANTITY_1', 'ENGAGEMENT_CHECKOUT_QUANTITY_1', 'ENGAGEMENT_CUSTOM_QUANTITY_1', 'ENGAGEMENT_ADD_TO_CART_QUANTITY_1', 'ENGAGEMENT_LEAD_QUANTITY_1', 'ENGAGEMENT_SEARCH_QUANTITY_1', 'ENGAGEMENT_WATCH_VIDEO_QUANTITY_1', 'ENGAGEMENT_VIEW_CATEGORY_QUANTITY_1', 'ENGAGEMENT_APP_INSTALL_QUANTITY_1', 'ENGAGEMENT_UNKNOWN_QUANTITY_1', 'ENGAGEMENT_ADD_PAYMENT_INFO_QUANTITY_1', 'ENGAGEMENT_ADD_TO_WISHLIST_QUANTITY_1', 'ENGAGEMENT_INITIATE_CHECKOUT_QUANTITY_1', 'ENGAGEMENT_SUBSCRIBE_QUANTITY_1', 'ENGAGEMENT_VIEW_CONTENT_QUANTITY_1', 'CLICK_PAGE_VISIT_QUANTITY_1', 'CLICK_SIGNUP_QUANTITY_1', 'CLICK_CHECKOUT_QUANTITY_1', 'CLICK_CUSTOM_QUANTITY_1', 'CLICK_ADD_TO_CART_QUANTITY_1', 'CLICK_LEAD_QUANTITY_1', 'CLICK_SEARCH_QUANTITY_1', 'CLICK_WATCH_VIDEO_QUANTITY_1', 'CLICK_VIEW_CATEGORY_QUANTITY_1', 'CLICK_APP_INSTALL_QUANTITY_1', 'CLICK_UNKNOWN_QUANTITY_1', 'CLICK_ADD_PAYMENT_INFO_QUANTITY_1', 'CLICK_ADD_TO_WISHLIST_QUANTITY_1', 'CLICK_INITIATE_CHECKOUT_QUANTITY_1', 'CLICK_SUBSCRIBE_QUANTITY_1', 'CLICK_VIEW_CONTENT_QUANTITY_1', 'VIEW_PAGE_VISIT_QUANTITY_1', 'VIEW_SIGNUP_QUANTITY_1', 'VIEW_CHECKOUT_QUANTITY_1', 'VIEW_CUSTOM_QUANTITY_1', 'VIEW_ADD_TO_CART_QUANTITY_1', 'VIEW_LEAD_QUANTITY_1', 'VIEW_SEARCH_QUANTITY_1', 'VIEW_WATCH_VIDEO_QUANTITY_1', 'VIEW_VIEW_CATEGORY_QUANTITY_1', 'VIEW_APP_INSTALL_QUANTITY_1', 'VIEW_UNKNOWN_QUANTITY_1', 'VIEW_ADD_PAYMENT_INFO_QUANTITY_1', 'VIEW_ADD_TO_WISHLIST_QUANTITY_1', 'VIEW_INITIATE_CHECKOUT_QUANTITY_1', 'VIEW_SUBSCRIBE_QUANTITY_1', 'VIEW_VIEW_CONTENT_QUANTITY_1', 'CONVERSIONS_QUANTITY_1', 'ENGAGEMENT_PAGE_VISIT_2', 'ENGAGEMENT_SIGNUP_2', 'ENGAGEMENT_CHECKOUT_2', 'ENGAGEMENT_CUSTOM_2', 'ENGAGEMENT_ADD_TO_CART_2', 'ENGAGEMENT_LEAD_2', 'ENGAGEMENT_SEARCH_2', 'ENGAGEMENT_WATCH_VIDEO_2', 'ENGAGEMENT_VIEW_CATEGORY_2', 'ENGAGEMENT_APP_INSTALL_2', 'ENGAGEMENT_UNKNOWN_2', 'ENGAGEMENT_ADD_PAYMENT_INFO_2', 'ENGAGEMENT_ADD_TO_WISHLIST_2', 'ENGAGEMENT_INITIATE_CHECKOUT_2', 'ENGAGEMENT_SUBSCRIBE_2', 'ENGAGEMENT_VIEW_CONTENT_2', 'CLICK_PAGE_VISIT_2', 'CLICK_SIGNUP_2', 'CLICK_CHECKOUT_2', 'CLICK_CUSTOM_2', 'CLICK_ADD_TO_CART_2', 'CLICK_LEAD_2', 'CLICK_SEARCH_2', 'CLICK_WATCH_VIDEO_2', 'CLICK_VIEW_CATEGORY_2', 'CLICK_APP_INSTALL_2', 'CLICK_UNKNOWN_2', 'CLICK_ADD_PAYMENT_INFO_2', 'CLICK_ADD_TO_WISHLIST_2', 'CLICK_INITIATE_CHECKOUT_2', 'CLICK_SUBSCRIBE_2', 'CLICK_VIEW_CONTENT_2', 'VIEW_PAGE_VISIT_2', 'VIEW_SIGNUP_2', 'VIEW_CHECKOUT_2', 'VIEW_CUSTOM_2', 'VIEW_ADD_TO_CART_2', 'VIEW_LEAD_2', 'VIEW_SEARCH_2', 'VIEW_WATCH_VIDEO_2', 'VIEW_VIEW_CATEGORY_2', 'VIEW_APP_INSTALL_2', 'VIEW_UNKNOWN_2', 'VIEW_ADD_PAYMENT_INFO_2', 'VIEW_ADD_TO_WISHLIST_2', 'VIEW_INITIATE_CHECKOUT_2', 'VIEW_SUBSCRIBE_2', 'VIEW_VIEW_CONTENT_2', 'CONVERSIONS_2', 'ENGAGEMENT_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_SIGNUP_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_CUSTOM_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_LEAD_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_SEARCH_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_APP_INSTALL_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_UNKNOWN_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_SIGNUP_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_CUSTOM_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_LEAD_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_SEARCH_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_APP_INSTALL_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_UNKNOWN_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_SIGNUP_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_CUSTOM_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_LEAD_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_SEARCH_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_APP_INSTALL_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_UNKNOWN_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR_2', 'CONVERSIONS_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_PAGE_VISIT_QUANTITY_2', 'ENGAGEMENT_SIGNUP_QUANTITY_2', 'ENGAGEMENT_CHECKOUT_QUANTITY_2', 'ENGAGEMENT_CUSTOM_QUANTITY_2', 'ENGAGEMENT_ADD_TO_CART_QUANTITY_2', 'ENGAGEMENT_LEAD_QUANTITY_2', 'ENGAGEMENT_SEARCH_QUANTITY_2', 'ENGAGEMENT_WATCH_VIDEO_QUANTITY_2', 'ENGAGEMENT_VIEW_CATEGORY_QUANTITY_2', 'ENGAGEMENT_APP_INSTALL_QUANTITY_2', 'ENGAGEMENT_UNKNOWN_QUANTITY_2', 'ENGAGEMENT_ADD_PAYMENT_INFO_QUANTITY_2', 'ENGAGEMENT_ADD_TO_WISHLIST_QUANTITY_2', 'ENGAGEMENT_INITIATE_CHECKOUT_QUANTITY_2', 'ENGAGEMENT_SUBSCRIBE_QUANTITY_2', 'ENGAGEMENT_VIEW_CONTENT_QUANTITY_2', 'CLICK_PAGE_VISIT_QUANTITY_2', 'CLICK_SIGNUP_QUANTITY_2', 'CLICK_CHECKOUT_QUANTITY_2', 'CLICK_CUSTOM_QUANTITY_2', 'CLICK_ADD_TO_CART_QUANTITY_2', 'CLICK_LEAD_QUANTITY_2', 'CLICK_SEARCH_QUANTITY_2', 'CLICK_WATCH_VIDEO_QUANTITY_2', 'CLICK_VIEW_CATEGORY_QUANTITY_2', 'CLICK_APP_INSTALL_QUANTITY_2', 'CLICK_UNKNOWN_QUANTITY_2', 'CLICK_ADD_PAYMENT_INFO_QUANTITY_2', 'CLICK_ADD_TO_WISHLIST_QUANTITY_2', 'CLICK_INITIATE_CHECKOUT_QUANTITY_2', 'CLICK_SUBSCRIBE_QUANTITY_2', 'CLICK_VIEW_CONTENT_QUANTITY_2', 'VIEW_PAGE_VISIT_QUANTITY_2', 'VIEW_SIGNUP_QUANTITY_2', 'VIEW_CHECKOUT_QUANTITY_2', 'VIEW_CUSTOM_QUANTITY_2', 'VIEW_ADD_TO_CART_QUANTITY_2', 'VIEW_LEAD_QUANTITY_2', 'VIEW_SEARCH_QUANTITY_2', 'VIEW_WATCH_VIDEO_QUANTITY_2', 'VIEW_VIEW_CATEGORY_QUANTITY_2', 'VIEW_APP_INSTALL_QUANTITY_2', 'VIEW_UNKNOWN_QUANTITY_2', 'VIEW_ADD_PAYMENT_INFO_QUANTITY_2', 'VIEW_ADD_TO_WISHLIST_QUANTITY_2', 'VIEW_INITIATE_CHECKOUT_QUANTITY_2', 'VIEW_SUBSCRIBE_QUANTITY_2', 'VIEW_VIEW_CONTENT_QUANTITY_2', 'CONVERSIONS_QUANTITY_2', 'TOTAL_ENGAGEMENT_PAGE_VISIT', 'TOTAL_ENGAGEMENT_SIGNUP', 'TOTAL_ENGAGEMENT_CHECKOUT', 'TOTAL_ENGAGEMENT_CUSTOM', 'TOTAL_ENGAGEMENT_ADD_TO_CART', 'TOTAL_ENGAGEMENT_LEAD', 'TOTAL_ENGAGEMENT_SEARCH', 'TOTAL_ENGAGEMENT_WATCH_VIDEO', 'TOTAL_ENGAGEMENT_VIEW_CATEGORY', 'TOTAL_ENGAGEMENT_APP_INSTALL', 'TOTAL_ENGAGEMENT_UNKNOWN', 'TOTAL_ENGAGEMENT_ADD_PAYMENT_INFO', 'TOTAL_ENGAGEMENT_ADD_TO_WISHLIST', 'TOTAL_ENGAGEMENT_INITIATE_CHECKOUT', 'TOTAL_ENGAGEMENT_SUBSCRIBE', 'TOTAL_ENGAGEMENT_VIEW_CONTENT', 'TOTAL_CLICK_PAGE_VISIT', 'TOTAL_CLICK_SIGNUP', 'TOTAL_CLICK_CHECKOUT', 'TOTAL_CLICK_CUSTOM', 'TOTAL_CLICK_ADD_TO_CART', 'TOTAL_CLICK_LEAD', 'TOTAL_CLICK_SEARCH', 'TOTAL_CLICK_WATCH_VIDEO', 'TOTAL_CLICK_VIEW_CATEGORY', 'TOTAL_CLICK_APP_INSTALL', 'TOTAL_CLICK_UNKNOWN', 'TOTAL_CLICK_ADD_PAYMENT_INFO', 'TOTAL_CLICK_ADD_TO_WISHLIST', 'TOTAL_CLICK_INITIATE_CHECKOUT', 'TOTAL_CLICK_SUBSCRIBE', 'TOTAL_CLICK_VIEW_CONTENT', 'TOTAL_VIEW_PAGE_VISIT', 'TOTAL_VIEW_SIGNUP', 'TOTAL_VIEW_CHECKOUT', 'TOTAL_VIEW_CUSTOM', 'TOTAL_VIEW_ADD_TO_CART', 'TOTAL_VIEW_LEAD', 'TOTAL_VIEW_SEARCH', 'TOTAL_VIEW_WATCH_VIDEO', 'TOTAL_VIEW_VIEW_CATEGORY', 'TOTAL_VIEW_APP_INSTALL', 'TOTAL_VIEW_UNKNOWN', 'TOTAL_VIEW_ADD_PAYMENT_INFO', 'TOTAL_VIEW_ADD_TO_WISHLIST', 'TOTAL_VIEW_INITIATE_CHECKOUT', 'TOTAL_VIEW_SUBSCRIBE', 'TOTAL_VIEW_VIEW_CONTENT', 'TOTAL_CONVERSIONS', 'TOTAL_WEB_CONVERSIONS', 'TOTAL_INAPP_CONVERSIONS', 'TOTAL_OFFLINE_CONVERSIONS', 'TOTAL_ENGAGEMENT_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_PAGE_VISIT_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_LEAD_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_WATCH_VIDEO_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_CLICK_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_PAGE_VISIT_VALUE_IN_DOLLAR', 'TOTAL_CLICK_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_CLICK_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_CLICK_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_CLICK_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_LEAD_VALUE_IN_DOLLAR', 'TOTAL_CLICK_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_CLICK_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_WATCH_VIDEO_VALUE_IN_DOLLAR', 'TOTAL_CLICK_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'TOTAL_CLICK_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_CLICK_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_CLICK_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_CLICK_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_CLICK_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_VIEW_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_PAGE_VISIT_VALUE_IN_DOLLAR', 'TOTAL_VIEW_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_VIEW_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_VIEW_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_VIEW_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_LEAD_VALUE_IN_DOLLAR', 'TOTAL_VIEW_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_VIEW_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_WATCH_VIDEO_VALUE_IN_DOLLAR', 'TOTAL_VIEW_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'TOTAL_VIEW_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_VIEW_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_VIEW_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_VIEW_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_VIEW_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_CONVERSIONS_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CONVERSIONS_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_PAGE_VISIT_QUANTITY', 'TOTAL_ENGAGEMENT_SIGNUP_QUANTITY', 'TOTAL_ENGAGEMENT_CHECKOUT_QUANTITY', 'TOTAL_ENGAGEMENT_CUSTOM_QUANTITY', 'TOTAL_ENGAGEMENT_ADD_TO_CART_QUANTITY', 'TOTAL_ENGAGEMENT_LEAD_QUANTITY', 'TOTAL_ENGAGEMENT_SEARCH_QUANTITY', 'TOTAL_ENGAGEMENT_WATCH_VIDEO_QUANTITY', 'TOTAL_ENGAGEMENT_VIEW_CATEGORY_QUANTITY', 'TOTAL_ENGAGEMENT_APP_INSTALL_QUANTITY', 'TOTAL_ENGAGEMENT_UNKNOWN_QUANTITY', 'TOTAL_ENGAGEMENT_ADD_PAYMENT_INFO_QUANTITY', 'TOTAL_ENGAGEMENT_ADD_TO_WISHLIST_QUANTITY', 'TOTAL_ENGAGEMENT_INITIATE_CHECKOUT_QUANTITY', 'TOTAL_ENGAGEMENT_SUBSCRIBE_QUANTITY', 'TOTAL_ENGAGEMENT_VIEW_CONTENT_QUANTITY', 'TOTAL_CLICK_PAGE_VISIT_QUANTITY', 'TOTAL_CLICK_SIGNUP_QUANTITY', 'TOTAL_CLICK_CHECKOUT_QUANTITY', 'TOTAL_CLICK_CUSTOM_QUANTITY', 'TOTAL_CLICK_ADD_TO_CART_QUANTITY', 'TOTAL_CLICK_LEAD_QUANTITY', 'TOTAL_CLICK_SEARCH_QUANTITY', 'TOTAL_CLICK_WATCH_VIDEO_QUANTITY', 'TOTAL_CLICK_VIEW_CATEGORY_QUANTITY', 'TOTAL_CLICK_APP_INSTALL_QUANTITY', 'TOTAL_CLICK_UNKNOWN_QUANTITY', 'TOTAL_CLICK_ADD_PAYMENT_INFO_QUANTITY', 'TOTAL_CLICK_ADD_TO_WISHLIST_QUANTITY', 'TOTAL_CLICK_INITIATE_CHECKOUT_QUANTITY', 'TOTAL_CLICK_SUBSCRIBE_QUANTITY', 'TOTAL_CLICK_VIEW_CONTENT_QUANTITY', 'TOTAL_VIEW_PAGE_VISIT_QUANTITY', 'TOTAL_VIEW_SIGNUP_QUANTITY', 'TOTAL_VIEW_CHECKOUT_QUANTITY', 'TOTAL_VIEW_CUSTOM_QUANTITY', 'TOTAL_VIEW_ADD_TO_CART_QUANTITY', 'TOTAL_VIEW_LEAD_QUANTITY', 'TOTAL_VIEW_SEARCH_QUANTITY', 'TOTAL_VIEW_WATCH_VIDEO_QUANTITY', 'TOTAL_VIEW_VIEW_CATEGORY_QUANTITY', 'TOTAL_VIEW_APP_INSTALL_QUANTITY', 'TOTAL_VIEW_UNKNOWN_QUANTITY', 'TOTAL_VIEW_ADD_PAYMENT_INFO_QUANTITY', 'TOTAL_VIEW_ADD_TO_WISHLIST_QUANTITY', 'TOTAL_VIEW_INITIATE_CHECKOUT_QUANTITY', 'TOTAL_VIEW_SUBSCRIBE_QUANTITY', 'TOTAL_VIEW_VIEW_CONTENT_QUANTITY', 'TOTAL_CONVERSIONS_QUANTITY', 'COST_PER_CONVERSION_IN_DOLLAR', 'TOTAL_WEB_SESSIONS', 'WEB_SESSIONS_1', 'WEB_SESSIONS_2', 'APP_INSTALLS_CPA_BILLABLE', 'APP_INSTALLS_CLICK', 'APP_INSTALLS_CLOSEUPREPIN', 'APP_INSTALLS_VIEW', 'APP_INSTALLS', 'APP_INSTALLS_ENGAGEMENT', 'APP_INSTALLS_CLICK_1', 'APP_INSTALLS_CLICK_2', 'APP_INSTALLS_VIEW_1', 'APP_INSTALLS_VIEW_2', 'APP_INSTALLS_ENGAGEMENT_1', 'APP_INSTALLS_ENGAGEMENT_2', 'APP_INSTALLS_1', 'APP_INSTALLS_2', 'CPI_IN_MICRO_DOLLAR', 'ECPI_IN_MICRO_DOLLAR', 'CPI_IN_DOLLAR', 'ECPI_IN_DOLLAR', 'INAPP_SKAN_APP_INSTALL', 'INAPP_SKAN_ASSISTED_APP_INSTALL', 'INAPP_SKAN_APP_INSTALL_COST_PER_ACTION', 'INAPP_SKAN_APP_INSTALL_CONVERSION_RATE', 'ONSITE_CHECKOUTS_CPA_BILLABLE_1', 'ONSITE_CHECKOUTS_CPA_BILLABLE_2', 'ONSITE_CHECKOUTS_CPA_BILLABLE', 'ONSITE_CHECKOUTS_VALUE_1', 'ONSITE_CHECKOUTS_VALUE_2', 'ONSITE_CHECKOUTS_VALUE', 'ONSITE_CHECKOUTS_1', 'ONSITE_CHECKOUTS_2', 'ONSITE_CHECKOUTS', 'ONSITE_CHECKOUTS_VALUE_IN_MICRO_DOLLAR_1', 'ONSITE_CHECKOUTS_VALUE_IN_MICRO_DOLLAR_2', 'CONVERSION_RATE', 'AVERAGE_CHECKOUT_VALUE', 'RETURN_ON_ADVERTISER_SPEND', 'BUY_BUTTON_CLICKS_1', 'BUY_BUTTON_CLICKS_2', 'TOTAL_BUY_BUTTON_CLICKS', 'ORDER_DROPOFF_RATE', 'ONSITE_CHECKOUTS_VALUE_IN_MICRO_DOLLAR', 'ONSITE_CHECKOUTS_VALUE_IN_DOLLAR', 'PIN_PROMOTION_NAME', 'AD_NAME', 'LIFETIME_IMPRESSION_USER_1', 'PIN_PROMOTION_CAMPAIGN_ID', 'PIN_PROMOTION_CAMPAIGN_NAME', 'PIN_PROMOTION_CAMPAIGN_ACTION_TYPE', 'TOTAL_LIFETIME_IMPRESSION_USER', 'PIN_PROMOTION_CAMPAIGN_STATUS', 'PIN_PROMOTION_CAMPAIGN_MANAGED_STATUS', 'PIN_PROMOTION_CAMPAIGN_ENTITY_STATUS', 'PIN_PROMOTION_AD_GROUP_ID', 'PIN_PROMOTION_AD_GROUP_NAME', 'PIN_PROMOTION_AD_GROUP_STATUS', 'PIN_PROMOTION_AD_GROUP_ENTITY_STATUS', 'PIN_PROMOTION_CREATIVE_TYPE', 'PIN_PROMOTION_ENTITY_STATUS', 'PIN_PROMOTION_CREATIVE_TYPE_V2', 'PIN_PROMOTION_REVIEW_STATUS', 'AD_GROUP_CAMPAIGN_ACTION_TYPE', 'AD_GROUP_CAMPAIGN_ID', 'AD_GROUP_CAMPAIGN_NAME', 'AD_GROUP_CAMPAIGN_STATUS', 'AD_GROUP_CREATIVE_TYPE', 'AD_GROUP_CAMPAIGN_MANAGED_STATUS', 'AD_GROUP_CAMPAIGN_ENTITY_STATUS', 'AD_GROUP_START_DATE', 'CAMPAIGN_LIFETIME_SPEND_CAP', 'AD_GROUP_BID_IN_MICRO_CURRENCY', 'CAMPAIGN_AD_GROUP_START_DATE', 'CAMPAIGN_AD_GROUP_END_DATE', 'CAMPAIGN_NUMBER_OF_AD_GROUPS', 'AD_GROUP_NUMBER_OF_PIN_PROMOTIONS', 'TODAY_SPEND_IN_LOCAL_CURRENCY', 'TOTAL_LIFETIME_SPEND_IN_LOCAL_CURRENCY', 'BUDGET_UTILIZATION', 'AD_GROUP_OPTIMIZATION', 'INSERTION_ORDER', 'AD_GROUP_BONUS_BUDGET', 'FREQUENCY', 'CAMPAIGN_DAILY_SPEND_CAP', 'CAMPAIGN_CREATIVE_TYPE', 'AD_GROUP_PLACEMENT_GROUP_TYPE', 'AD_GROUP_IS_PREFETCH_ENABLED', 'CAMPAIGN_BUDGET_OPTIMIZATION', 'CAMPAIGN_START_DATE', 'IS_AUTOMATED_CAMPAIGN', 'IS_PREMIERE_CAMPAIGN', 'FLEXIBLE_DAILY_BUDGETS', 'IS_PERFORMANCE_PLUS_CAMPAIGN', 'IS_DCO_FORMAT_ENHANCMENT', 'PERCENT_CROSS_DEVICE_CONVERSIONS', 'PAGE_VISIT_PERCENT_CROSS_DEVICE_CONVERSIONS', 'SIGNUP_PERCENT_CROSS_DEVICE_CONVERSIONS', 'CHECKOUT_PERCENT_CROSS_DEVICE_CONVERSIONS', 'CUSTOM_PERCENT_CROSS_DEVICE_CONVERSIONS', 'ADD_TO_CART_PERCENT_CROSS_DEVICE_CONVERSIONS', 'LEAD_PERCENT_CROSS_DEVICE_CONVERSIONS', 'SEARCH_PERCENT_CROSS_DEVICE_CONVERSIONS', 'WATCH_VIDEO_PERCENT_CROSS_DEVICE_CONVERSIONS', 'VIEW_CATEGORY_PERCENT_CROSS_DEVICE_CONVERSIONS', 'APP_INSTALL_PERCENT_CROSS_DEVICE_CONVERSIONS', 'UNKNOWN_PERCENT_CROSS_DEVICE_CONVERSIONS', 'TOTAL_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_PAGE_VISIT_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_PAGE_VISIT_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_PAGE_VISIT_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_PAGE_VISIT_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_PAGE_VISIT_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_PAGE_VISIT_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_PAGE_VISIT_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_PAGE_VISIT_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_PAGE_VISIT_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_SIGNUP_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_SIGNUP_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_SIGNUP_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_SIGNUP_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_SIGNUP_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_SIGNUP_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_SIGNUP_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_SIGNUP_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_SIGNUP_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_CHECKOUT_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_CHECKOUT_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_CHECKOUT_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_CHECKOUT_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_CHECKOUT_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_CHECKOUT_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_CHECKOUT_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_CHECKOUT_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_CHECKOUT_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_CUSTOM_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_CUSTOM_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_CUSTOM_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_CUSTOM_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_CUSTOM_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_CUSTOM_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_CUSTOM_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_CUSTOM_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_CUSTOM_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_ADD_TO_CART_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_ADD_TO_CART_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_ADD_TO_CART_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_ADD_TO_CART_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_ADD_TO_CART_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_ADD_TO_CART_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_ADD_TO_CART_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_ADD_TO_CART_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_ADD_TO_CART_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_LEAD_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_LEAD_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_LEAD_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_LEAD_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_LEAD_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_LEAD_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_LEAD_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_LEAD_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_LEAD_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_SEARCH_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_SEARCH_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_SEARCH_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_SEARCH_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_SEARCH_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_SEARCH_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_SEARCH_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_SEARCH_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_SEARCH_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_WATCH_VIDEO_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_WATCH_VIDEO_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_WATCH_VIDEO_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_WATCH_VIDEO_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_WATCH_VIDEO_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_WATCH_VIDEO_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_WATCH_VIDEO_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_WATCH_VIDEO_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_WATCH_VIDEO_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_VIEW_CATEGORY_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_VIEW_CATEGORY_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_VIEW_CATEGORY_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_VIEW_CATEGORY_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_VIEW_CATEGORY_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_VIEW_CATEGORY_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_VIEW_CATEGORY_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_VIEW_CATEGORY_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_VIEW_CATEGORY_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_APP_INSTALL_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_APP_INSTALL_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_APP_INSTALL_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_APP_INSTALL_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_APP_INSTALL_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_APP_INSTALL_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_APP_INSTALL_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_APP_INSTALL_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_APP_INSTALL_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_UNKNOWN_DESKTOP_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_UNKNOWN_DESKTOP_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_UNKNOWN_DESKTOP_ACTION_TO_TABLET_CONVERSION', 'TOTAL_UNKNOWN_MOBILE_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_UNKNOWN_MOBILE_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_UNKNOWN_MOBILE_ACTION_TO_TABLET_CONVERSION', 'TOTAL_UNKNOWN_TABLET_ACTION_TO_DESKTOP_CONVERSION', 'TOTAL_UNKNOWN_TABLET_ACTION_TO_MOBILE_CONVERSION', 'TOTAL_UNKNOWN_TABLET_ACTION_TO_TABLET_CONVERSION', 'TOTAL_PAGE_VISIT', 'TOTAL_SIGNUP', 'TOTAL_CHECKOUT', 'TOTAL_CUSTOM', 'TOTAL_ADD_TO_CART', 'TOTAL_LEAD', 'TOTAL_SEARCH', 'TOTAL_WATCH_VIDEO', 'TOTAL_VIEW_CATEGORY', 'TOTAL_APP_INSTALL', 'TOTAL_UNKNOWN', 'TOTAL_ADD_PAYMENT_INFO', 'TOTAL_ADD_TO_WISHLIST', 'TOTAL_INITIATE_CHECKOUT', 'TOTAL_SUBSCRIBE', 'TOTAL_VIEW_CONTENT', 'TOTAL_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_LEAD_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_SEARCH_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_PAGE_VISIT_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_SIGNUP_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_CHECKOUT_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_CUSTOM_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_ADD_TO_CART_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_LEAD_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_SEARCH_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_WATCH_VIDEO_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_VIEW_CATEGORY_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_UNKNOWN_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_ADD_PAYMENT_INFO_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_ADD_TO_WISHLIST_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_INITIATE_CHECKOUT_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_SUBSCRIBE_VALUE_IN_MICRO_US_DOLLAR', 'AVERAGE_VIEW_CONTENT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_PAGE_VISIT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_SIGNUP_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_CHECKOUT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_CUSTOM_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_ADD_TO_CART_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_LEAD_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_SEARCH_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_WATCH_VIDEO_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_VIEW_CATEGORY_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_UNKNOWN_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_ADD_PAYMENT_INFO_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_ADD_TO_WISHLIST_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_INITIATE_CHECKOUT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_SUBSCRIBE_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_VIEW_CONTENT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_PAGE_VISIT_QUANTITY', 'TOTAL_SIGNUP_QUANTITY', 'TOTAL_CHECKOUT_QUANTITY', 'TOTAL_CUSTOM_QUANTITY', 'TOTAL_ADD_TO_CART_QUANTITY', 'TOTAL_LEAD_QUANTITY', 'TOTAL_SEARCH_QUANTITY', 'TOTAL_WATCH_VIDEO_QUANTITY', 'TOTAL_VIEW_CATEGORY_QUANTITY', 'TOTAL_APP_INSTALL_QUANTITY', 'TOTAL_UNKNOWN_QUANTITY', 'TOTAL_ADD_PAYMENT_INFO_QUANTITY', 'TOTAL_ADD_TO_WISHLIST_QUANTITY', 'TOTAL_INITIATE_CHECKOUT_QUANTITY', 'TOTAL_SUBSCRIBE_QUANTITY', 'TOTAL_VIEW_CONTENT_QUANTITY', 'TOTAL_PAGE_VISIT_VALUE_IN_DOLLAR', 'TOTAL_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_LEAD_VALUE_IN_DOLLAR', 'TOTAL_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_WATCH_VIDEO_VALUE_IN_DOLLAR', 'TOTAL_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'TOTAL_APP_INSTALL_VALUE_IN_DOLLAR', 'TOTAL_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_VIEW_CONTENT_VALUE_IN_DOLLAR', 'PAGE_VISIT_COST_PER_ACTION', 'SIGNUP_COST_PER_ACTION', 'CHECKOUT_COST_PER_ACTION', 'CUSTOM_COST_PER_ACTION', 'ADD_TO_CART_COST_PER_ACTION', 'LEAD_COST_PER_ACTION', 'SEARCH_COST_PER_ACTION', 'WATCH_VIDEO_COST_PER_ACTION', 'VIEW_CATEGORY_COST_PER_ACTION', 'APP_INSTALL_COST_PER_ACTION', 'UNKNOWN_COST_PER_ACTION', 'AD_GROUP_CPA_IN_MICRO_CURRENCY', 'ADD_PAYMENT_INFO_COST_PER_ACTION', 'ADD_TO_WISHLIST_COST_PER_ACTION', 'INITIATE_CHECKOUT_COST_PER_ACTION', 'SUBSCRIBE_COST_PER_ACTION', 'VIEW_CONTENT_COST_PER_ACTION', 'PAGE_VISIT_COST_PER_ACTION_IN_US_DOLLAR', 'SIGNUP_COST_PER_ACTION_IN_US_DOLLAR', 'CHECKOUT_COST_PER_ACTION_IN_US_DOLLAR', 'CUSTOM_COST_PER_ACTION_IN_US_DOLLAR', 'ADD_TO_CART_COST_PER_ACTION_IN_US_DOLLAR', 'LEAD_COST_PER_ACTION_IN_US_DOLLAR', 'SEARCH_COST_PER_ACTION_IN_US_DOLLAR', 'WATCH_VIDEO_COST_PER_ACTION_IN_US_DOLLAR', 'VIEW_CATEGORY_COST_PER_ACTION_IN_US_DOLLAR', 'UNKNOWN_COST_PER_ACTION_IN_US_DOLLAR', 'ADD_PAYMENT_INFO_COST_PER_ACTION_IN_US_DOLLAR', 'ADD_TO_WISHLIST_COST_PER_ACTION_IN_US_DOLLAR', 'INITIATE_CHECKOUT_COST_PER_ACTION_IN_US_DOLLAR', 'SUBSCRIBE_COST_PER_ACTION_IN_US_DOLLAR', 'VIEW_CONTENT_COST_PER_ACTION_IN_US_DOLLAR', 'PAGE_VISIT_ROAS', 'SIGNUP_ROAS', 'CHECKOUT_ROAS', 'CUSTOM_ROAS', 'ADD_TO_CART_ROAS', 'LEAD_ROAS', 'SEARCH_ROAS', 'WATCH_VIDEO_ROAS', 'VIEW_CATEGORY_ROAS', 'APP_INSTALL_ROAS', 'UNKNOWN_ROAS', 'ROAS', 'CLICK_ROAS', 'ENGAGEMENT_ROAS', 'VIEW_ROAS', 'ADD_PAYMENT_INFO_ROAS', 'ADD_TO_WISHLIST_ROAS', 'INITIATE_CHECKOUT_ROAS', 'SUBSCRIBE_ROAS', 'VIEW_CONTENT_ROAS', 'HOUR', 'BOARD_ENGAGEMENT', 'BOARD_INSERTION', 'BOARD_IMPRESSION', 'BOARD_FOLLOW', 'BOARD_SEND', 'BOARD_HIDE', 'PRODUCT_GROUP_CAMPAIGN_ID', 'PRODUCT_GROUP_CAMPAIGN_NAME', 'PRODUCT_GROUP_CAMPAIGN_ACTION_TYPE', 'PRODUCT_GROUP_CAMPAIGN_STATUS', 'PRODUCT_GROUP_CAMPAIGN_MANAGED_STATUS', 'PRODUCT_GROUP_AD_GROUP_ID', 'PRODUCT_GROUP_AD_GROUP_NAME', 'PRODUCT_GROUP_AD_GROUP_STATUS', 'PRODUCT_GROUP_AD_IMAGE_TAG', 'PRODUCT_GROUP_AD_VIDEO_TAG', 'PROMOTED_CATALOG_PRODUCT_GROUP_REFERENCE_ID', 'PROMOTED_CATALOG_PRODUCT_GROUP_REFERENCE_NAME', 'PROMOTED_CATALOG_PRODUCT_GROUP_ID', 'PROMOTED_CATALOG_PRODUCT_GROUP_BID_IN_MICRO_CURRENCY', 'PROMOTED_CATALOG_PRODUCT_GROUP_STATUS', 'PROMOTED_CATALOG_PRODUCT_GROUP_ENTITY_STATUS', 'PROMOTED_CATALOG_PRODUCT_GROUP_CAMPAIGN_ID', 'PROMOTED_CATALOG_PRODUCT_GROUP_CAMPAIGN_NAME', 'PROMOTED_CATALOG_PRODUCT_GROUP_CAMPAIGN_ACTION_TYPE', 'PROMOTED_CATALOG_PRODUCT_GROUP_CAMPAIGN_STATUS', 'PROMOTED_CATALOG_PRODUCT_GROUP_CAMPAIGN_MANAGED_STATUS', 'PROMOTED_CATALOG_PRODUCT_GROUP_AD_GROUP_ID', 'PROMOTED_CATALOG_PRODUCT_GROUP_AD_GROUP_NAME', 'PROMOTED_CATALOG_PRODUCT_GROUP_AD_GROUP_STATUS', 'PROMOTED_CATALOG_PRODUCT_GROUP_TRACKING_TEMPLATE_URL', 'PROMOTED_CATALOG_PRODUCT_GROUP_SELECTED_IMAGE_TAG', 'VIDEO_3SEC_VIEWS_1', 'VIDEO_15SEC_UNIQUE_VIEWS_1', 'VIDEO_P0_COMPLETE_1', 'VIDEO_P25_COMPLETE_1', 'VIDEO_P50_COMPLETE_1', 'VIDEO_P75_COMPLETE_1', 'VIDEO_P95_COMPLETE_1', 'VIDEO_P97_COMPLETE_1', 'VIDEO_P100_COMPLETE_1', 'VIDEO_P0_COMBINED_1', 'VIDEO_P25_COMBINED_1', 'VIDEO_P50_COMBINED_1', 'VIDEO_P75_COMBINED_1', 'VIDEO_P95_COMBINED_1', 'VIDEO_P97_COMBINED_1', 'VIDEO_P100_COMBINED_1', 'VIDEO_STARTS_PAID', 'VIDEO_STARTS_EARNED', 'TOTAL_VIDEO_STARTS', 'VIDEO_AVG_WATCHTIME_1', 'VIDEO_MRC_VIEWS_1', 'VIDEO_VIEW_RATE_1', 'VIDEO_3SEC_VIEWS_2', 'VIDEO_15SEC_UNIQUE_VIEWS_2', 'VIDEO_P0_COMPLETE_2', 'VIDEO_P25_COMPLETE_2', 'VIDEO_P50_COMPLETE_2', 'VIDEO_P75_COMPLETE_2', 'VIDEO_P95_COMPLETE_2', 'VIDEO_P97_COMPLETE_2', 'VIDEO_P100_COMPLETE_2', 'VIDEO_P0_COMBINED_2', 'VIDEO_P25_COMBINED_2', 'VIDEO_P50_COMBINED_2', 'VIDEO_P75_COMBINED_2', 'VIDEO_P95_COMBINED_2', 'VIDEO_P97_COMBINED_2', 'VIDEO_P100_COMBINED_2', 'VIDEO_AVG_WATCHTIME_2', 'VIDEO_MRC_VIEWS_2', 'VIDEO_VIEW_RATE_2', 'PAID_VIDEO_VIEW', 'PAID_VIDEO_IMPRESSION', 'PAID_VIDEO_VIEWABLE_RATE', 'VIDEO_LENGTH', 'VIDEO_SPEND_IN_MICRO_DOLLAR', 'VIDEO_SPEND_IN_DOLLAR', 'CPV_IN_MICRO_DOLLAR', 'CPV_IN_DOLLAR', 'CP3SV_IN_MICRO_DOLLAR', 'CP3SV_IN_DOLLAR', 'ECPV_IN_MICRO_DOLLAR', 'ECPV_IN_DOLLAR', 'ECP3SV_IN_MICRO_DOLLAR', 'ECP3SV_IN_DOLLAR', 'CPCV_IN_DOLLAR', 'CPCV_IN_MICRO_DOLLAR', 'ECPCV_IN_DOLLAR', 'ECPCV_IN_MICRO_DOLLAR', 'CPCV_P95_IN_DOLLAR', 'CPCV_P95_IN_MICRO_DOLLAR', 'ECPCV_P95_IN_DOLLAR', 'ECPCV_P95_IN_MICRO_DOLLAR', 'TOTAL_VIDEO_3SEC_VIEWS', 'TOTAL_VIDEO_15SEC_UNIQUE_VIEWS', 'TOTAL_VIDEO_P0_COMPLETE', 'TOTAL_VIDEO_P25_COMPLETE', 'TOTAL_VIDEO_P50_COMPLETE', 'TOTAL_VIDEO_P75_COMPLETE', 'TOTAL_VIDEO_P95_COMPLETE', 'TOTAL_VIDEO_P97_COMPLETE', 'TOTAL_VIDEO_P100_COMPLETE', 'TOTAL_VIDEO_P0_COMBINED', 'TOTAL_VIDEO_P25_COMBINED', 'TOTAL_VIDEO_P50_COMBINED', 'TOTAL_VIDEO_P75_COMBINED', 'TOTAL_VIDEO_P95_COMBINED', 'TOTAL_VIDEO_P97_COMBINED', 'TOTAL_VIDEO_P100_COMBINED', 'TOTAL_VIDEO_AVG_WATCHTIME', 'TOTAL_VIDEO_MRC_VIEWS', 'TOTAL_VIDEO_VIEW_RATE', 'VIDEO_V50_WATCHTIME_1', 'VIDEO_V50_WATCHTIME_2', 'TOTAL_VIDEO_V50_WATCHTIME', 'VIDEO_SUM_V50_WATCHTIME_IN_MILLISECOND_1', 'VIDEO_SUM_V50_WATCHTIME_IN_MILLISECOND_2', 'TOTAL_VIDEO_SUM_V50_WATCHTIME_IN_MILLISECOND', 'VIDEO_SUM_V50_WATCHTIME_IN_SECOND_1', 'VIDEO_SUM_V50_WATCHTIME_IN_SECOND_2', 'TOTAL_VIDEO_SUM_V50_WATCHTIME_IN_SECOND', 'VIDEO_AVG_WATCHTIME_IN_MILLISECOND_1', 'VIDEO_AVG_WATCHTIME_IN_MILLISECOND_2', 'TOTAL_VIDEO_AVG_WATCHTIME_IN_MILLISECOND', 'VIDEO_AVG_WATCHTIME_IN_SECOND_1', 'VIDEO_AVG_WATCHTIME_IN_SECOND_2', 'TOTAL_VIDEO_AVG_WATCHTIME_IN_SECOND', 'VIDEO_AVG_WATCHTIME_IN_SECOND_VIDEO_STARTS_PAID', 'VIDEO_AVG_WATCHTIME_IN_SECOND_VIDEO_STARTS_EARNED', 'TOTAL_VIDEO_AVG_WATCHTIME_IN_SECOND_VIDEO_STARTS', 'DELIVERY_STATUS_NO_FANOUT', 'DELIVERY_STATUS_WITH_FANOUT', 'KEYWORD_COMPETITION_BAND', 'KEYWORD_QUERY_VOLUME', 'KEYWORD_VALUE', 'KEYWORD_MATCH_TYPE', 'KEYWORD_BID_IN_MICRO_CURRENCY', 'KEYWORD_USER_QUERY', 'KEYWORD_SQR_KEYWORD_VALUE', 'KEYWORD_AD_GROUP_ID', 'KEYWORD_AD_GROUP_NAME', 'KEYWORD_CAMPAIGN_ID', 'KEYWORD_CAMPAIGN_NAME', 'KEYWORD_SEARCH_TERM_AD_GROUP_ID', 'KEYWORD_SEARCH_TERM_AD_GROUP_NAME', 'KEYWORD_SEARCH_TERM_CAMPAIGN_ID', 'KEYWORD_SEARCH_TERM_CAMPAIGN_NAME', 'NEGATIVE_KEYWORD_AD_GROUP_ID', 'NEGATIVE_KEYWORD_AD_GROUP_NAME', 'NEGATIVE_KEYWORD_CAMPAIGN_ID', 'NEGATIVE_KEYWORD_CAMPAIGN_NAME', 'ONE_TAP_V2_WEBSITE_VIEW_1', 'ONE_TAP_V2_WEBSITE_VIEW_2', 'TOTAL_ONE_TAP_V2_WEBSITE_VIEW', 'ONE_TAP_V2_WEBSITE_VIEW_USER_1', 'ONE_TAP_V2_WEBSITE_VIEW_USER_2', 'TOTAL_LANDING_PAGE_VIEWS', 'LANDING_PAGE_VIEWS_1', 'LANDING_PAGE_VIEWS_2', 'COST_PER_LANDING_PAGE_VIEW', 'LANDING_PAGE_VIEW_RATE', 'TOTAL_DESTINATION_VIEWS', 'DESTINATION_VIEWS_1', 'DESTINATION_VIEWS_2', 'COST_PER_DESTINATION_VIEW_IN_DOLLAR', 'COST_PER_DESTINATION_VIEW_IN_MICRO_DOLLAR', 'DESTINATION_VIEW_RATE', 'CAROUSEL_SLOT_INDEX', 'CAROUSEL_ID', 'CAROUSEL_SLOT_PROMOTION_ID', 'CAROUSEL_SLOT_IMPRESSION_1', 'CAROUSEL_SLOT_IMPRESSION_2', 'TOTAL_CAROUSEL_SLOT_IMPRESSION', 'CAROUSEL_SLOT_IMPRESSION_USER_1', 'CAROUSEL_SLOT_IMPRESSION_USER_2', 'CAROUSEL_SLOT_CLICKTHROUGH_1', 'CAROUSEL_SLOT_CLICKTHROUGH_2', 'TOTAL_CAROUSEL_SLOT_CLICKTHROUGH', 'CAROUSEL_SLOT_CLICKTHROUGH_USER_1', 'CAROUSEL_SLOT_CLICKTHROUGH_USER_2', 'CAROUSEL_SLOT_SIDESWIPE_1', 'CAROUSEL_SLOT_SIDESWIPE_2', 'TOTAL_CAROUSEL_SLOT_SIDESWIPE', 'CAROUSEL_SLOT_SIDESWIPE_USER_1', 'CAROUSEL_SLOT_SIDESWIPE_USER_2', 'CAROUSEL_SLOT_VIEW_WEBSITE_1', 'CAROUSEL_SLOT_VIEW_WEBSITE_2', 'TOTAL_CAROUSEL_SLOT_VIEW_WEBSITE', 'CAROUSEL_SLOT_VIEW_WEBSITE_USER_1', 'CAROUSEL_SLOT_VIEW_WEBSITE_USER_2', 'COLLECTION_PIN_ITEM_IMPRESSION_1', 'COLLECTION_PIN_ITEM_IMPRESSION_2', 'TOTAL_COLLECTION_PIN_ITEM_IMPRESSION', 'COLLECTION_PIN_ITEM_CLICKTHROUGH_1', 'COLLECTION_PIN_ITEM_CLICKTHROUGH_2', 'TOTAL_COLLECTION_PIN_ITEM_CLICKTHROUGH', 'HOLDOUT_EXPERIMENT', 'AD_GROUP_HOLDOUT_EXPERIMENT', 'PIN_PROMOTION_HOLDOUT_EXPERIMENT', 'PRODUCT_GROUP_HOLDOUT_EXPERIMENT', 'MULTI_OBJECTIVE_RESULT', 'MULTI_OBJECTIVE_COST', 'MULTI_OBJECTIVE_RESULT_DESCRIPTION', 'MULTI_OBJECTIVE_COST_DESCRIPTION', 'DATE_RANGE', 'DATE_RANGE_START', 'DATE_RANGE_END', 'REPORT_DATE_START', 'REPORT_DATE_END', 'PINNER_LIST_NAME', 'PINNER_LIST_TYPE', 'ORDER_VALUE', 'ORDER_QUANTITY', 'ADVERTISER_NAME', 'ADVERTISER_CURRENCY', 'TOTAL_REPIN_RATE', 'SPEND_YESTERDAY_IN_DOLLAR', 'PIN_PROMOTION_REJECTION_LABELS', 'PIN_PROMOTION_DESTINATION_URL', 'VIDEO_COMPLETION_RATE', 'CAMPAIGN_BOOKING_REFERENCE', 'WEB_CHECKOUT_COST_PER_ACTION', 'WEB_CHECKOUT_ROAS', 'TOTAL_WEB_CHECKOUT', 'TOTAL_WEB_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_CHECKOUT', 'TOTAL_WEB_CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CHECKOUT', 'TOTAL_WEB_ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_CHECKOUT', 'TOTAL_WEB_VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_CHECKOUT_VALUE_IN_DOLLAR', 'INAPP_CHECKOUT_COST_PER_ACTION', 'INAPP_CHECKOUT_ROAS', 'TOTAL_INAPP_CHECKOUT', 'TOTAL_INAPP_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_CHECKOUT', 'TOTAL_INAPP_CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_CHECKOUT', 'TOTAL_INAPP_ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_CHECKOUT', 'TOTAL_INAPP_VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_CHECKOUT_VALUE_IN_DOLLAR', 'OFFLINE_CHECKOUT_COST_PER_ACTION', 'OFFLINE_CHECKOUT_ROAS', 'TOTAL_OFFLINE_CHECKOUT', 'TOTAL_OFFLINE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_CHECKOUT', 'TOTAL_OFFLINE_CLICK_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CHECKOUT', 'TOTAL_OFFLINE_ENGAGEMENT_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_CHECKOUT', 'TOTAL_OFFLINE_VIEW_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_CHECKOUT_VALUE_IN_DOLLAR', 'PINTEREST_CHECKOUT_COST_PER_ACTION', 'PINTEREST_CHECKOUT_ROAS', 'TOTAL_PINTEREST_CHECKOUT', 'TOTAL_PINTEREST_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_PINTEREST_CHECKOUT_VALUE_IN_DOLLAR', 'WEB_ADD_TO_CART_COST_PER_ACTION', 'WEB_ADD_TO_CART_ROAS', 'TOTAL_WEB_ADD_TO_CART', 'TOTAL_WEB_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_ADD_TO_CART', 'TOTAL_WEB_CLICK_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_ADD_TO_CART', 'TOTAL_WEB_ENGAGEMENT_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_ADD_TO_CART', 'TOTAL_WEB_VIEW_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_ADD_TO_CART_VALUE_IN_DOLLAR', 'INAPP_ADD_TO_CART_COST_PER_ACTION', 'INAPP_ADD_TO_CART_ROAS', 'TOTAL_INAPP_ADD_TO_CART', 'TOTAL_INAPP_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_ADD_TO_CART', 'TOTAL_INAPP_CLICK_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_ADD_TO_CART', 'TOTAL_INAPP_ENGAGEMENT_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_ADD_TO_CART_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_ADD_TO_CART', 'TOTAL_INAPP_VIEW_ADD_TO_CART_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_ADD_TO_CART_VALUE_IN_DOLLAR', 'WEB_PAGE_VISIT_COST_PER_ACTION', 'WEB_PAGE_VISIT_ROAS', 'TOTAL_WEB_PAGE_VISIT', 'TOTAL_WEB_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_PAGE_VISIT_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_PAGE_VISIT', 'TOTAL_WEB_CLICK_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_PAGE_VISIT_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_PAGE_VISIT', 'TOTAL_WEB_ENGAGEMENT_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_PAGE_VISIT_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_PAGE_VISIT', 'TOTAL_WEB_VIEW_PAGE_VISIT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_PAGE_VISIT_VALUE_IN_DOLLAR', 'WEB_SIGNUP_COST_PER_ACTION', 'WEB_SIGNUP_ROAS', 'TOTAL_WEB_SIGNUP', 'TOTAL_WEB_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_SIGNUP', 'TOTAL_WEB_CLICK_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SIGNUP', 'TOTAL_WEB_ENGAGEMENT_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_SIGNUP', 'TOTAL_WEB_VIEW_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_SIGNUP_VALUE_IN_DOLLAR', 'INAPP_SIGNUP_COST_PER_ACTION', 'INAPP_SIGNUP_ROAS', 'TOTAL_INAPP_SIGNUP', 'TOTAL_INAPP_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_SIGNUP', 'TOTAL_INAPP_CLICK_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SIGNUP', 'TOTAL_INAPP_ENGAGEMENT_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_SIGNUP', 'TOTAL_INAPP_VIEW_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_SIGNUP_VALUE_IN_DOLLAR', 'OFFLINE_SIGNUP_COST_PER_ACTION', 'OFFLINE_SIGNUP_ROAS', 'TOTAL_OFFLINE_SIGNUP', 'TOTAL_OFFLINE_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_SIGNUP', 'TOTAL_OFFLINE_CLICK_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SIGNUP', 'TOTAL_OFFLINE_ENGAGEMENT_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SIGNUP_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_SIGNUP', 'TOTAL_OFFLINE_VIEW_SIGNUP_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_SIGNUP_VALUE_IN_DOLLAR', 'WEB_WATCH_VIDEO_COST_PER_ACTION', 'WEB_WATCH_VIDEO_ROAS', 'TOTAL_WEB_WATCH_VIDEO', 'TOTAL_WEB_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_WATCH_VIDEO_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_WATCH_VIDEO', 'TOTAL_WEB_CLICK_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_WATCH_VIDEO_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_WATCH_VIDEO', 'TOTAL_WEB_ENGAGEMENT_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_WATCH_VIDEO_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_WATCH_VIDEO', 'TOTAL_WEB_VIEW_WATCH_VIDEO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_WATCH_VIDEO_VALUE_IN_DOLLAR', 'WEB_LEAD_COST_PER_ACTION', 'WEB_LEAD_ROAS', 'TOTAL_WEB_LEAD', 'TOTAL_WEB_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_LEAD_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_LEAD', 'TOTAL_WEB_CLICK_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_LEAD_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_LEAD', 'TOTAL_WEB_ENGAGEMENT_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_LEAD_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_LEAD', 'TOTAL_WEB_VIEW_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_LEAD_VALUE_IN_DOLLAR', 'OFFLINE_LEAD_COST_PER_ACTION', 'OFFLINE_LEAD_ROAS', 'TOTAL_OFFLINE_LEAD', 'TOTAL_OFFLINE_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_LEAD_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_LEAD', 'TOTAL_OFFLINE_CLICK_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_LEAD_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_LEAD', 'TOTAL_OFFLINE_ENGAGEMENT_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_LEAD_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_LEAD', 'TOTAL_OFFLINE_VIEW_LEAD_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_LEAD_VALUE_IN_DOLLAR', 'WEB_SEARCH_COST_PER_ACTION', 'WEB_SEARCH_ROAS', 'TOTAL_WEB_SEARCH', 'TOTAL_WEB_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_SEARCH', 'TOTAL_WEB_CLICK_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SEARCH', 'TOTAL_WEB_ENGAGEMENT_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_SEARCH', 'TOTAL_WEB_VIEW_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_SEARCH_VALUE_IN_DOLLAR', 'INAPP_SEARCH_COST_PER_ACTION', 'INAPP_SEARCH_ROAS', 'TOTAL_INAPP_SEARCH', 'TOTAL_INAPP_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_SEARCH', 'TOTAL_INAPP_CLICK_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SEARCH', 'TOTAL_INAPP_ENGAGEMENT_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SEARCH_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_SEARCH', 'TOTAL_INAPP_VIEW_SEARCH_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_SEARCH_VALUE_IN_DOLLAR', 'WEB_VIEW_CATEGORY_COST_PER_ACTION', 'WEB_VIEW_CATEGORY_ROAS', 'TOTAL_WEB_VIEW_CATEGORY', 'TOTAL_WEB_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_VIEW_CATEGORY', 'TOTAL_WEB_CLICK_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_VIEW_CATEGORY', 'TOTAL_WEB_ENGAGEMENT_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_VIEW_CATEGORY', 'TOTAL_WEB_VIEW_VIEW_CATEGORY_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_VIEW_CATEGORY_VALUE_IN_DOLLAR', 'WEB_CUSTOM_COST_PER_ACTION', 'WEB_CUSTOM_ROAS', 'TOTAL_WEB_CUSTOM', 'TOTAL_WEB_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_CUSTOM', 'TOTAL_WEB_CLICK_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CUSTOM', 'TOTAL_WEB_ENGAGEMENT_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_CUSTOM', 'TOTAL_WEB_VIEW_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_CUSTOM_VALUE_IN_DOLLAR', 'OFFLINE_CUSTOM_COST_PER_ACTION', 'OFFLINE_CUSTOM_ROAS', 'TOTAL_OFFLINE_CUSTOM', 'TOTAL_OFFLINE_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_CUSTOM', 'TOTAL_OFFLINE_CLICK_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CUSTOM', 'TOTAL_OFFLINE_ENGAGEMENT_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CUSTOM_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_CUSTOM', 'TOTAL_OFFLINE_VIEW_CUSTOM_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_CUSTOM_VALUE_IN_DOLLAR', 'WEB_UNKNOWN_COST_PER_ACTION', 'WEB_UNKNOWN_ROAS', 'TOTAL_WEB_UNKNOWN', 'TOTAL_WEB_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_UNKNOWN', 'TOTAL_WEB_CLICK_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_UNKNOWN', 'TOTAL_WEB_ENGAGEMENT_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_UNKNOWN', 'TOTAL_WEB_VIEW_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_UNKNOWN_VALUE_IN_DOLLAR', 'INAPP_UNKNOWN_COST_PER_ACTION', 'INAPP_UNKNOWN_ROAS', 'TOTAL_INAPP_UNKNOWN', 'TOTAL_INAPP_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_UNKNOWN', 'TOTAL_INAPP_CLICK_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_UNKNOWN', 'TOTAL_INAPP_ENGAGEMENT_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_UNKNOWN', 'TOTAL_INAPP_VIEW_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_UNKNOWN_VALUE_IN_DOLLAR', 'OFFLINE_UNKNOWN_COST_PER_ACTION', 'OFFLINE_UNKNOWN_ROAS', 'TOTAL_OFFLINE_UNKNOWN', 'TOTAL_OFFLINE_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_UNKNOWN', 'TOTAL_OFFLINE_CLICK_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_UNKNOWN', 'TOTAL_OFFLINE_ENGAGEMENT_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_UNKNOWN_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_UNKNOWN', 'TOTAL_OFFLINE_VIEW_UNKNOWN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_UNKNOWN_VALUE_IN_DOLLAR', 'INAPP_APP_INSTALL_COST_PER_ACTION', 'INAPP_APP_INSTALL_ROAS', 'TOTAL_INAPP_APP_INSTALL', 'TOTAL_INAPP_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_APP_INSTALL_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_APP_INSTALL', 'TOTAL_INAPP_CLICK_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_APP_INSTALL_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_APP_INSTALL', 'TOTAL_INAPP_ENGAGEMENT_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_APP_INSTALL_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_APP_INSTALL', 'TOTAL_INAPP_VIEW_APP_INSTALL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_APP_INSTALL_VALUE_IN_DOLLAR', 'TOTAL_APP_INSTALL_CONVERSION_RATE', 'TOTAL_INAPP_APP_INSTALL_CONVERSION_RATE', 'WEB_ADD_PAYMENT_INFO_COST_PER_ACTION', 'WEB_ADD_PAYMENT_INFO_ROAS', 'TOTAL_WEB_ADD_PAYMENT_INFO', 'TOTAL_WEB_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_ADD_PAYMENT_INFO', 'TOTAL_WEB_CLICK_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_ADD_PAYMENT_INFO', 'TOTAL_WEB_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_ADD_PAYMENT_INFO', 'TOTAL_WEB_VIEW_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'INAPP_ADD_PAYMENT_INFO_COST_PER_ACTION', 'INAPP_ADD_PAYMENT_INFO_ROAS', 'TOTAL_INAPP_ADD_PAYMENT_INFO', 'TOTAL_INAPP_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_ADD_PAYMENT_INFO', 'TOTAL_INAPP_CLICK_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_ADD_PAYMENT_INFO', 'TOTAL_INAPP_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_ADD_PAYMENT_INFO', 'TOTAL_INAPP_VIEW_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'OFFLINE_ADD_PAYMENT_INFO_COST_PER_ACTION', 'OFFLINE_ADD_PAYMENT_INFO_ROAS', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_ADD_PAYMENT_INFO', 'TOTAL_OFFLINE_CLICK_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_ADD_PAYMENT_INFO', 'TOTAL_OFFLINE_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_ADD_PAYMENT_INFO', 'TOTAL_OFFLINE_VIEW_ADD_PAYMENT_INFO_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_ADD_PAYMENT_INFO_VALUE_IN_DOLLAR', 'WEB_ADD_TO_WISHLIST_COST_PER_ACTION', 'WEB_ADD_TO_WISHLIST_ROAS', 'TOTAL_WEB_ADD_TO_WISHLIST', 'TOTAL_WEB_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_ADD_TO_WISHLIST', 'TOTAL_WEB_CLICK_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_ADD_TO_WISHLIST', 'TOTAL_WEB_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_ADD_TO_WISHLIST', 'TOTAL_WEB_VIEW_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'INAPP_ADD_TO_WISHLIST_COST_PER_ACTION', 'INAPP_ADD_TO_WISHLIST_ROAS', 'TOTAL_INAPP_ADD_TO_WISHLIST', 'TOTAL_INAPP_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_ADD_TO_WISHLIST', 'TOTAL_INAPP_CLICK_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_ADD_TO_WISHLIST', 'TOTAL_INAPP_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_ADD_TO_WISHLIST', 'TOTAL_INAPP_VIEW_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'OFFLINE_ADD_TO_WISHLIST_COST_PER_ACTION', 'OFFLINE_ADD_TO_WISHLIST_ROAS', 'TOTAL_OFFLINE_ADD_TO_WISHLIST', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_ADD_TO_WISHLIST', 'TOTAL_OFFLINE_CLICK_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_ADD_TO_WISHLIST', 'TOTAL_OFFLINE_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_ADD_TO_WISHLIST', 'TOTAL_OFFLINE_VIEW_ADD_TO_WISHLIST_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_ADD_TO_WISHLIST_VALUE_IN_DOLLAR', 'WEB_INITIATE_CHECKOUT_COST_PER_ACTION', 'WEB_INITIATE_CHECKOUT_ROAS', 'TOTAL_WEB_INITIATE_CHECKOUT', 'TOTAL_WEB_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_INITIATE_CHECKOUT', 'TOTAL_WEB_CLICK_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_INITIATE_CHECKOUT', 'TOTAL_WEB_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_INITIATE_CHECKOUT', 'TOTAL_WEB_VIEW_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'INAPP_INITIATE_CHECKOUT_COST_PER_ACTION', 'INAPP_INITIATE_CHECKOUT_ROAS', 'TOTAL_INAPP_INITIATE_CHECKOUT', 'TOTAL_INAPP_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_INITIATE_CHECKOUT', 'TOTAL_INAPP_CLICK_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_INITIATE_CHECKOUT', 'TOTAL_INAPP_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_INITIATE_CHECKOUT', 'TOTAL_INAPP_VIEW_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'OFFLINE_INITIATE_CHECKOUT_COST_PER_ACTION', 'OFFLINE_INITIATE_CHECKOUT_ROAS', 'TOTAL_OFFLINE_INITIATE_CHECKOUT', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_INITIATE_CHECKOUT', 'TOTAL_OFFLINE_CLICK_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_INITIATE_CHECKOUT', 'TOTAL_OFFLINE_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_INITIATE_CHECKOUT', 'TOTAL_OFFLINE_VIEW_INITIATE_CHECKOUT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_INITIATE_CHECKOUT_VALUE_IN_DOLLAR', 'WEB_SUBSCRIBE_COST_PER_ACTION', 'WEB_SUBSCRIBE_ROAS', 'TOTAL_WEB_SUBSCRIBE', 'TOTAL_WEB_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_SUBSCRIBE', 'TOTAL_WEB_CLICK_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SUBSCRIBE', 'TOTAL_WEB_ENGAGEMENT_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_SUBSCRIBE', 'TOTAL_WEB_VIEW_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_SUBSCRIBE_VALUE_IN_DOLLAR', 'INAPP_SUBSCRIBE_COST_PER_ACTION', 'INAPP_SUBSCRIBE_ROAS', 'TOTAL_INAPP_SUBSCRIBE', 'TOTAL_INAPP_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_SUBSCRIBE', 'TOTAL_INAPP_CLICK_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SUBSCRIBE', 'TOTAL_INAPP_ENGAGEMENT_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_SUBSCRIBE', 'TOTAL_INAPP_VIEW_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_SUBSCRIBE_VALUE_IN_DOLLAR', 'OFFLINE_SUBSCRIBE_COST_PER_ACTION', 'OFFLINE_SUBSCRIBE_ROAS', 'TOTAL_OFFLINE_SUBSCRIBE', 'TOTAL_OFFLINE_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_SUBSCRIBE', 'TOTAL_OFFLINE_CLICK_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SUBSCRIBE', 'TOTAL_OFFLINE_ENGAGEMENT_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SUBSCRIBE_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_SUBSCRIBE', 'TOTAL_OFFLINE_VIEW_SUBSCRIBE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_SUBSCRIBE_VALUE_IN_DOLLAR', 'WEB_VIEW_CONTENT_COST_PER_ACTION', 'WEB_VIEW_CONTENT_ROAS', 'TOTAL_WEB_VIEW_CONTENT', 'TOTAL_WEB_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_VIEW_CONTENT', 'TOTAL_WEB_CLICK_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_VIEW_CONTENT', 'TOTAL_WEB_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_VIEW_CONTENT', 'TOTAL_WEB_VIEW_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_VIEW_CONTENT_VALUE_IN_DOLLAR', 'INAPP_VIEW_CONTENT_COST_PER_ACTION', 'INAPP_VIEW_CONTENT_ROAS', 'TOTAL_INAPP_VIEW_CONTENT', 'TOTAL_INAPP_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_VIEW_CONTENT', 'TOTAL_INAPP_CLICK_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_VIEW_CONTENT', 'TOTAL_INAPP_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_VIEW_CONTENT', 'TOTAL_INAPP_VIEW_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_VIEW_CONTENT_VALUE_IN_DOLLAR', 'OFFLINE_VIEW_CONTENT_COST_PER_ACTION', 'OFFLINE_VIEW_CONTENT_ROAS', 'TOTAL_OFFLINE_VIEW_CONTENT', 'TOTAL_OFFLINE_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_VIEW_CONTENT', 'TOTAL_OFFLINE_CLICK_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_VIEW_CONTENT', 'TOTAL_OFFLINE_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_VIEW_CONTENT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_VIEW_CONTENT', 'TOTAL_OFFLINE_VIEW_VIEW_CONTENT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_VIEW_CONTENT_VALUE_IN_DOLLAR', 'IDEA_PIN_PAGE_FORWARD_1', 'IDEA_PIN_PAGE_FORWARD_2', 'IDEA_PIN_PAGE_BACKWARD_1', 'IDEA_PIN_PAGE_BACKWARD_2', 'TOTAL_IDEA_PIN_PAGE_FORWARD', 'TOTAL_IDEA_PIN_PAGE_BACKWARD', 'IDEA_PIN_PRODUCT_TAG_VISIT_1', 'IDEA_PIN_PRODUCT_TAG_VISIT_2', 'TOTAL_IDEA_PIN_PRODUCT_TAG_VISIT', 'CPM_IN_US_DOLLAR', 'ECPC_IN_US_DOLLAR', 'LEADS', 'COST_PER_LEAD', 'QUIZ_STARTED', 'QUIZ_COMPLETED', 'QUIZ_PIN_RESULT_OPEN', 'QUIZ_COMPLETION_RATE', 'SHOWCASE_PIN_CLICKTHROUGH', 'SHOWCASE_SUBPAGE_CLICKTHROUGH', 'SHOWCASE_SUBPIN_CLICKTHROUGH', 'SHOWCASE_SUBPAGE_IMPRESSION', 'SHOWCASE_SUBPIN_IMPRESSION', 'SHOWCASE_SUBPAGE_SWIPE_LEFT', 'SHOWCASE_SUBPAGE_SWIPE_RIGHT', 'SHOWCASE_SUBPIN_SWIPE_LEFT', 'SHOWCASE_SUBPIN_SWIPE_RIGHT', 'SHOWCASE_SUBPAGE_REPIN', 'SHOWCASE_SUBPIN_REPIN', 'SHOWCASE_SUBPAGE_CLOSEUP', 'SHOWCASE_CARD_THUMBNAIL_SWIPE_FORWARD', 'SHOWCASE_CARD_THUMBNAIL_SWIPE_BACKWARD', '_SHOWCASE_SUBPAGE_CLOSEUP_INTERNAL', 'SHOWCASE_CARD_LANDING', 'SHOWCASE_AVERAGE_SUBPAGE_CLOSEUP_PER_SESSION', 'TOTAL_CHECKOUT_CONVERSION_RATE', 'TOTAL_VIEW_CATEGORY_CONVERSION_RATE', 'TOTAL_ADD_TO_CART_CONVERSION_RATE', 'TOTAL_SIGNUP_CONVERSION_RATE', 'TOTAL_PAGE_VISIT_CONVERSION_RATE', 'TOTAL_LEAD_CONVERSION_RATE', 'TOTAL_SEARCH_CONVERSION_RATE', 'TOTAL_WATCH_VIDEO_CONVERSION_RATE', 'TOTAL_UNKNOWN_CONVERSION_RATE', 'TOTAL_CUSTOM_CONVERSION_RATE', 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_RATE', 'TOTAL_ADD_TO_WISHLIST_CONVERSION_RATE', 'TOTAL_INITIATE_CHECKOUT_CONVERSION_RATE', 'TOTAL_SUBSCRIBE_CONVERSION_RATE', 'TOTAL_VIEW_CONTENT_CONVERSION_RATE', 'STANDARD_AD_FEED_ITEM_ID', 'IS_STANDARD_FEED_AD', 'TARGETING_GENDER', 'TARGETING_CREATIVE_TYPE', 'TARGETING_COUNTRY', 'TARGETING_LOCATION', 'TARGETING_APPTYPE', 'TARGETING_LOCATION_CODE', 'TARGETING_MEDIA_TYPE', 'TARGETING_AGE_BUCKET', 'TARGETING_AUDIENCE_MULTIPLIER', 'TARGETING_LOCAL_ADS_STORE_CODE', 'TARGETING_LANGUAGES_INCLUDE', 'TARGETING_LANGUAGES_EXCLUDE', 'TOTAL_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE', 'TOTAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE', 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE', 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_SIGNUP_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE', 'TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE', 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_LEAD_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_LEAD_CONVERSION_PRODUCT_VALUE', 'TOTAL_LEAD_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_LEAD_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_SEARCH_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE', 'TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE', 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_CUSTOM_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE', 'TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE', 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE', 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE', 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE', 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE', 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_SIGNUP_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_LEAD_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_SEARCH_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_CUSTOM_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'GEN_AI_IMAGE_SIGNATURE', 'GEN_AI_IMAGE_URL', 'ORIGINAL_IMAGE_SIGNATURE', 'ORIGINAL_IMAGE_URL', 'GEN_AI_GENERATION_DATE', 'IS_REGENERATING', 'GEN_AI_IMAGE_COUNT', 'ADVERTISER_TIME_ZONE', 'ENGAGEMENT_CONTACT_1', 'CLICK_CONTACT_1', 'VIEW_CONTACT_1', 'ENGAGEMENT_CONTACT_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_CONTACT_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_CONTACT_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_CONTACT_QUANTITY_1', 'CLICK_CONTACT_QUANTITY_1', 'VIEW_CONTACT_QUANTITY_1', 'ENGAGEMENT_CONTACT_2', 'CLICK_CONTACT_2', 'VIEW_CONTACT_2', 'ENGAGEMENT_CONTACT_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_CONTACT_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_CONTACT_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_CONTACT_QUANTITY_2', 'CLICK_CONTACT_QUANTITY_2', 'VIEW_CONTACT_QUANTITY_2', 'TOTAL_ENGAGEMENT_CONTACT', 'TOTAL_CLICK_CONTACT', 'TOTAL_VIEW_CONTACT', 'TOTAL_ENGAGEMENT_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_CLICK_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_VIEW_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_CONTACT_QUANTITY', 'TOTAL_CLICK_CONTACT_QUANTITY', 'TOTAL_VIEW_CONTACT_QUANTITY', 'TOTAL_CONTACT', 'TOTAL_CONTACT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_CONTACT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_CONTACT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_CONTACT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_CONTACT_QUANTITY', 'TOTAL_CONTACT_VALUE_IN_DOLLAR', 'CONTACT_COST_PER_ACTION', 'CONTACT_COST_PER_ACTION_IN_US_DOLLAR', 'CONTACT_ROAS', 'TOTAL_CONTACT_CONVERSION_RATE', 'WEB_CONTACT_COST_PER_ACTION', 'WEB_CONTACT_ROAS', 'TOTAL_WEB_CONTACT', 'TOTAL_WEB_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_CONTACT', 'TOTAL_WEB_CLICK_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CONTACT', 'TOTAL_WEB_ENGAGEMENT_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_CONTACT', 'TOTAL_WEB_VIEW_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_CONTACT_VALUE_IN_DOLLAR', 'INAPP_CONTACT_COST_PER_ACTION', 'INAPP_CONTACT_ROAS', 'TOTAL_INAPP_CONTACT', 'TOTAL_INAPP_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_CONTACT', 'TOTAL_INAPP_CLICK_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_CONTACT', 'TOTAL_INAPP_ENGAGEMENT_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_CONTACT', 'TOTAL_INAPP_VIEW_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_CONTACT_VALUE_IN_DOLLAR', 'OFFLINE_CONTACT_COST_PER_ACTION', 'OFFLINE_CONTACT_ROAS', 'TOTAL_OFFLINE_CONTACT', 'TOTAL_OFFLINE_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_CONTACT', 'TOTAL_OFFLINE_CLICK_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CONTACT', 'TOTAL_OFFLINE_ENGAGEMENT_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_CONTACT', 'TOTAL_OFFLINE_VIEW_CONTACT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_CONTACT_VALUE_IN_DOLLAR', 'TOTAL_CONTACT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_CONTACT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_CONTACT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_CONTACT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_CONTACT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_CONTACT_CONVERSION_PRODUCT_VALUE', 'TOTAL_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_CONTACT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_CONTACT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_CONTACT_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_CONTACT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_CONTACT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_CONTACT_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_CONTACT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_CONTACT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_CONTACT_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_CONTACT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_CONTACT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ENGAGEMENT_SCHEDULE_1', 'CLICK_SCHEDULE_1', 'VIEW_SCHEDULE_1', 'ENGAGEMENT_SCHEDULE_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_SCHEDULE_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_SCHEDULE_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_SCHEDULE_QUANTITY_1', 'CLICK_SCHEDULE_QUANTITY_1', 'VIEW_SCHEDULE_QUANTITY_1', 'ENGAGEMENT_SCHEDULE_2', 'CLICK_SCHEDULE_2', 'VIEW_SCHEDULE_2', 'ENGAGEMENT_SCHEDULE_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_SCHEDULE_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_SCHEDULE_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_SCHEDULE_QUANTITY_2', 'CLICK_SCHEDULE_QUANTITY_2', 'VIEW_SCHEDULE_QUANTITY_2', 'TOTAL_ENGAGEMENT_SCHEDULE', 'TOTAL_CLICK_SCHEDULE', 'TOTAL_VIEW_SCHEDULE', 'TOTAL_ENGAGEMENT_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_CLICK_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_VIEW_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_SCHEDULE_QUANTITY', 'TOTAL_CLICK_SCHEDULE_QUANTITY', 'TOTAL_VIEW_SCHEDULE_QUANTITY', 'TOTAL_SCHEDULE', 'TOTAL_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_SCHEDULE_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_SCHEDULE_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_SCHEDULE_QUANTITY', 'TOTAL_SCHEDULE_VALUE_IN_DOLLAR', 'SCHEDULE_COST_PER_ACTION', 'SCHEDULE_COST_PER_ACTION_IN_US_DOLLAR', 'SCHEDULE_ROAS', 'TOTAL_SCHEDULE_CONVERSION_RATE', 'WEB_SCHEDULE_COST_PER_ACTION', 'WEB_SCHEDULE_ROAS', 'TOTAL_WEB_SCHEDULE', 'TOTAL_WEB_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_SCHEDULE', 'TOTAL_WEB_CLICK_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SCHEDULE', 'TOTAL_WEB_ENGAGEMENT_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_SCHEDULE', 'TOTAL_WEB_VIEW_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_SCHEDULE_VALUE_IN_DOLLAR', 'INAPP_SCHEDULE_COST_PER_ACTION', 'INAPP_SCHEDULE_ROAS', 'TOTAL_INAPP_SCHEDULE', 'TOTAL_INAPP_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_SCHEDULE', 'TOTAL_INAPP_CLICK_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SCHEDULE', 'TOTAL_INAPP_ENGAGEMENT_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_SCHEDULE', 'TOTAL_INAPP_VIEW_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_SCHEDULE_VALUE_IN_DOLLAR', 'OFFLINE_SCHEDULE_COST_PER_ACTION', 'OFFLINE_SCHEDULE_ROAS', 'TOTAL_OFFLINE_SCHEDULE', 'TOTAL_OFFLINE_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_SCHEDULE', 'TOTAL_OFFLINE_CLICK_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SCHEDULE', 'TOTAL_OFFLINE_ENGAGEMENT_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_SCHEDULE', 'TOTAL_OFFLINE_VIEW_SCHEDULE_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_SCHEDULE_VALUE_IN_DOLLAR', 'TOTAL_SCHEDULE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_SCHEDULE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_SCHEDULE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_SCHEDULE_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_SCHEDULE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_SCHEDULE_CONVERSION_PRODUCT_VALUE', 'TOTAL_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_SCHEDULE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_SCHEDULE_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_SCHEDULE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_SCHEDULE_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_SCHEDULE_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_SCHEDULE_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_SCHEDULE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ENGAGEMENT_FIND_LOCATION_1', 'CLICK_FIND_LOCATION_1', 'VIEW_FIND_LOCATION_1', 'ENGAGEMENT_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_FIND_LOCATION_QUANTITY_1', 'CLICK_FIND_LOCATION_QUANTITY_1', 'VIEW_FIND_LOCATION_QUANTITY_1', 'ENGAGEMENT_FIND_LOCATION_2', 'CLICK_FIND_LOCATION_2', 'VIEW_FIND_LOCATION_2', 'ENGAGEMENT_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_FIND_LOCATION_QUANTITY_2', 'CLICK_FIND_LOCATION_QUANTITY_2', 'VIEW_FIND_LOCATION_QUANTITY_2', 'TOTAL_ENGAGEMENT_FIND_LOCATION', 'TOTAL_CLICK_FIND_LOCATION', 'TOTAL_VIEW_FIND_LOCATION', 'TOTAL_ENGAGEMENT_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_CLICK_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_VIEW_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_FIND_LOCATION_QUANTITY', 'TOTAL_CLICK_FIND_LOCATION_QUANTITY', 'TOTAL_VIEW_FIND_LOCATION_QUANTITY', 'TOTAL_FIND_LOCATION', 'TOTAL_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_FIND_LOCATION_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_FIND_LOCATION_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_FIND_LOCATION_QUANTITY', 'TOTAL_FIND_LOCATION_VALUE_IN_DOLLAR', 'FIND_LOCATION_COST_PER_ACTION', 'FIND_LOCATION_COST_PER_ACTION_IN_US_DOLLAR', 'FIND_LOCATION_ROAS', 'TOTAL_FIND_LOCATION_CONVERSION_RATE', 'WEB_FIND_LOCATION_COST_PER_ACTION', 'WEB_FIND_LOCATION_ROAS', 'TOTAL_WEB_FIND_LOCATION', 'TOTAL_WEB_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_FIND_LOCATION', 'TOTAL_WEB_CLICK_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_FIND_LOCATION', 'TOTAL_WEB_ENGAGEMENT_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_FIND_LOCATION', 'TOTAL_WEB_VIEW_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_FIND_LOCATION_VALUE_IN_DOLLAR', 'INAPP_FIND_LOCATION_COST_PER_ACTION', 'INAPP_FIND_LOCATION_ROAS', 'TOTAL_INAPP_FIND_LOCATION', 'TOTAL_INAPP_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_FIND_LOCATION', 'TOTAL_INAPP_CLICK_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_FIND_LOCATION', 'TOTAL_INAPP_ENGAGEMENT_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_FIND_LOCATION', 'TOTAL_INAPP_VIEW_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_FIND_LOCATION_VALUE_IN_DOLLAR', 'OFFLINE_FIND_LOCATION_COST_PER_ACTION', 'OFFLINE_FIND_LOCATION_ROAS', 'TOTAL_OFFLINE_FIND_LOCATION', 'TOTAL_OFFLINE_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_FIND_LOCATION', 'TOTAL_OFFLINE_CLICK_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_FIND_LOCATION', 'TOTAL_OFFLINE_ENGAGEMENT_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_FIND_LOCATION', 'TOTAL_OFFLINE_VIEW_FIND_LOCATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_FIND_LOCATION_VALUE_IN_DOLLAR', 'TOTAL_FIND_LOCATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_FIND_LOCATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_FIND_LOCATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_FIND_LOCATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_FIND_LOCATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_FIND_LOCATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_FIND_LOCATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_FIND_LOCATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_FIND_LOCATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_FIND_LOCATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_FIND_LOCATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_FIND_LOCATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_FIND_LOCATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ENGAGEMENT_CUSTOMIZE_PRODUCT_1', 'CLICK_CUSTOMIZE_PRODUCT_1', 'VIEW_CUSTOMIZE_PRODUCT_1', 'ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_CUSTOMIZE_PRODUCT_QUANTITY_1', 'CLICK_CUSTOMIZE_PRODUCT_QUANTITY_1', 'VIEW_CUSTOMIZE_PRODUCT_QUANTITY_1', 'ENGAGEMENT_CUSTOMIZE_PRODUCT_2', 'CLICK_CUSTOMIZE_PRODUCT_2', 'VIEW_CUSTOMIZE_PRODUCT_2', 'ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_CUSTOMIZE_PRODUCT_QUANTITY_2', 'CLICK_CUSTOMIZE_PRODUCT_QUANTITY_2', 'VIEW_CUSTOMIZE_PRODUCT_QUANTITY_2', 'TOTAL_ENGAGEMENT_CUSTOMIZE_PRODUCT', 'TOTAL_CLICK_CUSTOMIZE_PRODUCT', 'TOTAL_VIEW_CUSTOMIZE_PRODUCT', 'TOTAL_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_CUSTOMIZE_PRODUCT_QUANTITY', 'TOTAL_CLICK_CUSTOMIZE_PRODUCT_QUANTITY', 'TOTAL_VIEW_CUSTOMIZE_PRODUCT_QUANTITY', 'TOTAL_CUSTOMIZE_PRODUCT', 'TOTAL_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_CUSTOMIZE_PRODUCT_QUANTITY', 'TOTAL_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'CUSTOMIZE_PRODUCT_COST_PER_ACTION', 'CUSTOMIZE_PRODUCT_COST_PER_ACTION_IN_US_DOLLAR', 'CUSTOMIZE_PRODUCT_ROAS', 'TOTAL_CUSTOMIZE_PRODUCT_CONVERSION_RATE', 'WEB_CUSTOMIZE_PRODUCT_COST_PER_ACTION', 'WEB_CUSTOMIZE_PRODUCT_ROAS', 'TOTAL_WEB_CUSTOMIZE_PRODUCT', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_CUSTOMIZE_PRODUCT', 'TOTAL_WEB_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CUSTOMIZE_PRODUCT', 'TOTAL_WEB_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_CUSTOMIZE_PRODUCT', 'TOTAL_WEB_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'INAPP_CUSTOMIZE_PRODUCT_COST_PER_ACTION', 'INAPP_CUSTOMIZE_PRODUCT_ROAS', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_CUSTOMIZE_PRODUCT', 'TOTAL_INAPP_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_CUSTOMIZE_PRODUCT', 'TOTAL_INAPP_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_CUSTOMIZE_PRODUCT', 'TOTAL_INAPP_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'OFFLINE_CUSTOMIZE_PRODUCT_COST_PER_ACTION', 'OFFLINE_CUSTOMIZE_PRODUCT_ROAS', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_CUSTOMIZE_PRODUCT', 'TOTAL_OFFLINE_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CUSTOMIZE_PRODUCT', 'TOTAL_OFFLINE_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_CUSTOMIZE_PRODUCT', 'TOTAL_OFFLINE_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_CUSTOMIZE_PRODUCT_VALUE_IN_DOLLAR', 'TOTAL_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE', 'TOTAL_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_CUSTOMIZE_PRODUCT_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ENGAGEMENT_SUBMIT_APPLICATION_1', 'CLICK_SUBMIT_APPLICATION_1', 'VIEW_SUBMIT_APPLICATION_1', 'ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_SUBMIT_APPLICATION_QUANTITY_1', 'CLICK_SUBMIT_APPLICATION_QUANTITY_1', 'VIEW_SUBMIT_APPLICATION_QUANTITY_1', 'ENGAGEMENT_SUBMIT_APPLICATION_2', 'CLICK_SUBMIT_APPLICATION_2', 'VIEW_SUBMIT_APPLICATION_2', 'ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_SUBMIT_APPLICATION_QUANTITY_2', 'CLICK_SUBMIT_APPLICATION_QUANTITY_2', 'VIEW_SUBMIT_APPLICATION_QUANTITY_2', 'TOTAL_ENGAGEMENT_SUBMIT_APPLICATION', 'TOTAL_CLICK_SUBMIT_APPLICATION', 'TOTAL_VIEW_SUBMIT_APPLICATION', 'TOTAL_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_CLICK_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_VIEW_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_SUBMIT_APPLICATION_QUANTITY', 'TOTAL_CLICK_SUBMIT_APPLICATION_QUANTITY', 'TOTAL_VIEW_SUBMIT_APPLICATION_QUANTITY', 'TOTAL_SUBMIT_APPLICATION', 'TOTAL_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_SUBMIT_APPLICATION_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_SUBMIT_APPLICATION_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_SUBMIT_APPLICATION_QUANTITY', 'TOTAL_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'SUBMIT_APPLICATION_COST_PER_ACTION', 'SUBMIT_APPLICATION_COST_PER_ACTION_IN_US_DOLLAR', 'SUBMIT_APPLICATION_ROAS', 'TOTAL_SUBMIT_APPLICATION_CONVERSION_RATE', 'WEB_SUBMIT_APPLICATION_COST_PER_ACTION', 'WEB_SUBMIT_APPLICATION_ROAS', 'TOTAL_WEB_SUBMIT_APPLICATION', 'TOTAL_WEB_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_SUBMIT_APPLICATION', 'TOTAL_WEB_CLICK_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SUBMIT_APPLICATION', 'TOTAL_WEB_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_SUBMIT_APPLICATION', 'TOTAL_WEB_VIEW_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'INAPP_SUBMIT_APPLICATION_COST_PER_ACTION', 'INAPP_SUBMIT_APPLICATION_ROAS', 'TOTAL_INAPP_SUBMIT_APPLICATION', 'TOTAL_INAPP_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_SUBMIT_APPLICATION', 'TOTAL_INAPP_CLICK_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SUBMIT_APPLICATION', 'TOTAL_INAPP_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_SUBMIT_APPLICATION', 'TOTAL_INAPP_VIEW_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'OFFLINE_SUBMIT_APPLICATION_COST_PER_ACTION', 'OFFLINE_SUBMIT_APPLICATION_ROAS', 'TOTAL_OFFLINE_SUBMIT_APPLICATION', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_SUBMIT_APPLICATION', 'TOTAL_OFFLINE_CLICK_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SUBMIT_APPLICATION', 'TOTAL_OFFLINE_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_SUBMIT_APPLICATION', 'TOTAL_OFFLINE_VIEW_SUBMIT_APPLICATION_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_SUBMIT_APPLICATION_VALUE_IN_DOLLAR', 'TOTAL_SUBMIT_APPLICATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_SUBMIT_APPLICATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_SUBMIT_APPLICATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_SUBMIT_APPLICATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_SUBMIT_APPLICATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_SUBMIT_APPLICATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_SUBMIT_APPLICATION_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ENGAGEMENT_START_TRIAL_1', 'CLICK_START_TRIAL_1', 'VIEW_START_TRIAL_1', 'ENGAGEMENT_START_TRIAL_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_START_TRIAL_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_START_TRIAL_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_START_TRIAL_QUANTITY_1', 'CLICK_START_TRIAL_QUANTITY_1', 'VIEW_START_TRIAL_QUANTITY_1', 'ENGAGEMENT_START_TRIAL_2', 'CLICK_START_TRIAL_2', 'VIEW_START_TRIAL_2', 'ENGAGEMENT_START_TRIAL_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_START_TRIAL_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_START_TRIAL_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_START_TRIAL_QUANTITY_2', 'CLICK_START_TRIAL_QUANTITY_2', 'VIEW_START_TRIAL_QUANTITY_2', 'TOTAL_ENGAGEMENT_START_TRIAL', 'TOTAL_CLICK_START_TRIAL', 'TOTAL_VIEW_START_TRIAL', 'TOTAL_ENGAGEMENT_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_CLICK_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_VIEW_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_START_TRIAL_QUANTITY', 'TOTAL_CLICK_START_TRIAL_QUANTITY', 'TOTAL_VIEW_START_TRIAL_QUANTITY', 'TOTAL_START_TRIAL', 'TOTAL_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_START_TRIAL_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_START_TRIAL_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_START_TRIAL_QUANTITY', 'TOTAL_START_TRIAL_VALUE_IN_DOLLAR', 'START_TRIAL_COST_PER_ACTION', 'START_TRIAL_COST_PER_ACTION_IN_US_DOLLAR', 'START_TRIAL_ROAS', 'TOTAL_START_TRIAL_CONVERSION_RATE', 'WEB_START_TRIAL_COST_PER_ACTION', 'WEB_START_TRIAL_ROAS', 'TOTAL_WEB_START_TRIAL', 'TOTAL_WEB_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_START_TRIAL', 'TOTAL_WEB_CLICK_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_START_TRIAL', 'TOTAL_WEB_ENGAGEMENT_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_START_TRIAL', 'TOTAL_WEB_VIEW_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_START_TRIAL_VALUE_IN_DOLLAR', 'INAPP_START_TRIAL_COST_PER_ACTION', 'INAPP_START_TRIAL_ROAS', 'TOTAL_INAPP_START_TRIAL', 'TOTAL_INAPP_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_START_TRIAL', 'TOTAL_INAPP_CLICK_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_START_TRIAL', 'TOTAL_INAPP_ENGAGEMENT_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_START_TRIAL', 'TOTAL_INAPP_VIEW_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_START_TRIAL_VALUE_IN_DOLLAR', 'OFFLINE_START_TRIAL_COST_PER_ACTION', 'OFFLINE_START_TRIAL_ROAS', 'TOTAL_OFFLINE_START_TRIAL', 'TOTAL_OFFLINE_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_START_TRIAL', 'TOTAL_OFFLINE_CLICK_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_START_TRIAL', 'TOTAL_OFFLINE_ENGAGEMENT_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_START_TRIAL', 'TOTAL_OFFLINE_VIEW_START_TRIAL_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_START_TRIAL_VALUE_IN_DOLLAR', 'TOTAL_START_TRIAL_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_START_TRIAL_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_START_TRIAL_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_START_TRIAL_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_START_TRIAL_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_START_TRIAL_CONVERSION_PRODUCT_VALUE', 'TOTAL_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_START_TRIAL_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_START_TRIAL_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_START_TRIAL_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_START_TRIAL_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_START_TRIAL_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_START_TRIAL_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_START_TRIAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ENGAGEMENT_APP_OPEN_1', 'CLICK_APP_OPEN_1', 'VIEW_APP_OPEN_1', 'ENGAGEMENT_APP_OPEN_VALUE_IN_MICRO_DOLLAR_1', 'CLICK_APP_OPEN_VALUE_IN_MICRO_DOLLAR_1', 'VIEW_APP_OPEN_VALUE_IN_MICRO_DOLLAR_1', 'ENGAGEMENT_APP_OPEN_QUANTITY_1', 'CLICK_APP_OPEN_QUANTITY_1', 'VIEW_APP_OPEN_QUANTITY_1', 'ENGAGEMENT_APP_OPEN_2', 'CLICK_APP_OPEN_2', 'VIEW_APP_OPEN_2', 'ENGAGEMENT_APP_OPEN_VALUE_IN_MICRO_DOLLAR_2', 'CLICK_APP_OPEN_VALUE_IN_MICRO_DOLLAR_2', 'VIEW_APP_OPEN_VALUE_IN_MICRO_DOLLAR_2', 'ENGAGEMENT_APP_OPEN_QUANTITY_2', 'CLICK_APP_OPEN_QUANTITY_2', 'VIEW_APP_OPEN_QUANTITY_2', 'TOTAL_ENGAGEMENT_APP_OPEN', 'TOTAL_CLICK_APP_OPEN', 'TOTAL_VIEW_APP_OPEN', 'TOTAL_ENGAGEMENT_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_ENGAGEMENT_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_CLICK_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_CLICK_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_VIEW_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_VIEW_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_ENGAGEMENT_APP_OPEN_QUANTITY', 'TOTAL_CLICK_APP_OPEN_QUANTITY', 'TOTAL_VIEW_APP_OPEN_QUANTITY', 'TOTAL_APP_OPEN', 'TOTAL_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'AVERAGE_APP_OPEN_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_APP_OPEN_VALUE_IN_MICRO_US_DOLLAR', 'TOTAL_APP_OPEN_QUANTITY', 'TOTAL_APP_OPEN_VALUE_IN_DOLLAR', 'APP_OPEN_COST_PER_ACTION', 'APP_OPEN_COST_PER_ACTION_IN_US_DOLLAR', 'APP_OPEN_ROAS', 'TOTAL_APP_OPEN_CONVERSION_RATE', 'WEB_APP_OPEN_COST_PER_ACTION', 'WEB_APP_OPEN_ROAS', 'TOTAL_WEB_APP_OPEN', 'TOTAL_WEB_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_WEB_CLICK_APP_OPEN', 'TOTAL_WEB_CLICK_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_CLICK_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_APP_OPEN', 'TOTAL_WEB_ENGAGEMENT_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_ENGAGEMENT_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_WEB_VIEW_APP_OPEN', 'TOTAL_WEB_VIEW_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_WEB_VIEW_APP_OPEN_VALUE_IN_DOLLAR', 'INAPP_APP_OPEN_COST_PER_ACTION', 'INAPP_APP_OPEN_ROAS', 'TOTAL_INAPP_APP_OPEN', 'TOTAL_INAPP_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_INAPP_CLICK_APP_OPEN', 'TOTAL_INAPP_CLICK_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_CLICK_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_APP_OPEN', 'TOTAL_INAPP_ENGAGEMENT_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_ENGAGEMENT_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_INAPP_VIEW_APP_OPEN', 'TOTAL_INAPP_VIEW_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_INAPP_VIEW_APP_OPEN_VALUE_IN_DOLLAR', 'OFFLINE_APP_OPEN_COST_PER_ACTION', 'OFFLINE_APP_OPEN_ROAS', 'TOTAL_OFFLINE_APP_OPEN', 'TOTAL_OFFLINE_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_CLICK_APP_OPEN', 'TOTAL_OFFLINE_CLICK_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_CLICK_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_APP_OPEN', 'TOTAL_OFFLINE_ENGAGEMENT_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_ENGAGEMENT_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_OFFLINE_VIEW_APP_OPEN', 'TOTAL_OFFLINE_VIEW_APP_OPEN_VALUE_IN_MICRO_DOLLAR', 'TOTAL_OFFLINE_VIEW_APP_OPEN_VALUE_IN_DOLLAR', 'TOTAL_APP_OPEN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_WEB_APP_OPEN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_INAPP_APP_OPEN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_OFFLINE_APP_OPEN_CONVERSION_PRODUCT_COUNT_UNIQUE', 'TOTAL_APP_OPEN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_APP_OPEN_CONVERSION_PRODUCT_VALUE', 'TOTAL_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_WEB_APP_OPEN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_WEB_APP_OPEN_CONVERSION_PRODUCT_VALUE', 'TOTAL_WEB_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_WEB_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_WEB_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_INAPP_APP_OPEN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_INAPP_APP_OPEN_CONVERSION_PRODUCT_VALUE', 'TOTAL_INAPP_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_INAPP_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_INAPP_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'TOTAL_OFFLINE_APP_OPEN_CONVERSION_PRODUCT_QUANTITY', 'TOTAL_OFFLINE_APP_OPEN_CONVERSION_PRODUCT_VALUE', 'TOTAL_OFFLINE_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'TOTAL_OFFLINE_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_USD', 'TOTAL_OFFLINE_APP_OPEN_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD')}}),
        ('conversion_report_time_type', 'str', '', {'enum': ('TIME_OF_AD_ACTION', 'TIME_OF_CONVERSION')}),
        ('creation_source', 'str', '', {'enum': ('ADS_API', 'ADS_MANAGER_REPORTING_PAGE', 'ADS_MANAGER_REPORT_BUILDER')}),
        ('custom_column_ids', 'list[str]', 'nullable'),
        ('date_range', 'TemplateResponseDateRange'),
        ('engagement_window_days', 'float'),
        ('filters_json', 'str', 'nullable'),
        ('granularity', 'Granularity'),
        ('id', 'str'),
        ('ingestion_sources', 'list[str]', 'nullable', {'items': {'enum': ('TAG', 'MMP', 'FILE_UPLOAD', 'CONVERSIONS_API', 'NATIVE')}}),
        ('is_deleted', 'bool', 'nullable'),
        ('is_owned_by_user', 'bool'),
        ('is_scheduled', 'bool'),
        ('name', 'str', 'nullable'),
        ('report_end_relative_days_in_past', 'float'),
        ('report_format', 'DataOutputFormat'),
        ('report_level', 'MetricsReportingLevel'),
        ('report_start_relative_days_in_past', 'float'),
        ('type', 'str', '', {'enum': ('UNSPECIFIED', 'BULK', 'OVERVIEW', 'TABLE')}),
        ('updated_time', 'float'),
        ('user_id', 'str'),
        ('view_window_days', 'float'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            ad_account_ids: Optional[List[str]] = ...,
            click_window_days: Optional[float] = ...,
            columns: Optional[List[str]] = ...,
            conversion_report_time_type: Optional[str] = ...,
            creation_source: Optional[str] = ...,
            custom_column_ids: Optional[List[str]] = ...,
            date_range: Optional[TemplateResponseDateRange] = ...,
            engagement_window_days: Optional[float] = ...,
            filters_json: Optional[str] = ...,
            granularity: Optional[Union[Granularity, str]] = ...,
            id: Optional[str] = ...,
            ingestion_sources: Optional[List[str]] = ...,
            is_deleted: Optional[bool] = ...,
            is_owned_by_user: Optional[bool] = ...,
            is_scheduled: Optional[bool] = ...,
            name: Optional[str] = ...,
            report_end_relative_days_in_past: Optional[float] = ...,
            report_format: Optional[Union[DataOutputFormat, str]] = ...,
            report_level: Optional[Union[MetricsReportingLevel, str]] = ...,
            report_start_relative_days_in_past: Optional[float] = ...,
            type: Optional[str] = ...,
            updated_time: Optional[float] = ...,
            user_id: Optional[str] = ...,
            view_window_days: Optional[float] = ...,
        ) -> None: ...


class TemplateResponseDateRange(Model):
    """TemplateResponseDateRange (inline schema)."""

    absolute_date_range: Optional[TemplateResponseDateRangeAbsoluteDateRange]
    """The absolute date range of the template"""

    dynamic_date_range: Optional[TemplateResponseDateRangeDynamicDateRange]
    """The dynamic date range of the template"""

    relative_date_range: Optional[TemplateResponseDateRangeRelativeDateRange]
    """The relative date range of the template"""

    _spec = (
        ('absolute_date_range', 'TemplateResponseDateRangeAbsoluteDateRange', 'nullable'),
        ('dynamic_date_range', 'TemplateResponseDateRangeDynamicDateRange', 'nullable'),
        ('relative_date_range', 'TemplateResponseDateRangeRelativeDateRange', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            absolute_date_range: Optional[TemplateResponseDateRangeAbsoluteDateRange] = ...,
            dynamic_date_range: Optional[TemplateResponseDateRangeDynamicDateRange] = ...,
            relative_date_range: Optional[TemplateResponseDateRangeRelativeDateRange] = ...,
        ) -> None: ...


class TemplateResponseDateRangeAbsoluteDateRange(Model):
    """The absolute date range of the template"""

    end_date: Optional[float]
    """The end date of the date range"""

    start_date: Optional[float]
    """The start date of the date range"""

    type: Optional[str]
    """The date range type"""

    _spec = (
        ('end_date', 'float'),
        ('start_date', 'float'),
        ('type', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            end_date: Optional[float] = ...,
            start_date: Optional[float] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


class TemplateResponseDateRangeDynamicDateRange(Model):
    """The dynamic date range of the template"""

    range: Optional[str]
    """The dynamic range type"""

    type: Optional[str]
    """The date range type"""

    _spec = (
        ('range', 'str', '', {'enum': ('YEAR_TO_DATE', 'QUARTER_TO_DATE', 'MONTH_TO_DATE', 'LAST_MONTH', 'LAST_QUARTER')}),
        ('type', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            range: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


class TemplateResponseDateRangeRelativeDateRange(Model):
    """The relative date range of the template"""

    end_days_in_past: Optional[float]
    """The end date of the date range"""

    start_days_in_past: Optional[float]
    """The start date of the date range"""

    type: Optional[str]
    """The date range type"""

    _spec = (
        ('end_days_in_past', 'float'),
        ('start_days_in_past', 'float'),
        ('type', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            end_days_in_past: Optional[float] = ...,
            start_days_in_past: Optional[float] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


class TemplatesListResponse(Model):
    """TemplatesListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[TemplateResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[TemplateResponse]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[TemplateResponse]] = ...,
        ) -> None: ...


class TermsOfService(Model):
    """TermsOfService"""

    ad_account_id: Optional[str]
    """The ID of the ad account."""

    has_accepted: Optional[bool]
    """Whether the ad account has accepted terms of service."""

    html: Optional[str]
    """The terms of service content"""

    id: Optional[str]
    """The ID of the terms of service"""

    _spec = (
        ('ad_account_id', 'str'),
        ('has_accepted', 'bool'),
        ('html', 'str', 'nullable'),
        ('id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            has_accepted: Optional[bool] = ...,
            html: Optional[str] = ...,
            id: Optional[str] = ...,
        ) -> None: ...


class TermsSuggestedResponse(ModelList):
    """TermsSuggestedResponse (component schema `TermsSuggestedResponse`)."""

    _item_type = 'str'


class TitleKeywordsFilter(Model):
    """TITLE_KEYWORDS"""

    title_keywords: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('TITLE_KEYWORDS', 'CatalogsProductGroupMultipleStringCriteria', 'required', None, 'title_keywords'),
    )
    _positional = ('title_keywords',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            title_keywords: CatalogsProductGroupMultipleStringCriteria,
        ) -> None: ...


class TokenRevocationRequest(Model):
    """Describes the valid schema for token revocation requests."""

    token: str
    """The token to revoke."""

    token_type_hint: Optional[str]
    """The type of the token to revoke. Please refer to [our developer guide for more information](https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/) for more information."""

    _spec = (
        ('token', 'str', 'required'),
        ('token_type_hint', 'str', '', {'enum': ('access_token', 'refresh_token')}),
    )
    _positional = ('token',)

    if TYPE_CHECKING:

        def __init__(
            self,
            token: str,
            *,
            token_type_hint: Optional[str] = ...,
        ) -> None: ...


class TopPinsAnalyticsResponse(Model):
    """TopPinsAnalyticsResponse (component schema `TopPinsAnalyticsResponse`)."""

    date_availability: Optional[TopPinsAnalyticsResponseDateAvailability]

    pins: Optional[List[TopPinsAnalyticsResponsePinsItem]]

    sort_by: Optional[str]

    _spec = (
        ('date_availability', 'TopPinsAnalyticsResponseDateAvailability'),
        ('pins', 'list[TopPinsAnalyticsResponsePinsItem]'),
        ('sort_by', 'str', '', {'enum': ('ENGAGEMENT', 'SAVE', 'IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date_availability: Optional[TopPinsAnalyticsResponseDateAvailability] = ...,
            pins: Optional[List[TopPinsAnalyticsResponsePinsItem]] = ...,
            sort_by: Optional[str] = ...,
        ) -> None: ...


class TopPinsAnalyticsResponseDateAvailability(Model):
    """TopPinsAnalyticsResponseDateAvailability (inline schema)."""

    is_realtime: Optional[bool]

    latest_available_timestamp: Optional[float]

    _spec = (
        ('is_realtime', 'bool'),
        ('latest_available_timestamp', 'float'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            is_realtime: Optional[bool] = ...,
            latest_available_timestamp: Optional[float] = ...,
        ) -> None: ...


class TopPinsAnalyticsResponsePinsItem(Model):
    """Array with metrics, status, and pin id for the requested metric"""

    data_status: Optional[Dict[str, Union[DataStatus, str]]]

    metrics: Optional[Metrics]
    """The metric name and daily value for each requested metric"""

    pin_id: Optional[str]
    """The pin id"""

    _spec = (
        ('data_status', 'dict[DataStatus]'),
        ('metrics', 'Metrics'),
        ('pin_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data_status: Optional[Dict[str, Union[DataStatus, str]]] = ...,
            metrics: Optional[Metrics] = ...,
            pin_id: Optional[str] = ...,
        ) -> None: ...


class TopVideoPinsAnalyticsResponse(Model):
    """TopVideoPinsAnalyticsResponse (component schema `TopVideoPinsAnalyticsResponse`)."""

    date_availability: Optional[TopVideoPinsAnalyticsResponseDateAvailability]

    pins: Optional[List[TopVideoPinsAnalyticsResponsePinsItem]]

    sort_by: Optional[str]

    _spec = (
        ('date_availability', 'TopVideoPinsAnalyticsResponseDateAvailability'),
        ('pins', 'list[TopVideoPinsAnalyticsResponsePinsItem]'),
        ('sort_by', 'str', '', {'enum': ('SAVE', 'IMPRESSION', 'OUTBOUND_CLICK', 'VIDEO_MRC_VIEW', 'VIDEO_AVG_WATCH_TIME', 'VIDEO_V50_WATCH_TIME', 'QUARTILE_95_PERCENT_VIEW', 'VIDEO_10S_VIEW', 'VIDEO_START')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date_availability: Optional[TopVideoPinsAnalyticsResponseDateAvailability] = ...,
            pins: Optional[List[TopVideoPinsAnalyticsResponsePinsItem]] = ...,
            sort_by: Optional[str] = ...,
        ) -> None: ...


class TopVideoPinsAnalyticsResponseDateAvailability(Model):
    """TopVideoPinsAnalyticsResponseDateAvailability (inline schema)."""

    is_realtime: Optional[bool]

    latest_available_timestamp: Optional[float]

    _spec = (
        ('is_realtime', 'bool'),
        ('latest_available_timestamp', 'float'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            is_realtime: Optional[bool] = ...,
            latest_available_timestamp: Optional[float] = ...,
        ) -> None: ...


class TopVideoPinsAnalyticsResponsePinsItem(Model):
    """Array with metrics, status, and pin id for the requested metric"""

    data_status: Optional[Dict[str, Union[DataStatus, str]]]

    metrics: Optional[Dict[str, float]]
    """The metric name and daily value for each requested metric"""

    pin_id: Optional[str]
    """The pin id"""

    _spec = (
        ('data_status', 'dict[DataStatus]'),
        ('metrics', 'dict[float]'),
        ('pin_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data_status: Optional[Dict[str, Union[DataStatus, str]]] = ...,
            metrics: Optional[Dict[str, float]] = ...,
            pin_id: Optional[str] = ...,
        ) -> None: ...


class TrackingUrls(Model):
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    audience_verification: Optional[List[str]]

    buyable_button: Optional[List[str]]

    click: Optional[List[str]]

    engagement: Optional[List[str]]

    impression: Optional[List[str]]

    _spec = (
        ('audience_verification', 'list[str]'),
        ('buyable_button', 'list[str]'),
        ('click', 'list[str]'),
        ('engagement', 'list[str]'),
        ('impression', 'list[str]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_verification: Optional[List[str]] = ...,
            buyable_button: Optional[List[str]] = ...,
            click: Optional[List[str]] = ...,
            engagement: Optional[List[str]] = ...,
            impression: Optional[List[str]] = ...,
        ) -> None: ...


class TrendType(Enum):
    """TrendType"""

    GROWING = 'growing'
    MONTHLY = 'monthly'
    YEARLY = 'yearly'
    SEASONAL = 'seasonal'


class TrendingKeywordsResponse(Model):
    """TrendingKeywordsResponse (component schema `TrendingKeywordsResponse`)."""

    trends: Optional[List[TrendingKeywordsResponseTrendsItem]]
    """The top trending keywords for the specified trend type in the requested region.<br />
    Results are ordered, with the first element in the array representing the #1 top trend.
    """

    _spec = (
        ('trends', 'list[TrendingKeywordsResponseTrendsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            trends: Optional[List[TrendingKeywordsResponseTrendsItem]] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItem(Model):
    """TrendingKeyword"""

    demographics: Optional[TrendingKeywordsResponseTrendsItemDemographics]
    """A mapping of demographic dimensions (e.g. "gender", "age") to their category distributions. <br />
    For each dimension: <br />
      - Key: The category (e.g., "female", "18-24"). <br />
      - Value: The proportion of search volume (e.g., 0.12 for 12%). <br />
        Values less than 0.05 are set to 0.04 for privacy. <br />
        The sum for all categories in a dimension will approximately equal 1. <br />
        Only applicable when `include_demographics` query parameter is set to `true`.
    """

    has_prediction: Optional[bool]
    """Indicates whether the keyword has a prediction available for the next 90 days.<br />
    This field is only applicable when `include_prediction` query parameter is set to `true`. <br />
    By default, the value is `false` and no prediction data is included in the response.
    """

    keyword: Optional[str]
    """The keyword that is trending."""

    pct_growth_mom: Optional[int]
    """The month-over-month percent change in search volume for this keyword.<br />
    For example, a value of "400" would represent a 400% increase in searches in the last 30 days compared to the month prior.<br />
    **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this keyword experienced > 10000% month-over-month growth.
    """

    pct_growth_wow: Optional[int]
    """The week-over-week percent change in search volume for this keyword.<br />
    For example, a value of "50" would represent a 50% increase in searches in the last seven days compared to the week prior.<br />
    **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this keyword experienced > 10000% week-over-week growth.
    """

    pct_growth_yoy: Optional[int]
    """The year-over-year percent change in search volume for this keyword.<br />
    For example, a value of "-5" would represent a 5% decrease in searches in the last 365 days compared to the month prior.<br />
    **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this keyword experienced > 10000% year-over-year growth.
    """

    predicted_time_series: Optional[TrendingKeywordsResponseTrendsItemPredictedTimeSeries]
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3 months.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in this keyword.
    Similar to the historical `time_series`, normalization is applied independently to the predicted time series of each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare relative predicted volume between keywords.<br />
    **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability. Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates compared to today.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week. For example, a value of `2024-01-07` would include predicted searches for the week ending on `2024-01-07`.
    """

    time_series: Optional[TrendingKeywordsResponseTrendsItemTimeSeries]
    """A sequence of weekly observations of the relative search volume for this keyword over the past year.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the history of user interest in this keyword.
    By default, normalization is applied independently to the time series of each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare relative volume between keywords.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week.  For example, a value of `2023-10-31` would include searches that happened between `2023-10-25` and `2023-10-31`.
    """

    _spec = (
        ('demographics', 'TrendingKeywordsResponseTrendsItemDemographics', 'nullable'),
        ('has_prediction', 'bool'),
        ('keyword', 'str', '', {'min_length': 1}),
        ('pct_growth_mom', 'int'),
        ('pct_growth_wow', 'int'),
        ('pct_growth_yoy', 'int'),
        ('predicted_time_series', 'TrendingKeywordsResponseTrendsItemPredictedTimeSeries'),
        ('time_series', 'TrendingKeywordsResponseTrendsItemTimeSeries'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            demographics: Optional[TrendingKeywordsResponseTrendsItemDemographics] = ...,
            has_prediction: Optional[bool] = ...,
            keyword: Optional[str] = ...,
            pct_growth_mom: Optional[int] = ...,
            pct_growth_wow: Optional[int] = ...,
            pct_growth_yoy: Optional[int] = ...,
            predicted_time_series: Optional[TrendingKeywordsResponseTrendsItemPredictedTimeSeries] = ...,
            time_series: Optional[TrendingKeywordsResponseTrendsItemTimeSeries] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemDemographics(Model):
    """A mapping of demographic dimensions (e.g. "gender", "age") to their category distributions. <br />
    For each dimension: <br />
      - Key: The category (e.g., "female", "18-24"). <br />
      - Value: The proportion of search volume (e.g., 0.12 for 12%). <br />
        Values less than 0.05 are set to 0.04 for privacy. <br />
        The sum for all categories in a dimension will approximately equal 1. <br />
        Only applicable when `include_demographics` query parameter is set to `true`.
    """

    age_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution]
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    gender_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution]
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    _spec = (
        ('age_distribution', 'TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution', 'nullable'),
        ('gender_distribution', 'TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            age_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution] = ...,
            gender_distribution: Optional[TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution(Model):
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    age_distribution: Optional[str]

    _spec = (
        ('age_distribution', 'str', '', {'enum': ('18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+')}),
    )
    _additional = 'float'

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            age_distribution: Optional[str] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution(Model):
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.
    """

    gender_distribution: Optional[str]

    _spec = (
        ('gender_distribution', 'str', '', {'enum': ('male', 'female', 'unspecified')}),
    )
    _additional = 'float'

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            gender_distribution: Optional[str] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemPredictedTimeSeries(Model):
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3 months.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in this keyword.
    Similar to the historical `time_series`, normalization is applied independently to the predicted time series of each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare relative predicted volume between keywords.<br />
    **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability. Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates compared to today.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week. For example, a value of `2024-01-07` would include predicted searches for the week ending on `2024-01-07`.
    """

    date: Optional[datetime.date]

    _spec = (
        ('date', 'date'),
    )
    _additional = 'int'

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


class TrendingKeywordsResponseTrendsItemTimeSeries(Model):
    """A sequence of weekly observations of the relative search volume for this keyword over the past year.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the history of user interest in this keyword.
    By default, normalization is applied independently to the time series of each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare relative volume between keywords.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week.  For example, a value of `2023-10-31` would include searches that happened between `2023-10-25` and `2023-10-31`.
    """

    date: Optional[datetime.date]

    _spec = (
        ('date', 'date'),
    )
    _additional = 'int'

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


class TrendingPin(Model):
    """Pin image data for trending topics"""

    height: int
    """Height of the pin image in pixels"""

    id: str
    """Unique identifier for the pin"""

    src: str
    """URL of the pin image"""

    width: int
    """Width of the pin image in pixels"""

    _spec = (
        ('height', 'int', 'required'),
        ('id', 'str', 'required'),
        ('src', 'str', 'required'),
        ('width', 'int', 'required'),
    )
    _positional = ('height', 'id', 'src', 'width')

    if TYPE_CHECKING:

        def __init__(
            self,
            height: int,
            id: str,
            src: str,
            width: int,
        ) -> None: ...


class TrendingProductCategory(Model):
    """Trending shopping product category"""

    engagement_type: Union[ProductCategoriesEngagementType, str]
    """Engagement type"""

    pct_change_mom: int
    """Month-over-month change percentage"""

    percent_relative_volume: int
    """Relative volume percentage"""

    product_category: str
    """Product Category Name"""

    verticals: Optional[List[Union[VerticalProductCategory, str]]]
    """Vertical name associated with the product category"""

    _spec = (
        ('engagement_type', 'ProductCategoriesEngagementType', 'required'),
        ('pct_change_mom', 'int', 'required'),
        ('percent_relative_volume', 'int', 'required'),
        ('product_category', 'str', 'required'),
        ('verticals', 'list[VerticalProductCategory]'),
    )
    _positional = ('engagement_type', 'pct_change_mom', 'percent_relative_volume', 'product_category')

    if TYPE_CHECKING:

        def __init__(
            self,
            engagement_type: Union[ProductCategoriesEngagementType, str],
            pct_change_mom: int,
            percent_relative_volume: int,
            product_category: str,
            *,
            verticals: Optional[List[Union[VerticalProductCategory, str]]] = ...,
        ) -> None: ...


class TrendingTopic(Model):
    """Individual trending topic within an interest category"""

    description: str
    """Description of the trending topic"""

    percent_growth_mom: int
    """Month-over-month growth percentage"""

    pins: List[TrendingPin]
    """Array of pin images related to this trend (up to 6)"""

    related_interests: List[str]
    """List of related interest categories"""

    related_searches: List[str]
    """List of related search terms"""

    time_series: Dict[str, float]
    """Time series data showing trend values over time, with dates as keys and values as numeric"""

    title: str
    """Title of the trending topic"""

    _spec = (
        ('description', 'str', 'required'),
        ('percent_growth_mom', 'int', 'required'),
        ('pins', 'list[TrendingPin]', 'required', {'max_items': 6}),
        ('related_interests', 'list[str]', 'required'),
        ('related_searches', 'list[str]', 'required'),
        ('time_series', 'dict[float]', 'required'),
        ('title', 'str', 'required'),
    )
    _positional = ('description', 'percent_growth_mom', 'pins', 'related_interests', 'related_searches', 'time_series', 'title')

    if TYPE_CHECKING:

        def __init__(
            self,
            description: str,
            percent_growth_mom: int,
            pins: List[TrendingPin],
            related_interests: List[str],
            related_searches: List[str],
            time_series: Dict[str, float],
            title: str,
        ) -> None: ...


class TrendsSupportedRegion(Enum):
    """Region"""

    US = 'US'
    CA = 'CA'
    DE = 'DE'
    FR = 'FR'
    ES = 'ES'
    IT = 'IT'
    DE_PLUSAT_PLUSCH = 'DE+AT+CH'
    GB_PLUSIE = 'GB+IE'
    IT_PLUSES_PLUSPT_PLUSGR_PLUSMT = 'IT+ES+PT+GR+MT'
    PL_PLUSRO_PLUSHU_PLUSSK_PLUSCZ = 'PL+RO+HU+SK+CZ'
    SE_PLUSDK_PLUSFI_PLUSNO = 'SE+DK+FI+NO'
    NL_PLUSBE_PLUSLU = 'NL+BE+LU'
    AR = 'AR'
    BR = 'BR'
    CO = 'CO'
    MX = 'MX'
    MX_PLUSAR_PLUSCO_PLUSCL = 'MX+AR+CO+CL'
    AU_PLUSNZ = 'AU+NZ'
