# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'A': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model, ModelList, UnionModel

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from pinterest_client.model._b import (
        BudgetType,
        BulkReportingJobStatus,
        BusinessAccessRole,
        BusinessAccessUserSummary,
    )
    from pinterest_client.model._c import (
        CampaignSummaryStatus,
        CatalogsProductGroupMultipleStringCriteria,
        ConversionAttributionWindowDays,
        ConversionReportAttributionType,
        ConversionReportTimeType,
        Country,
        CreativeType,
        Currency,
        CustomizableCTAType,
    )
    from pinterest_client.model._d import DataOutputFormat, DataStatus, DisclosureType
    from pinterest_client.model._e import EntityStatus, EventData, Exception
    from pinterest_client.model._g import Granularity, GridClickType
    from pinterest_client.model._l import Language, LeadSubscription
    from pinterest_client.model._m import MatchTypeResponse, Metrics, MetricsReportingLevel
    from pinterest_client.model._o import ObjectiveType, OptimizationGoalMetadata
    from pinterest_client.model._p import (
        PacingDeliveryType,
        PinPromotionSummaryStatus,
        PlacementGroupType,
        PlacementMultipliers,
        ProductGroupSummaryStatus,
    )
    from pinterest_client.model._q import QuizPinData
    from pinterest_client.model._r import ReportingColumnAsync, ReportingTimeZone
    from pinterest_client.model._s import SharedAudienceAccount
    from pinterest_client.model._t import TargetingSpec, TrackingUrls
    from pinterest_client.model._u import UpdateMaskBidOptionField


class Account(Model):
    """Account (component schema `Account`)."""

    about: Optional[str]
    """Profile about description."""

    account_type: Optional[str]
    """Type of account"""

    board_count: Optional[int]
    """User account board count.<br/>**Note**: Board count on user account level may differ from counts found elsewhere due to attribution of collaborative Boards."""

    business_name: Optional[str]

    follower_count: Optional[int]
    """User account follower count."""

    following_count: Optional[int]
    """User account following count."""

    id: Optional[str]
    """User account ID."""

    monthly_views: Optional[int]
    """User account monthly views."""

    pin_count: Optional[int]
    """User account pin count. This includes both created and saved pins."""

    profile_image: Optional[str]

    username: Optional[str]

    website_url: Optional[str]

    _spec = (
        ('about', 'str'),
        ('account_type', 'str', '', {'enum': ('PINNER', 'BUSINESS')}),
        ('board_count', 'int', 'nullable read_only'),
        ('business_name', 'str', 'nullable'),
        ('follower_count', 'int', 'nullable read_only'),
        ('following_count', 'int', 'nullable read_only'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('monthly_views', 'int', 'nullable read_only'),
        ('pin_count', 'int', 'nullable read_only'),
        ('profile_image', 'str'),
        ('username', 'str'),
        ('website_url', 'str'),
    )


class ActionType(Enum):
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    CLICKTHROUGH = 'CLICKTHROUGH'
    IMPRESSION = 'IMPRESSION'
    VIDEO_V_50_MRC = 'VIDEO_V_50_MRC'


class AdAccount(Model):
    """AdAccount (component schema `AdAccount`)."""

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    created_time: Optional[int]
    """Creation time. Unix timestamp in seconds."""

    currency: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    id: str

    name: Optional[str]
    """Ad account name."""

    owner: Optional[AdAccountOwner]
    """Ad account owner"""

    permissions: Optional[List[Union[BusinessAccessRole, str]]]
    """permissions"""

    updated_time: Optional[int]
    """updated_time"""

    _spec = (
        ('country', 'Country'),
        ('created_time', 'int', 'nullable read_only'),
        ('currency', 'Currency'),
        ('id', 'str', 'required', {'max_length': 18, 'pattern': '^\\d+$'}),
        ('name', 'str', '', {'max_length': 256}),
        ('owner', 'AdAccountOwner', 'read_only'),
        ('permissions', 'list[BusinessAccessRole]', 'read_only'),
        ('updated_time', 'int', 'nullable read_only'),
    )


class AdAccountAnalyticsResponse(ModelList):
    """AdAccountAnalyticsResponse (component schema `AdAccountAnalyticsResponse`)."""

    _item_type = 'AdAccountAnalyticsResponseItem'


class AdAccountAnalyticsResponseItem(Model):
    """AdAccountAnalyticsResponseItem (inline schema)."""

    AD_ACCOUNT_ID: str
    """The ID of the advertiser that this metrics belongs to."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _spec = (
        ('AD_ACCOUNT_ID', 'str', 'required', {'pattern': '^\\d+$'}),
        ('DATE', 'date'),
    )


class AdAccountCreate(Model):
    """Resource create operation model."""

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    currency: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    name: Optional[str]
    """Ad account name."""

    owner_user_id: Optional[str]
    """Advertiser's owning user ID."""

    _spec = (
        ('country', 'Country'),
        ('currency', 'Currency'),
        ('name', 'str', '', {'max_length': 256}),
        ('owner_user_id', 'str', '', {'pattern': '^\\d+$'}),
    )


class AdAccountCreateRequest(Model):
    """Deprecated: from Pinterest's spec 5.14.0, no longer in the current spec; kept for code written against the original client.

    AdAccountCreate
    """

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    name: Optional[str]
    """Ad Account name."""

    owner_user_id: Optional[str]
    """Advertiser's owning user ID."""

    _spec = (
        ('country', 'Country'),
        ('name', 'str', '', {'max_length': 256}),
        ('owner_user_id', 'str', '', {'pattern': '^\\d+$'}),
    )


class AdAccountCreateSubscriptionRequest(Model):
    """AdAccountCreateSubscriptionRequest"""

    lead_form_id: Optional[str]
    """Lead form ID."""

    partner_access_token: Optional[str]
    """Partner access token. Only for clients that requires authentication. We recommend to avoid this param."""

    partner_metadata: Optional[AdAccountCreateSubscriptionRequestPartnerMetadata]
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    partner_refresh_token: Optional[str]
    """Partner refresh token. Only for clients that requires authentication. We recommend to avoid this param."""

    webhook_url: str
    """Standard HTTPS webhook URL."""

    _spec = (
        ('lead_form_id', 'str', '', {'pattern': '^\\d+$'}),
        ('partner_access_token', 'str'),
        ('partner_metadata', 'AdAccountCreateSubscriptionRequestPartnerMetadata'),
        ('partner_refresh_token', 'str'),
        ('webhook_url', 'str', 'required'),
    )


class AdAccountCreateSubscriptionRequestPartnerMetadata(Model):
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    subscriber_key: Optional[str]
    """Text field value that uniquely identifies a subscriber."""

    _spec = (
        ('subscriber_key', 'str'),
    )


class AdAccountCreateSubscriptionResponse(Model):
    """AdAccountCreateSubscriptionResponse"""

    ad_account_id: Optional[str]
    """The Ad Account ID that this lead form belongs to."""

    api_version: Optional[str]
    """API version."""

    created_time: Optional[int]
    """Subscription creation time. Unix timestamp in milliseconds."""

    cryptographic_algorithm: Optional[str]
    """Lead data encryption algorithm."""

    cryptographic_key: Optional[str]
    """Base64 encoded key for client to decrypt lead data."""

    id: Optional[str]
    """Subscription ID."""

    lead_form_id: Optional[str]
    """Lead form ID."""

    user_account_id: Optional[str]
    """User account used to subscribe lead data."""

    webhook_url: Optional[str]
    """Standard HTTPS webhook URL."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('api_version', 'str'),
        ('created_time', 'int'),
        ('cryptographic_algorithm', 'str', 'nullable'),
        ('cryptographic_key', 'str', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('lead_form_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('user_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('webhook_url', 'str'),
    )


class AdAccountGetSubscriptionResponse(Model):
    """AdAccountGetSubscriptionsResponse"""

    lead_form_id: Optional[str]
    """Lead form ID."""

    webhook_url: Optional[str]
    """Standard HTTPS webhook URL."""

    ad_account_id: Optional[str]
    """The Ad Account ID that this lead form belongs to."""

    api_version: Optional[str]
    """API version."""

    created_time: Optional[int]
    """Lead subscription creation time. Unix timestamp in milliseconds."""

    cryptographic_algorithm: Optional[str]
    """Lead data encryption algorithm."""

    cryptographic_key: Optional[str]
    """Base64 encoded key for client to decrypt lead data."""

    id: Optional[str]
    """Subscription ID."""

    user_account_id: Optional[str]
    """User account used to subscribe lead data."""

    _spec = (
        ('lead_form_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('webhook_url', 'str'),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('api_version', 'str'),
        ('created_time', 'int'),
        ('cryptographic_algorithm', 'str', 'nullable'),
        ('cryptographic_key', 'str', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('user_account_id', 'str', '', {'pattern': '^\\d+$'}),
    )


class AdAccountOwner(Model):
    """AdAccountOwner (component schema)."""

    id: Optional[str]
    """The owning account's user ID."""

    username: Optional[str]
    """Public username for the user account"""

    _spec = (
        ('id', 'str'),
        ('username', 'str'),
    )


class AdAccountsAudiencesSharedAccountsListResponse(Model):
    """AdAccountsAudiencesSharedAccountsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[SharedAudienceAccount]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[SharedAudienceAccount]', 'required'),
    )


class AdAccountsCountryResponse(Model):
    """AdAccountsCountryResponse (component schema `AdAccountsCountryResponse`)."""

    items: Optional[List[AdAccountsCountryResponseData]]

    _spec = (
        ('items', 'list[AdAccountsCountryResponseData]'),
    )


class AdAccountsCountryResponseData(Model):
    """AdAccountsCountryResponseData (component schema)."""

    code: Optional[Union[AdCountry, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    currency: Optional[str]
    """Country currency."""

    index: Optional[float]
    """Country index"""

    name: Optional[str]
    """Country name"""

    _spec = (
        ('code', 'AdCountry'),
        ('currency', 'str'),
        ('index', 'float'),
        ('name', 'str'),
    )


class AdAccountsListResponse(Model):
    """AdAccountsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[AdAccount]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[AdAccount]', 'required'),
    )


class AdAccountsSubscriptionsGetListResponse(Model):
    """AdAccountsSubscriptionsGetListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[LeadSubscription]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[LeadSubscription]', 'required'),
    )


class AdArrayResponse(Model):
    """AdArrayResponse"""

    items: Optional[List[AdArrayResponseElement]]

    _spec = (
        ('items', 'list[AdArrayResponseElement]'),
    )


class AdArrayResponseElement(Model):
    """AdArrayResponseElement (component schema)."""

    data: Optional[AdResponse]

    exceptions: Optional[Exception]
    """Generic exception class to be used within schemas"""

    _spec = (
        ('data', 'AdResponse'),
        ('exceptions', 'Exception'),
    )


class AdCommon(Model):
    """Creation fields"""

    ad_group_id: Optional[str]
    """ID of the ad group that contains the ad."""

    android_deep_link: Optional[str]
    """Deep link URL for Android devices."""

    carousel_android_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on Android."""

    carousel_destination_urls: Optional[List[str]]
    """Comma-separated destination URLs for the carousel pin to promote."""

    carousel_ios_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on iOS."""

    click_tracking_url: Optional[str]
    """Tracking url for the ad clicks."""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[Union[CustomizableCTAType, str]]
    """Select a call to action (CTA) to display below your ad. Available only for ads with direct links enabled. CTA options for consideration and conversion campaigns are LEARN_MORE, SHOP_NOW, BOOK_NOW, SIGN_UP, VISIT_SITE, BUY_NOW, GET_OFFER, ORDER_NOW, ADD_TO_CART (for conversion campaigns with add to cart conversion events only)"""

    destination_url: Optional[str]
    """Destination URL."""

    disclosure_type: Optional[Union[DisclosureType, str]]
    """Type of information in the page referenced by `disclosure_url`, provided either by the Food and Drug Administration (FDA) or the manufacturer."""

    disclosure_url: Optional[str]
    """URL for a page that provides disclosures about a pharmaceutical product, such as potential side effects. Make sure the URL takes the user directly to the disclosure content and the referenced site is secure."""

    grid_click_type: Optional[Union[GridClickType, str]]
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    ios_deep_link: Optional[str]
    """Deep link URL for iOS devices."""

    is_pin_deleted: Optional[bool]
    """Is original pin deleted?"""

    is_removable: Optional[bool]
    """Is pin repinnable?"""

    lead_form_id: Optional[str]
    """Lead form ID for lead ad generation."""

    name: Optional[str]
    """Name of the ad - 255 chars max."""

    quiz_pin_data: Optional[QuizPinData]
    """Before creating a quiz ad, you must create an organic Pin using POST/Create Pin for each result in the quiz. Quiz ads cannot be saved by a Pinner. Quiz ad results can be saved."""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_urls: Optional[TrackingUrls]

    view_tracking_url: Optional[str]
    """Tracking URL for ad impressions."""

    _spec = (
        ('ad_group_id', 'str', '', {'pattern': '^(AG)?\\d+$'}),
        ('android_deep_link', 'str', 'nullable'),
        ('carousel_android_deep_links', 'list[str]', 'nullable'),
        ('carousel_destination_urls', 'list[str]', 'nullable'),
        ('carousel_ios_deep_links', 'list[str]', 'nullable'),
        ('click_tracking_url', 'str', 'nullable'),
        ('creative_type', 'CreativeType'),
        ('customizable_cta_type', 'CustomizableCTAType', 'nullable'),
        ('destination_url', 'str', 'nullable'),
        ('disclosure_type', 'DisclosureType', 'nullable'),
        ('disclosure_url', 'str', 'nullable'),
        ('grid_click_type', 'GridClickType', 'nullable'),
        ('ios_deep_link', 'str', 'nullable'),
        ('is_pin_deleted', 'bool'),
        ('is_removable', 'bool'),
        ('lead_form_id', 'str', 'nullable', {'pattern': '^(AG)?\\d+$'}),
        ('name', 'str', 'nullable'),
        ('quiz_pin_data', 'QuizPinData', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('view_tracking_url', 'str', 'nullable'),
    )


class AdCountry(Enum):
    """Country ID from ISO 3166-1 alpha-2."""

    AD = 'AD'
    AE = 'AE'
    AF = 'AF'
    AG = 'AG'
    AI = 'AI'
    AL = 'AL'
    AM = 'AM'
    AO = 'AO'
    AQ = 'AQ'
    AR = 'AR'
    AS = 'AS'
    AT = 'AT'
    AU = 'AU'
    AW = 'AW'
    AX = 'AX'
    AZ = 'AZ'
    BA = 'BA'
    BB = 'BB'
    BD = 'BD'
    BE = 'BE'
    BF = 'BF'
    BG = 'BG'
    BH = 'BH'
    BI = 'BI'
    BJ = 'BJ'
    BL = 'BL'
    BM = 'BM'
    BN = 'BN'
    BO = 'BO'
    BQ = 'BQ'
    BR = 'BR'
    BS = 'BS'
    BT = 'BT'
    BV = 'BV'
    BW = 'BW'
    BY = 'BY'
    BZ = 'BZ'
    CA = 'CA'
    CC = 'CC'
    CD = 'CD'
    CF = 'CF'
    CG = 'CG'
    CH = 'CH'
    CI = 'CI'
    CK = 'CK'
    CL = 'CL'
    CM = 'CM'
    CN = 'CN'
    CO = 'CO'
    CR = 'CR'
    CU = 'CU'
    CV = 'CV'
    CW = 'CW'
    CX = 'CX'
    CY = 'CY'
    CZ = 'CZ'
    DE = 'DE'
    DJ = 'DJ'
    DK = 'DK'
    DM = 'DM'
    DO = 'DO'
    DZ = 'DZ'
    EC = 'EC'
    EE = 'EE'
    EG = 'EG'
    EH = 'EH'
    ER = 'ER'
    ES = 'ES'
    ET = 'ET'
    FI = 'FI'
    FJ = 'FJ'
    FK = 'FK'
    FM = 'FM'
    FO = 'FO'
    FR = 'FR'
    GA = 'GA'
    GB = 'GB'
    GD = 'GD'
    GE = 'GE'
    GF = 'GF'
    GG = 'GG'
    GH = 'GH'
    GI = 'GI'
    GL = 'GL'
    GM = 'GM'
    GN = 'GN'
    GP = 'GP'
    GQ = 'GQ'
    GR = 'GR'
    GS = 'GS'
    GT = 'GT'
    GU = 'GU'
    GW = 'GW'
    GY = 'GY'
    HK = 'HK'
    HM = 'HM'
    HN = 'HN'
    HR = 'HR'
    HT = 'HT'
    HU = 'HU'
    ID = 'ID'
    IE = 'IE'
    IL = 'IL'
    IM = 'IM'
    IN = 'IN'
    IO = 'IO'
    IQ = 'IQ'
    IR = 'IR'
    IS = 'IS'
    IT = 'IT'
    JE = 'JE'
    JM = 'JM'
    JO = 'JO'
    JP = 'JP'
    KE = 'KE'
    KG = 'KG'
    KH = 'KH'
    KI = 'KI'
    KM = 'KM'
    KN = 'KN'
    KR = 'KR'
    KW = 'KW'
    KY = 'KY'
    KZ = 'KZ'
    LA = 'LA'
    LB = 'LB'
    LC = 'LC'
    LI = 'LI'
    LK = 'LK'
    LR = 'LR'
    LS = 'LS'
    LT = 'LT'
    LU = 'LU'
    LV = 'LV'
    LY = 'LY'
    MA = 'MA'
    MC = 'MC'
    MD = 'MD'
    ME = 'ME'
    MF = 'MF'
    MG = 'MG'
    MH = 'MH'
    MK = 'MK'
    ML = 'ML'
    MM = 'MM'
    MN = 'MN'
    MO = 'MO'
    MP = 'MP'
    MQ = 'MQ'
    MR = 'MR'
    MS = 'MS'
    MT = 'MT'
    MU = 'MU'
    MV = 'MV'
    MW = 'MW'
    MX = 'MX'
    MY = 'MY'
    MZ = 'MZ'
    NA = 'NA'
    NC = 'NC'
    NE = 'NE'
    NF = 'NF'
    NG = 'NG'
    NI = 'NI'
    NL = 'NL'
    NO = 'NO'
    NP = 'NP'
    NR = 'NR'
    NU = 'NU'
    NZ = 'NZ'
    OM = 'OM'
    PA = 'PA'
    PE = 'PE'
    PF = 'PF'
    PG = 'PG'
    PH = 'PH'
    PK = 'PK'
    PL = 'PL'
    PM = 'PM'
    PN = 'PN'
    PR = 'PR'
    PS = 'PS'
    PT = 'PT'
    PW = 'PW'
    PY = 'PY'
    QA = 'QA'
    RE = 'RE'
    RO = 'RO'
    RS = 'RS'
    RU = 'RU'
    RW = 'RW'
    SA = 'SA'
    SB = 'SB'
    SC = 'SC'
    SD = 'SD'
    SE = 'SE'
    SG = 'SG'
    SH = 'SH'
    SI = 'SI'
    SJ = 'SJ'
    SK = 'SK'
    SL = 'SL'
    SM = 'SM'
    SN = 'SN'
    SO = 'SO'
    SR = 'SR'
    SS = 'SS'
    ST = 'ST'
    SV = 'SV'
    SX = 'SX'
    SY = 'SY'
    SZ = 'SZ'
    TC = 'TC'
    TD = 'TD'
    TF = 'TF'
    TG = 'TG'
    TH = 'TH'
    TJ = 'TJ'
    TK = 'TK'
    TL = 'TL'
    TM = 'TM'
    TN = 'TN'
    TO = 'TO'
    TR = 'TR'
    TT = 'TT'
    TV = 'TV'
    TW = 'TW'
    TZ = 'TZ'
    UA = 'UA'
    UG = 'UG'
    UM = 'UM'
    US = 'US'
    UY = 'UY'
    UZ = 'UZ'
    VA = 'VA'
    VC = 'VC'
    VE = 'VE'
    VG = 'VG'
    VI = 'VI'
    VN = 'VN'
    VU = 'VU'
    WF = 'WF'
    WS = 'WS'
    YE = 'YE'
    YT = 'YT'
    ZA = 'ZA'
    ZM = 'ZM'
    ZW = 'ZW'


class AdCreateRequest(Model):
    """AdCreateRequest (component schema `AdCreateRequest`)."""

    ad_group_id: str
    """ID of the ad group that contains the ad."""

    android_deep_link: Optional[str]
    """Deep link URL for Android devices."""

    carousel_android_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on Android."""

    carousel_destination_urls: Optional[List[str]]
    """Comma-separated destination URLs for the carousel pin to promote."""

    carousel_ios_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on iOS."""

    click_tracking_url: Optional[str]
    """Tracking url for the ad clicks."""

    creative_type: Union[CreativeType, str]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[Union[CustomizableCTAType, str]]
    """Select a call to action (CTA) to display below your ad. Available only for ads with direct links enabled. CTA options for consideration and conversion campaigns are LEARN_MORE, SHOP_NOW, BOOK_NOW, SIGN_UP, VISIT_SITE, BUY_NOW, GET_OFFER, ORDER_NOW, ADD_TO_CART (for conversion campaigns with add to cart conversion events only)"""

    destination_url: Optional[str]
    """Destination URL."""

    disclosure_type: Optional[Union[DisclosureType, str]]
    """Type of information in the page referenced by `disclosure_url`, provided either by the Food and Drug Administration (FDA) or the manufacturer."""

    disclosure_url: Optional[str]
    """URL for a page that provides disclosures about a pharmaceutical product, such as potential side effects. Make sure the URL takes the user directly to the disclosure content and the referenced site is secure."""

    grid_click_type: Optional[Union[GridClickType, str]]
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    ios_deep_link: Optional[str]
    """Deep link URL for iOS devices."""

    is_pin_deleted: Optional[bool]
    """Is original pin deleted?"""

    is_removable: Optional[bool]
    """Is pin repinnable?"""

    lead_form_id: Optional[str]
    """Lead form ID for lead ad generation."""

    name: Optional[str]
    """Name of the ad - 255 chars max."""

    quiz_pin_data: Optional[QuizPinData]
    """Before creating a quiz ad, you must create an organic Pin using POST/Create Pin for each result in the quiz. Quiz ads cannot be saved by a Pinner. Quiz ad results can be saved."""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_urls: Optional[TrackingUrls]

    view_tracking_url: Optional[str]
    """Tracking URL for ad impressions."""

    pin_id: str
    """Pin ID."""

    _spec = (
        ('ad_group_id', 'str', 'required', {'pattern': '^(AG)?\\d+$'}),
        ('android_deep_link', 'str', 'nullable'),
        ('carousel_android_deep_links', 'list[str]', 'nullable'),
        ('carousel_destination_urls', 'list[str]', 'nullable'),
        ('carousel_ios_deep_links', 'list[str]', 'nullable'),
        ('click_tracking_url', 'str', 'nullable'),
        ('creative_type', 'CreativeType', 'required'),
        ('customizable_cta_type', 'CustomizableCTAType', 'nullable'),
        ('destination_url', 'str', 'nullable'),
        ('disclosure_type', 'DisclosureType', 'nullable'),
        ('disclosure_url', 'str', 'nullable'),
        ('grid_click_type', 'GridClickType', 'nullable'),
        ('ios_deep_link', 'str', 'nullable'),
        ('is_pin_deleted', 'bool'),
        ('is_removable', 'bool'),
        ('lead_form_id', 'str', 'nullable', {'pattern': '^(AG)?\\d+$'}),
        ('name', 'str', 'nullable'),
        ('quiz_pin_data', 'QuizPinData', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('view_tracking_url', 'str', 'nullable'),
        ('pin_id', 'str', 'required', {'pattern': '^\\d+$'}),
    )


class AdGroupArrayResponse(Model):
    """AdGroupArrayResponse (component schema `AdGroupArrayResponse`)."""

    items: Optional[List[AdGroupArrayResponseElement]]

    _spec = (
        ('items', 'list[AdGroupArrayResponseElement]'),
    )


class AdGroupArrayResponseElement(Model):
    """AdGroupArrayResponseElement (component schema)."""

    data: Optional[AdGroupResponse]

    exceptions: Optional[List[Exception]]

    _spec = (
        ('data', 'AdGroupResponse'),
        ('exceptions', 'list[Exception]'),
    )


class AdGroupAudienceSizingRequest(Model):
    """AdGroupAudienceSizingRequest (component schema `AdGroupAudienceSizingRequest`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Default value is True. Also known as <a href="https://help.pinterest.com/en/business/article/performance-plus-targeting" target="_blank">"Pinterest Performance+ targeting"</a>."""

    creative_types: Optional[List[str]]
    """Pin creative types filter. </p><strong>Note:</strong> SHOP_THE_PIN has been deprecated. Please use COLLECTION instead."""

    keywords: Optional[List[AdGroupAudienceSizingRequestKeywordsItem]]
    """Array of keyword objects. If the keywords field is missing, all keywords will be targeted."""

    placement_group: Optional[Union[PlacementGroupType, str]]
    """<a href="/docs/redoc/#section/Placement-group">Placement group</a>."""

    product_group_ids: Optional[List[str]]
    """Targeted product group IDs. </p><strong>Note:</strong> This can only be combined with shopping/catalog sales campaigns. For more information, <a href="https://help.pinterest.com/en/business/article/shopping-ads#section-14571" target="_blank">click here</a>. SHOPPING_RETARGETING must be included in targeting_spec object or this field will be ignored."""

    targeting_spec: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    _spec = (
        ('auto_targeting_enabled', 'bool'),
        ('creative_types', 'list[str]', 'nullable', {'items': {'enum': ('REGULAR', 'VIDEO', 'SHOPPING', 'CAROUSEL', 'MAX_VIDEO', 'SHOP_THE_PIN', 'COLLECTION', 'IDEA')}}),
        ('keywords', 'list[AdGroupAudienceSizingRequestKeywordsItem]', 'nullable'),
        ('placement_group', 'PlacementGroupType'),
        ('product_group_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}),
        ('targeting_spec', 'TargetingSpec'),
    )


class AdGroupAudienceSizingRequestKeywordsItem(Model):
    """AdGroupAudienceSizingRequestKeywordsItem (inline schema)."""

    match_type: Optional[Union[MatchTypeResponse, str]]
    """Keyword match type"""

    value: str
    """Keyword value (120 chars max)."""

    _spec = (
        ('match_type', 'MatchTypeResponse', 'required nullable'),
        ('value', 'str', 'required'),
    )


class AdGroupAudienceSizingResponse(Model):
    """AdGroupAudienceSizingResponse (component schema `AdGroupAudienceSizingResponse`)."""

    audience_size_lower_bound: Optional[float]
    """The lower confidence bound of the estimated potential audience size. "Potential audience size" estimates the number of people you may be able to reach per month with your campaign. It is based on historical advertising data and the targeting criteria you select. It does not guarantee results or take into account factors such as bid, budget, schedule, seasonality or product experiments."""

    audience_size_upper_bound: Optional[float]
    """The upper confidence bound of the estimated potential audience size. "Potential audience size" estimates the number of people you may be able to reach per month with your campaign. It is based on historical advertising data and the targeting criteria you select. It does not guarantee results or take into account factors such as bid, budget, schedule, seasonality or product experiments."""

    _spec = (
        ('audience_size_lower_bound', 'float'),
        ('audience_size_upper_bound', 'float'),
    )


class AdGroupCommon(Model):
    """AdGroupCommon (component schema `AdGroupCommon`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Default value is True. Also known as <a href="https://help.pinterest.com/en/business/article/performance-plus-targeting" target="_blank">"Pinterest Performance+ targeting"</a>."""

    bid_in_micro_currency: Optional[int]
    """Bid price in micro currency. This field is **REQUIRED** for the following campaign objective_type/billable_event combinations: AWARENESS/IMPRESSION, CONSIDERATION/CLICKTHROUGH, CATALOG_SALES/CLICKTHROUGH."""

    bid_strategy_type: Optional[str]
    """Bid strategy type. For Campaigns with Video Completion objectives, the only supported bid strategy type is AUTOMATIC_BID, also known as "Pinterest Performance+ bidding"."""

    billable_event: Optional[Union[ActionType, str]]
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    budget_in_micro_currency: Optional[int]
    """Budget in micro currency. This field is **REQUIRED** for non-CBO (campaign budget optimization) campaigns.  A CBO campaign automatically generates ad group budgets from its campaign budget to maximize campaign outcome. A CBO campaign is limited to 70 or less ad groups."""

    budget_type: Optional[Union[BudgetType, str]]

    campaign_id: Optional[str]
    """Campaign ID of the ad group."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group stop appearing. If not specified, ads run indefinitely unless you update the ad group by changing their status to `paused`. Cannot occur after `end_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    is_creative_optimization: Optional[bool]
    """Enable creative optimization for the ad group, default value is FALSE. When enabled, you allow Pinterest to automatically turn your product Pins into ads in different formats (collections and shopping) and deliver those ads to users at scale."""

    lifetime_frequency_cap: Optional[int]
    """Set a limit to the number of times a promoted pin from this campaign can be impressed by a pinner within the past rolling 30 days. Only available for CPM (cost per mille (1000 impressions))  ad groups. A CPM ad group has an IMPRESSION <a href="/docs/redoc/#section/Billable-event">billable_event</a> value. This field **REQUIRES** the `end_time` field."""

    name: Optional[str]
    """Ad group name."""

    optimization_goal_metadata: Optional[OptimizationGoalMetadata]
    """Optimization goals for objective-based performance campaigns. **REQUIRED** when campaign's `objective_type` is set to `"WEB_CONVERSION"`."""

    pacing_delivery_type: Optional[Union[PacingDeliveryType, str]]

    placement_group: Optional[Union[PlacementGroupType, str]]
    """<a href="/docs/redoc/#section/Placement-group">Placement group</a>."""

    promotion_application_level: Optional[str]
    """Specify if the promotion is applied at ad group or item level"""

    promotion_id: Optional[str]
    """Promotion ID. To clear this field, set to null."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group start to appear. If not specified, ads appear during parent campaign's `start_time`. Cannot precede `start_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    status: Optional[Union[EntityStatus, str]]
    """Ad group/entity status."""

    targeting_spec: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    targeting_template_ids: Optional[List[str]]
    """Targeting template IDs applied to the ad group. We currently only support 1 targeting template per ad group. To use targeting templates, do not set any other targeting fields: targeting_spec, tracking_urls, auto_targeting_enabled, placement_group. To clear all targeting template IDs, set this field to ['0']."""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs.<br> JSON object with the format: {"<a href="/docs/redoc/#section/Tracking-URL-event">Tracking event enum</a>":[URL string array],...}<br> For example: {"impression": ["URL1", "URL2"], "click": ["URL1", "URL2", "URL3"]}.<br>Up to three tracking URLs are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. May be null. Pass in an empty object - {} - to remove tracking URLs.<br><br> For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    _spec = (
        ('auto_targeting_enabled', 'bool', 'nullable'),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('bid_strategy_type', 'str', 'nullable', {'enum': ('AUTOMATIC_BID', 'MAX_BID', 'TARGET_AVG')}),
        ('billable_event', 'ActionType'),
        ('budget_in_micro_currency', 'int', 'nullable'),
        ('budget_type', 'BudgetType'),
        ('campaign_id', 'str', '', {'pattern': '^[C]?\\d+$'}),
        ('end_time', 'int', 'nullable'),
        ('is_creative_optimization', 'bool', 'nullable'),
        ('lifetime_frequency_cap', 'int'),
        ('name', 'str'),
        ('optimization_goal_metadata', 'OptimizationGoalMetadata', 'nullable'),
        ('pacing_delivery_type', 'PacingDeliveryType'),
        ('placement_group', 'PlacementGroupType'),
        ('promotion_application_level', 'str', 'nullable', {'enum': ('NONE', 'ITEM', 'AD_GROUP')}),
        ('promotion_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('targeting_spec', 'TargetingSpec'),
        ('targeting_template_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}, 'max_items': 1}),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
    )


class AdGroupCreateRequest(Model):
    """AdGroupCreateRequest (component schema `AdGroupCreateRequest`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Default value is True. Also known as <a href="https://help.pinterest.com/en/business/article/performance-plus-targeting" target="_blank">"Pinterest Performance+ targeting"</a>."""

    bid_in_micro_currency: Optional[int]
    """Bid price in micro currency. This field is **REQUIRED** for the following campaign objective_type/billable_event combinations: AWARENESS/IMPRESSION, CONSIDERATION/CLICKTHROUGH, CATALOG_SALES/CLICKTHROUGH."""

    bid_strategy_type: Optional[str]
    """Bid strategy type. For Campaigns with Video Completion objectives, the only supported bid strategy type is AUTOMATIC_BID, also known as "Pinterest Performance+ bidding"."""

    billable_event: Union[ActionType, str]
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    budget_in_micro_currency: Optional[int]
    """Budget in micro currency. This field is **REQUIRED** for non-CBO (campaign budget optimization) campaigns.  A CBO campaign automatically generates ad group budgets from its campaign budget to maximize campaign outcome. A CBO campaign is limited to 70 or less ad groups."""

    budget_type: Optional[Union[BudgetType, str]]

    campaign_id: str
    """Campaign ID of the ad group."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group stop appearing. If not specified, ads run indefinitely unless you update the ad group by changing their status to `paused`. Cannot occur after `end_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    is_creative_optimization: Optional[bool]
    """Enable creative optimization for the ad group, default value is FALSE. When enabled, you allow Pinterest to automatically turn your product Pins into ads in different formats (collections and shopping) and deliver those ads to users at scale."""

    lifetime_frequency_cap: Optional[int]
    """Set a limit to the number of times a promoted pin from this campaign can be impressed by a pinner within the past rolling 30 days. Only available for CPM (cost per mille (1000 impressions))  ad groups. A CPM ad group has an IMPRESSION <a href="/docs/redoc/#section/Billable-event">billable_event</a> value. This field **REQUIRES** the `end_time` field."""

    name: str
    """Ad group name."""

    optimization_goal_metadata: Optional[OptimizationGoalMetadata]
    """Optimization goals for objective-based performance campaigns. **REQUIRED** when campaign's `objective_type` is set to `"WEB_CONVERSION"`."""

    pacing_delivery_type: Optional[Union[PacingDeliveryType, str]]

    placement_group: Optional[Union[PlacementGroupType, str]]
    """<a href="/docs/redoc/#section/Placement-group">Placement group</a>."""

    promotion_application_level: Optional[str]
    """Specify if the promotion is applied at ad group or item level"""

    promotion_id: Optional[str]
    """Promotion ID. To clear this field, set to null."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group start to appear. If not specified, ads appear during parent campaign's `start_time`. Cannot precede `start_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    status: Optional[Union[EntityStatus, str]]
    """Ad group/entity status."""

    targeting_spec: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    targeting_template_ids: Optional[List[str]]
    """Targeting template IDs applied to the ad group. We currently only support 1 targeting template per ad group. To use targeting templates, do not set any other targeting fields: targeting_spec, tracking_urls, auto_targeting_enabled, placement_group. To clear all targeting template IDs, set this field to ['0']."""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs.<br> JSON object with the format: {"<a href="/docs/redoc/#section/Tracking-URL-event">Tracking event enum</a>":[URL string array],...}<br> For example: {"impression": ["URL1", "URL2"], "click": ["URL1", "URL2", "URL3"]}.<br>Up to three tracking URLs are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. May be null. Pass in an empty object - {} - to remove tracking URLs.<br><br> For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    bid_multiplier: Optional[float]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank>Open beta</a>
    Bid multiplier for ad group. This value is a double between 0.1
    and 10.0. Enter 0 to remove the bid multiplier.
    - Make sure the `bid_strategy` type for your ad group is set to `AUTOMATIC_BID`.
    - Not currently supported for <a href="/docs/api-features/pinterest-performance-plus-setup/" target="blank">Pinterest Performance+ campaigns</a>.
    """

    _spec = (
        ('auto_targeting_enabled', 'bool'),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('bid_strategy_type', 'str', 'nullable', {'enum': ('AUTOMATIC_BID', 'MAX_BID', 'TARGET_AVG')}),
        ('billable_event', 'ActionType', 'required'),
        ('budget_in_micro_currency', 'int', 'nullable'),
        ('budget_type', 'BudgetType'),
        ('campaign_id', 'str', 'required', {'pattern': '^[C]?\\d+$'}),
        ('end_time', 'int', 'nullable'),
        ('is_creative_optimization', 'bool', 'nullable'),
        ('lifetime_frequency_cap', 'int'),
        ('name', 'str', 'required'),
        ('optimization_goal_metadata', 'OptimizationGoalMetadata', 'nullable'),
        ('pacing_delivery_type', 'PacingDeliveryType'),
        ('placement_group', 'PlacementGroupType'),
        ('promotion_application_level', 'str', 'nullable', {'enum': ('NONE', 'ITEM', 'AD_GROUP')}),
        ('promotion_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('targeting_spec', 'TargetingSpec'),
        ('targeting_template_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}, 'max_items': 1}),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('bid_multiplier', 'float', '', {'maximum': 10, 'minimum': 0}),
    )


class AdGroupIdFilter(Model):
    """AdGroupIdFilter (component schema `AdGroupIdFilter`)."""

    ad_group_ids: Optional[List[str]]
    """List of ad group ids"""

    _spec = (
        ('ad_group_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
    )


class AdGroupResponse(Model):
    """AdGroupResponse (component schema)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Default value is True. Also known as <a href="https://help.pinterest.com/en/business/article/performance-plus-targeting" target="_blank">"Pinterest Performance+ targeting"</a>."""

    bid_in_micro_currency: Optional[int]
    """Bid price in micro currency. This field is **REQUIRED** for the following campaign objective_type/billable_event combinations: AWARENESS/IMPRESSION, CONSIDERATION/CLICKTHROUGH, CATALOG_SALES/CLICKTHROUGH."""

    bid_strategy_type: Optional[str]
    """Bid strategy type. For Campaigns with Video Completion objectives, the only supported bid strategy type is AUTOMATIC_BID, also known as "Pinterest Performance+ bidding"."""

    billable_event: Optional[Union[ActionType, str]]
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    budget_in_micro_currency: Optional[int]
    """Budget in micro currency. This field is **REQUIRED** for non-CBO (campaign budget optimization) campaigns.  A CBO campaign automatically generates ad group budgets from its campaign budget to maximize campaign outcome. A CBO campaign is limited to 70 or less ad groups."""

    budget_type: Optional[Union[BudgetType, str]]

    campaign_id: Optional[str]
    """Campaign ID of the ad group."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group stop appearing. If not specified, ads run indefinitely unless you update the ad group by changing their status to `paused`. Cannot occur after `end_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    is_creative_optimization: Optional[bool]
    """Enable creative optimization for the ad group, default value is FALSE. When enabled, you allow Pinterest to automatically turn your product Pins into ads in different formats (collections and shopping) and deliver those ads to users at scale."""

    lifetime_frequency_cap: Optional[int]
    """Set a limit to the number of times a promoted pin from this campaign can be impressed by a pinner within the past rolling 30 days. Only available for CPM (cost per mille (1000 impressions))  ad groups. A CPM ad group has an IMPRESSION <a href="/docs/redoc/#section/Billable-event">billable_event</a> value. This field **REQUIRES** the `end_time` field."""

    name: Optional[str]
    """Ad group name."""

    optimization_goal_metadata: Optional[OptimizationGoalMetadata]
    """Optimization goals for objective-based performance campaigns. **REQUIRED** when campaign's `objective_type` is set to `"WEB_CONVERSION"`."""

    pacing_delivery_type: Optional[Union[PacingDeliveryType, str]]

    placement_group: Optional[Union[PlacementGroupType, str]]
    """<a href="/docs/redoc/#section/Placement-group">Placement group</a>."""

    promotion_application_level: Optional[str]
    """Specify if the promotion is applied at ad group or item level"""

    promotion_id: Optional[str]
    """Promotion ID. To clear this field, set to null."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group start to appear. If not specified, ads appear during parent campaign's `start_time`. Cannot precede `start_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    status: Optional[Union[EntityStatus, str]]
    """Ad group/entity status."""

    targeting_spec: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    targeting_template_ids: Optional[List[str]]
    """Targeting template IDs applied to the ad group. We currently only support 1 targeting template per ad group. To use targeting templates, do not set any other targeting fields: targeting_spec, tracking_urls, auto_targeting_enabled, placement_group. To clear all targeting template IDs, set this field to ['0']."""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs.<br> JSON object with the format: {"<a href="/docs/redoc/#section/Tracking-URL-event">Tracking event enum</a>":[URL string array],...}<br> For example: {"impression": ["URL1", "URL2"], "click": ["URL1", "URL2", "URL3"]}.<br>Up to three tracking URLs are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. May be null. Pass in an empty object - {} - to remove tracking URLs.<br><br> For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    ad_account_id: Optional[str]
    """Advertiser ID."""

    bid_multiplier: Optional[float]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank>Open beta</a>
    Bid multiplier for ad group. This value is a double between 0.1
    and 10.0. Enter 0 to remove the bid multiplier.
    - Not currently supported for <a href="/docs/api-features/pinterest-performance-plus-setup/" target="blank">Pinterest Performance+ campaigns</a>.
    """

    conversion_learning_mode_type: Optional[str]
    """oCPM learn mode"""

    created_time: Optional[int]
    """Ad group creation time. Unix timestamp in seconds."""

    dca_assets: Any
    """[DCA] The Dynamic creative assets to use for DCA. Dynamic Creative Assembly (DCA) accepts basic creative assets of an ad (image, video, title, call to action, logo etc). Then it automatically generates optimized ad combinations based on these assets."""

    feed_profile_id: Optional[str]
    """Feed Profile ID associated to the adgroup."""

    id: Optional[str]
    """Ad group ID."""

    summary_status: Optional[Union[AdGroupSummaryStatus, str]]
    """Ad group summary status."""

    type: Optional[str]
    """Always "adgroup"."""

    updated_time: Optional[int]
    """Ad group last update time. Unix timestamp in seconds."""

    _spec = (
        ('auto_targeting_enabled', 'bool', 'nullable'),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('bid_strategy_type', 'str', 'nullable', {'enum': ('AUTOMATIC_BID', 'MAX_BID', 'TARGET_AVG')}),
        ('billable_event', 'ActionType'),
        ('budget_in_micro_currency', 'int', 'nullable'),
        ('budget_type', 'BudgetType'),
        ('campaign_id', 'str', '', {'pattern': '^[C]?\\d+$'}),
        ('end_time', 'int', 'nullable'),
        ('is_creative_optimization', 'bool', 'nullable'),
        ('lifetime_frequency_cap', 'int'),
        ('name', 'str'),
        ('optimization_goal_metadata', 'OptimizationGoalMetadata', 'nullable'),
        ('pacing_delivery_type', 'PacingDeliveryType'),
        ('placement_group', 'PlacementGroupType'),
        ('promotion_application_level', 'str', 'nullable', {'enum': ('NONE', 'ITEM', 'AD_GROUP')}),
        ('promotion_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('targeting_spec', 'TargetingSpec'),
        ('targeting_template_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}, 'max_items': 1}),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('bid_multiplier', 'float', 'nullable', {'maximum': 10, 'minimum': 0}),
        ('conversion_learning_mode_type', 'str', 'nullable', {'enum': ('NOT_ACTIVE', 'ACTIVE')}),
        ('created_time', 'int'),
        ('dca_assets', 'any'),
        ('feed_profile_id', 'str'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('summary_status', 'AdGroupSummaryStatus'),
        ('type', 'str'),
        ('updated_time', 'int'),
    )


class AdGroupSummaryStatus(Enum):
    """Summary status for ad group"""

    RUNNING = 'RUNNING'
    PAUSED = 'PAUSED'
    NOT_STARTED = 'NOT_STARTED'
    COMPLETED = 'COMPLETED'
    ADVERTISER_DISABLED = 'ADVERTISER_DISABLED'
    ARCHIVED = 'ARCHIVED'
    DRAFT = 'DRAFT'
    DELETED_DRAFT = 'DELETED_DRAFT'


class AdGroupUpdateRequest(Model):
    """AdGroupUpdateRequest (component schema `AdGroupUpdateRequest`)."""

    auto_targeting_enabled: Optional[bool]
    """Enable auto-targeting for ad group. Default value is True. Also known as <a href="https://help.pinterest.com/en/business/article/performance-plus-targeting" target="_blank">"Pinterest Performance+ targeting"</a>."""

    bid_in_micro_currency: Optional[int]
    """Bid price in micro currency. This field is **REQUIRED** for the following campaign objective_type/billable_event combinations: AWARENESS/IMPRESSION, CONSIDERATION/CLICKTHROUGH, CATALOG_SALES/CLICKTHROUGH."""

    bid_strategy_type: Optional[str]
    """Bid strategy type. For Campaigns with Video Completion objectives, the only supported bid strategy type is AUTOMATIC_BID, also known as "Pinterest Performance+ bidding"."""

    billable_event: Optional[Union[ActionType, str]]
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    budget_in_micro_currency: Optional[int]
    """Budget in micro currency. This field is **REQUIRED** for non-CBO (campaign budget optimization) campaigns.  A CBO campaign automatically generates ad group budgets from its campaign budget to maximize campaign outcome. A CBO campaign is limited to 70 or less ad groups."""

    budget_type: Optional[Union[BudgetType, str]]

    campaign_id: Optional[str]
    """Campaign ID of the ad group."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group stop appearing. If not specified, ads run indefinitely unless you update the ad group by changing their status to `paused`. Cannot occur after `end_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    is_creative_optimization: Optional[bool]
    """Enable creative optimization for the ad group, default value is FALSE. When enabled, you allow Pinterest to automatically turn your product Pins into ads in different formats (collections and shopping) and deliver those ads to users at scale."""

    lifetime_frequency_cap: Optional[int]
    """Set a limit to the number of times a promoted pin from this campaign can be impressed by a pinner within the past rolling 30 days. Only available for CPM (cost per mille (1000 impressions))  ad groups. A CPM ad group has an IMPRESSION <a href="/docs/redoc/#section/Billable-event">billable_event</a> value. This field **REQUIRES** the `end_time` field."""

    name: Optional[str]
    """Ad group name."""

    optimization_goal_metadata: Optional[OptimizationGoalMetadata]
    """Optimization goals for objective-based performance campaigns. **REQUIRED** when campaign's `objective_type` is set to `"WEB_CONVERSION"`."""

    pacing_delivery_type: Optional[Union[PacingDeliveryType, str]]

    placement_group: Optional[Union[PlacementGroupType, str]]
    """<a href="/docs/redoc/#section/Placement-group">Placement group</a>."""

    promotion_application_level: Optional[str]
    """Specify if the promotion is applied at ad group or item level"""

    promotion_id: Optional[str]
    """Promotion ID. To clear this field, set to null."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the ad group start to appear. If not specified, ads appear during parent campaign's `start_time`. Cannot precede `start_time` for parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
    For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    status: Optional[Union[EntityStatus, str]]
    """Ad group/entity status."""

    targeting_spec: Optional[TargetingSpec]
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`"""

    targeting_template_ids: Optional[List[str]]
    """Targeting template IDs applied to the ad group. We currently only support 1 targeting template per ad group. To use targeting templates, do not set any other targeting fields: targeting_spec, tracking_urls, auto_targeting_enabled, placement_group. To clear all targeting template IDs, set this field to ['0']."""

    tracking_urls: Optional[TrackingUrls]
    """Third-party tracking URLs.<br> JSON object with the format: {"<a href="/docs/redoc/#section/Tracking-URL-event">Tracking event enum</a>":[URL string array],...}<br> For example: {"impression": ["URL1", "URL2"], "click": ["URL1", "URL2", "URL3"]}.<br>Up to three tracking URLs are supported for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. May be null. Pass in an empty object - {} - to remove tracking URLs.<br><br> For more information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-party and dynamic tracking</a>."""

    bid_multiplier: Optional[float]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank>Open beta</a>
    Bid multiplier for ad group. This value is a double between 0.1
    and 10.0. Enter 0 to remove the bid multiplier.
    - Make sure the `bid_strategy` type for your ad group is set to `AUTOMATIC_BID`.
    - Not currently supported for <a href="/docs/api-features/pinterest-performance-plus-setup/" target="blank">Pinterest Performance+ campaigns</a>.
    """

    id: str
    """Ad group ID."""

    _spec = (
        ('auto_targeting_enabled', 'bool', 'nullable'),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('bid_strategy_type', 'str', 'nullable', {'enum': ('AUTOMATIC_BID', 'MAX_BID', 'TARGET_AVG')}),
        ('billable_event', 'ActionType'),
        ('budget_in_micro_currency', 'int', 'nullable'),
        ('budget_type', 'BudgetType'),
        ('campaign_id', 'str', '', {'pattern': '^[C]?\\d+$'}),
        ('end_time', 'int', 'nullable'),
        ('is_creative_optimization', 'bool', 'nullable'),
        ('lifetime_frequency_cap', 'int'),
        ('name', 'str'),
        ('optimization_goal_metadata', 'OptimizationGoalMetadata', 'nullable'),
        ('pacing_delivery_type', 'PacingDeliveryType'),
        ('placement_group', 'PlacementGroupType'),
        ('promotion_application_level', 'str', 'nullable', {'enum': ('NONE', 'ITEM', 'AD_GROUP')}),
        ('promotion_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('targeting_spec', 'TargetingSpec'),
        ('targeting_template_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}, 'max_items': 1}),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('bid_multiplier', 'float', '', {'maximum': 10, 'minimum': 0}),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
    )


class AdGroupsAnalyticsResponse(ModelList):
    """AdGroupsAnalyticsResponse (component schema `AdGroupsAnalyticsResponse`)."""

    _item_type = 'AdGroupsAnalyticsResponseItem'


class AdGroupsAnalyticsResponseItem(Model):
    """AdGroupsAnalyticsResponseItem (inline schema)."""

    AD_GROUP_ID: Optional[str]
    """The ID of the ad group that this metrics belongs to. Returned as long as aggregate_report_rows is not true."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _spec = (
        ('AD_GROUP_ID', 'str', '', {'pattern': '^\\d+$'}),
        ('DATE', 'date'),
    )


class AdGroupsListResponse(Model):
    """AdGroupsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[AdGroupResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[AdGroupResponse]', 'required'),
    )


class AdPinAnalytics(Model):
    """AdPinAnalytics (component schema `AdPinAnalytics`)."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    PIN_ID: str
    """The ID of the pin that the metric belongs to."""

    _spec = (
        ('DATE', 'date'),
        ('PIN_ID', 'str', 'required', {'pattern': '^\\d+$'}),
    )


class AdPinId(Model):
    """AdPinId (component schema `AdPinId`)."""

    pin_id: Optional[str]
    """Pin ID."""

    _spec = (
        ('pin_id', 'str', '', {'pattern': '^\\d+$'}),
    )


class AdPinsAnalyticsResponse(ModelList):
    """AdPinsAnalyticsResponse (component schema `AdPinsAnalyticsResponse`)."""

    _item_type = 'AdPinAnalytics'


class AdPreviewRequest(UnionModel):
    """AdPreviewRequest (component schema `AdPreviewRequest`).

    One of: `AdPreviewRequestAdPreviewCreateFromImage`, `AdPreviewRequestAdPreviewCreateFromPin`, `AdPreviewRequestAdPreviewShopping`.
    """

    _variants = ('AdPreviewRequestAdPreviewCreateFromImage', 'AdPreviewRequestAdPreviewCreateFromPin', 'AdPreviewRequestAdPreviewShopping')


class AdPreviewRequestAdPreviewCreateFromImage(Model):
    """AdPreviewCreateFromImage"""

    image_url: str
    """Image URL."""

    title: str
    """Title displayed below ad."""

    _spec = (
        ('image_url', 'str', 'required'),
        ('title', 'str', 'required'),
    )


class AdPreviewRequestAdPreviewCreateFromPin(Model):
    """AdPreviewCreateFromPin"""

    pin_id: str
    """Pin ID."""

    _spec = (
        ('pin_id', 'str', 'required'),
    )


class AdPreviewRequestAdPreviewShopping(Model):
    """AdPreviewShopping"""

    catalog_product_group_id: str
    """Catalog Product Group Id."""

    creative_type: str
    """Ad format of the shopping ad preview."""

    customizable_cta_type: Optional[Union[CustomizableCTAType, str]]

    hero_image_title: Optional[str]
    """Title displayed below ad."""

    hero_image_url: Optional[str]
    """Hero image URL."""

    hero_pin_id: Optional[str]
    """Pin id for the hero image. When creative type is COLLECTION, either hero_pin_id or (hero_image_url, hero_image_title) is required."""

    image_tag: Optional[str]
    """Multi image template tag."""

    item_id: Optional[str]
    """Item id for product to preview standard shopping ads, optional and only applicable when creative type is SHOPPING."""

    preferred_media_type: Optional[str]
    """Preferred media type."""

    video_tag: Optional[str]
    """Multi video template tag, image_tag and video_tag are mutual exclusive."""

    _spec = (
        ('catalog_product_group_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('creative_type', 'str', 'required', {'enum': ('SHOPPING', 'CAROUSEL', 'COLLECTION', 'REGULAR')}),
        ('customizable_cta_type', 'CustomizableCTAType', 'nullable'),
        ('hero_image_title', 'str'),
        ('hero_image_url', 'str'),
        ('hero_pin_id', 'str', '', {'pattern': '^\\d+$'}),
        ('image_tag', 'str'),
        ('item_id', 'str'),
        ('preferred_media_type', 'str', '', {'enum': ('VIDEO', 'IMAGE')}),
        ('video_tag', 'str'),
    )


class AdPreviewURLResponse(Model):
    """AdPreviewURLResponse"""

    url: Optional[str]
    """'Preview URL, expires in 7 days. Can be used in an iframe.
    For example: https://ads.pinterest.com/ad-preview/74667c814dd2b19/
    The preview object ID/key is the last param - 74667c814dd2b19'
    """

    _spec = (
        ('url', 'str'),
    )


class AdResponse(Model):
    """AdResponse (component schema)."""

    ad_group_id: Optional[str]
    """ID of the ad group that contains the ad."""

    android_deep_link: Optional[str]
    """Deep link URL for Android devices."""

    carousel_android_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on Android."""

    carousel_destination_urls: Optional[List[str]]
    """Comma-separated destination URLs for the carousel pin to promote."""

    carousel_ios_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on iOS."""

    click_tracking_url: Optional[str]
    """Tracking url for the ad clicks."""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[Union[CustomizableCTAType, str]]
    """Select a call to action (CTA) to display below your ad. Available only for ads with direct links enabled. CTA options for consideration and conversion campaigns are LEARN_MORE, SHOP_NOW, BOOK_NOW, SIGN_UP, VISIT_SITE, BUY_NOW, GET_OFFER, ORDER_NOW, ADD_TO_CART (for conversion campaigns with add to cart conversion events only)"""

    destination_url: Optional[str]
    """Destination URL."""

    disclosure_type: Optional[Union[DisclosureType, str]]
    """Type of information in the page referenced by `disclosure_url`, provided either by the Food and Drug Administration (FDA) or the manufacturer."""

    disclosure_url: Optional[str]
    """URL for a page that provides disclosures about a pharmaceutical product, such as potential side effects. Make sure the URL takes the user directly to the disclosure content and the referenced site is secure."""

    grid_click_type: Optional[Union[GridClickType, str]]
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    ios_deep_link: Optional[str]
    """Deep link URL for iOS devices."""

    is_pin_deleted: Optional[bool]
    """Is original pin deleted?"""

    is_removable: Optional[bool]
    """Is pin repinnable?"""

    lead_form_id: Optional[str]
    """Lead form ID for lead ad generation."""

    name: Optional[str]
    """Name of the ad - 255 chars max."""

    quiz_pin_data: Optional[QuizPinData]
    """Before creating a quiz ad, you must create an organic Pin using POST/Create Pin for each result in the quiz. Quiz ads cannot be saved by a Pinner. Quiz ad results can be saved."""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_urls: Optional[TrackingUrls]

    view_tracking_url: Optional[str]
    """Tracking URL for ad impressions."""

    pin_id: Optional[str]
    """Pin ID."""

    ad_account_id: Optional[str]
    """The ID of the advertiser that this ad belongs to."""

    campaign_id: Optional[str]
    """ID of the ad campaign that contains this ad."""

    collection_items_destination_url_template: Optional[str]
    """Destination URL template for all items within a collections drawer."""

    created_time: Optional[int]
    """Pin creation time. Unix timestamp in seconds."""

    id: Optional[str]
    """The ID of this ad."""

    rejected_reasons: Optional[List[str]]
    """Enum reason why the pin was rejected. Returned if <code>review_status</code> is "REJECTED"."""

    rejection_labels: Optional[List[str]]
    """Text reason why the pin was rejected. Returned if <code>review_status</code> is "REJECTED"."""

    review_status: Optional[str]
    """Ad review status"""

    summary_status: Optional[Union[PinPromotionSummaryStatus, str]]
    """Ad summary status"""

    type: Optional[str]
    """Always "ad"."""

    updated_time: Optional[int]
    """Last update time. Unix timestamp in seconds."""

    _spec = (
        ('ad_group_id', 'str', '', {'pattern': '^(AG)?\\d+$'}),
        ('android_deep_link', 'str', 'nullable'),
        ('carousel_android_deep_links', 'list[str]', 'nullable'),
        ('carousel_destination_urls', 'list[str]', 'nullable'),
        ('carousel_ios_deep_links', 'list[str]', 'nullable'),
        ('click_tracking_url', 'str', 'nullable'),
        ('creative_type', 'CreativeType'),
        ('customizable_cta_type', 'CustomizableCTAType', 'nullable'),
        ('destination_url', 'str', 'nullable'),
        ('disclosure_type', 'DisclosureType', 'nullable'),
        ('disclosure_url', 'str', 'nullable'),
        ('grid_click_type', 'GridClickType', 'nullable'),
        ('ios_deep_link', 'str', 'nullable'),
        ('is_pin_deleted', 'bool'),
        ('is_removable', 'bool'),
        ('lead_form_id', 'str', 'nullable', {'pattern': '^(AG)?\\d+$'}),
        ('name', 'str', 'nullable'),
        ('quiz_pin_data', 'QuizPinData', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('view_tracking_url', 'str', 'nullable'),
        ('pin_id', 'str', '', {'pattern': '^\\d+$'}),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('campaign_id', 'str', '', {'pattern': '^\\d+$'}),
        ('collection_items_destination_url_template', 'str', 'nullable'),
        ('created_time', 'int'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('rejected_reasons', 'list[str]', '', {'items': {'enum': ('HASHTAGS', 'PROMOTIONS_AND_PRICES', 'TARGETING', 'LANDING_PAGE', 'CAPS_AND_SYMBOLS', 'SHOCKING', 'WEIGHT_LOSS', 'PROHIBITED_PRODUCT', 'AUTHENTICITY', 'NUDITY', 'CONFUSING_DESIGN', 'URGENCY', 'RATINGS', 'APP', 'ALCOHOL', 'CONTESTS', 'POLITICAL', 'OTHER', 'IMAGE', 'NAR', 'INCONSISTENT', 'CLICKBAIT', 'NO_DESCRIPTION', 'LOW_QUALITY', 'EXAGGERATED_CLAIMS', 'PINTEREST_BRAND', 'ALCOHOL_NO_SALE', 'LANDING_PAGE_SPEED', 'LANDING_PAGE_HARDWALL', 'LANDING_PAGE_BROKEN', 'LANDING_PAGE_QUALITY', 'OUT_OF_STOCK', 'IMAGE_LOW_QUALITY', 'IMAGE_BUSY', 'IMAGE_POORLY_EDITED', 'IMAGE_BEFORE_AFTER', 'UGC', 'FAKE_BUTTONS', 'WEAPONS', 'SENSITIVE', 'UNACCEPTABLE_BUSINESS', 'SUSPICIOUS_CLAIMS', 'PHARMA', 'SUSPICIOUS_SUPPLEMENTS', 'ILLEGAL_RECREATIONAL_DRUG', 'LOW_QUALITY_LANDING_PAGE', 'RESTRICTED_HEALTHCARE', 'INCONSISTENT_LANG_FR')}}),
        ('rejection_labels', 'list[str]'),
        ('review_status', 'str', '', {'enum': ('OTHER', 'PENDING', 'REJECTED', 'APPROVED')}),
        ('summary_status', 'PinPromotionSummaryStatus'),
        ('type', 'str'),
        ('updated_time', 'int'),
    )


class AdUpdateRequest(Model):
    """AdUpdateRequest (component schema `AdUpdateRequest`)."""

    ad_group_id: Optional[str]
    """ID of the ad group that contains the ad."""

    android_deep_link: Optional[str]
    """Deep link URL for Android devices."""

    carousel_android_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on Android."""

    carousel_destination_urls: Optional[List[str]]
    """Comma-separated destination URLs for the carousel pin to promote."""

    carousel_ios_deep_links: Optional[List[str]]
    """Comma-separated deep links for the carousel pin on iOS."""

    click_tracking_url: Optional[str]
    """Tracking url for the ad clicks."""

    creative_type: Optional[Union[CreativeType, str]]
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[Union[CustomizableCTAType, str]]
    """Select a call to action (CTA) to display below your ad. Available only for ads with direct links enabled. CTA options for consideration and conversion campaigns are LEARN_MORE, SHOP_NOW, BOOK_NOW, SIGN_UP, VISIT_SITE, BUY_NOW, GET_OFFER, ORDER_NOW, ADD_TO_CART (for conversion campaigns with add to cart conversion events only)"""

    destination_url: Optional[str]
    """Destination URL."""

    disclosure_type: Optional[Union[DisclosureType, str]]
    """Type of information in the page referenced by `disclosure_url`, provided either by the Food and Drug Administration (FDA) or the manufacturer."""

    disclosure_url: Optional[str]
    """URL for a page that provides disclosures about a pharmaceutical product, such as potential side effects. Make sure the URL takes the user directly to the disclosure content and the referenced site is secure."""

    grid_click_type: Optional[Union[GridClickType, str]]
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    ios_deep_link: Optional[str]
    """Deep link URL for iOS devices."""

    is_pin_deleted: Optional[bool]
    """Is original pin deleted?"""

    is_removable: Optional[bool]
    """Is pin repinnable?"""

    lead_form_id: Optional[str]
    """Lead form ID for lead ad generation."""

    name: Optional[str]
    """Name of the ad - 255 chars max."""

    quiz_pin_data: Optional[QuizPinData]
    """Before creating a quiz ad, you must create an organic Pin using POST/Create Pin for each result in the quiz. Quiz ads cannot be saved by a Pinner. Quiz ad results can be saved."""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    tracking_urls: Optional[TrackingUrls]

    view_tracking_url: Optional[str]
    """Tracking URL for ad impressions."""

    id: str
    """The ID of this ad."""

    pin_id: Optional[str]
    """Pin ID. This field may only be updated for draft ads."""

    _spec = (
        ('ad_group_id', 'str', '', {'pattern': '^(AG)?\\d+$'}),
        ('android_deep_link', 'str', 'nullable'),
        ('carousel_android_deep_links', 'list[str]', 'nullable'),
        ('carousel_destination_urls', 'list[str]', 'nullable'),
        ('carousel_ios_deep_links', 'list[str]', 'nullable'),
        ('click_tracking_url', 'str', 'nullable'),
        ('creative_type', 'CreativeType'),
        ('customizable_cta_type', 'CustomizableCTAType', 'nullable'),
        ('destination_url', 'str', 'nullable'),
        ('disclosure_type', 'DisclosureType', 'nullable'),
        ('disclosure_url', 'str', 'nullable'),
        ('grid_click_type', 'GridClickType', 'nullable'),
        ('ios_deep_link', 'str', 'nullable'),
        ('is_pin_deleted', 'bool'),
        ('is_removable', 'bool'),
        ('lead_form_id', 'str', 'nullable', {'pattern': '^(AG)?\\d+$'}),
        ('name', 'str', 'nullable'),
        ('quiz_pin_data', 'QuizPinData', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('view_tracking_url', 'str', 'nullable'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('pin_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
    )


class AdsAnalyticsAdGroupTargetingType(Enum):
    """Reporting targeting type for ad groups"""

    KEYWORD = 'KEYWORD'
    APPTYPE = 'APPTYPE'
    GENDER = 'GENDER'
    LOCATION = 'LOCATION'
    PLACEMENT = 'PLACEMENT'
    COUNTRY = 'COUNTRY'
    TARGETED_INTEREST = 'TARGETED_INTEREST'
    PINNER_INTEREST = 'PINNER_INTEREST'
    AUDIENCE_INCLUDE = 'AUDIENCE_INCLUDE'
    GEO = 'GEO'
    AGE_BUCKET = 'AGE_BUCKET'
    REGION = 'REGION'
    AGE_BUCKET_AND_GENDER = 'AGE_BUCKET_AND_GENDER'
    CREATIVE_ENHANCEMENTS = 'CREATIVE_ENHANCEMENTS'


class AdsAnalyticsAdTargetingType(Enum):
    """Reporting targeting type for ads"""

    KEYWORD = 'KEYWORD'
    APPTYPE = 'APPTYPE'
    GENDER = 'GENDER'
    LOCATION = 'LOCATION'
    PLACEMENT = 'PLACEMENT'
    COUNTRY = 'COUNTRY'
    TARGETED_INTEREST = 'TARGETED_INTEREST'
    PINNER_INTEREST = 'PINNER_INTEREST'
    AUDIENCE_INCLUDE = 'AUDIENCE_INCLUDE'
    GEO = 'GEO'
    AGE_BUCKET = 'AGE_BUCKET'
    REGION = 'REGION'
    QUIZ_RESULT = 'QUIZ_RESULT'
    AGE_BUCKET_AND_GENDER = 'AGE_BUCKET_AND_GENDER'


class AdsAnalyticsCampaignTargetingType(Enum):
    """Reporting targeting type for campaigns"""

    KEYWORD = 'KEYWORD'
    APPTYPE = 'APPTYPE'
    GENDER = 'GENDER'
    LOCATION = 'LOCATION'
    PLACEMENT = 'PLACEMENT'
    COUNTRY = 'COUNTRY'
    TARGETED_INTEREST = 'TARGETED_INTEREST'
    PINNER_INTEREST = 'PINNER_INTEREST'
    AUDIENCE_INCLUDE = 'AUDIENCE_INCLUDE'
    GEO = 'GEO'
    AGE_BUCKET = 'AGE_BUCKET'
    REGION = 'REGION'
    CREATIVE_TYPE = 'CREATIVE_TYPE'
    AGE_BUCKET_AND_GENDER = 'AGE_BUCKET_AND_GENDER'
    AUDIENCE_MULTIPLIER = 'AUDIENCE_MULTIPLIER'


class AdsAnalyticsCreateAsyncRequest(Model):
    """AdsAnalyticsCreateAsyncRequest (component schema `AdsAnalyticsCreateAsyncRequest`)."""

    attribution_types: Optional[List[Union[ConversionReportAttributionType, str]]]
    """List of types of attribution for the conversion report"""

    click_window_days: Optional[Union[ConversionAttributionWindowDays, int]]
    """Number of days to use as the conversion attribution window for a pin click action. Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to `30` days."""

    conversion_report_time: Optional[Union[ConversionReportTimeType, str]]
    """The date by which the conversion metrics returned from this endpoint will be reported. There are two dates associated with a conversion event: the date that the user interacted with the ad, and the date that the user completed a conversion event."""

    end_date: str
    """Metric report end date (UTC). Format: YYYY-MM-DD"""

    engagement_window_days: Optional[Union[ConversionAttributionWindowDays, int]]
    """Number of days to use as the conversion attribution window for an engagement action. Engagements include saves, closeups, link clicks, and carousel card swipes. Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to `30` days."""

    granularity: Union[Granularity, str]
    """TOTAL - metrics are aggregated over the specified date range.<br> DAY - metrics are broken down daily.<br> HOUR - metrics are broken down hourly.<br>WEEKLY - metrics are broken down weekly.<br>MONTHLY - metrics are broken down monthly"""

    start_date: str
    """Metric report start date (UTC). Format: YYYY-MM-DD"""

    view_window_days: Optional[Union[ConversionAttributionWindowDays, int]]
    """Number of days to use as the conversion attribution window for a view action. Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to `1` day."""

    campaign_ids: Optional[List[str]]
    """List of campaign ids"""

    campaign_statuses: Optional[List[Union[CampaignSummaryStatus, str]]]
    """List of status values for filtering"""

    campaign_objective_types: Optional[List[Union[ObjectiveType, str]]]
    """List of values for filtering. ["WEB_SESSIONS"] in BETA."""

    campaign_brand_label: Optional[str]
    """Campaign brand label for filtering."""

    ad_group_ids: Optional[List[str]]
    """List of ad group ids"""

    ad_group_statuses: Optional[List[Union[AdGroupSummaryStatus, str]]]
    """List of values for filtering"""

    ad_ids: Optional[List[str]]
    """List of ad ids [This parameter is no supported for Product Item Level Reports]"""

    ad_statuses: Optional[List[Union[PinPromotionSummaryStatus, str]]]
    """List of values for filtering [This parameter is not supported for Product Item Level Reports]"""

    product_group_ids: Optional[List[str]]
    """List of product group ids"""

    product_group_statuses: Optional[List[Union[ProductGroupSummaryStatus, str]]]
    """List of values for filtering"""

    product_item_ids: Optional[List[str]]
    """List of product item ids"""

    targeting_types: Optional[List[str]]
    """List of targeting types. Requires `level` to be a value ending in `_TARGETING`. ["AUDIENCE_MULTIPLIER"] is only available in CAMPAIGN_TARGETING level. ["MEDIA_TYPE"] is only available in PRODUCT_ITEM_TARGETING level. ["AGE_BUCKET_AND_GENDER"] is in BETA and not yet available to all users."""

    metrics_filters: Optional[List[AdsAnalyticsMetricsFilter]]
    """List of metrics filters"""

    columns: List[Union[ReportingColumnAsync, str]]
    """Metric and entity columns. Pin promotion and ad related columns are not supported for the Product Item level reports."""

    combine_targeting_types: Optional[bool]
    """Determines if the targeting types included in the request should be consolidated into a single breakdown. For example, when combine_targeting_types is set to true, if GENDER and COUNTRY are targeting types in the request, the response will have a targeting type of GENDER_AND_COUNTRY and targeting values such as female&US. This feature is currently in BETA and is not available to all users."""

    custom_conversion_event_metrics: Optional[List[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem]]
    """List of advertiser-defined custom conversion event metrics to include in the report"""

    end_hour: Optional[int]
    """Which hour of the end date to stop the report (inclusive). For example, with an end_date of '2020-01-01' and end_hour of '15', the report will contain metrics up to '2020-01-01 14:59:59'. The entire day will be included if no end hour is provided. Only allowed for hourly reports."""

    level: Union[MetricsReportingLevel, str]
    """Level of the report"""

    primary_sort: Optional[str]

    report_format: Optional[Union[DataOutputFormat, str]]
    """Specification for formatting the report data. Reports in JSON will not zero-fill metrics, whereas reports in CSV will. Both report formats will omit rows where all the columns are equal to 0."""

    reporting_timezone: Optional[Union[ReportingTimeZone, str]]
    """Specify the timezone to be applied for the reporting. This feature is currently in BETA and is not available to all users."""

    start_hour: Optional[int]
    """Which hour of the start date to begin the report. The entire day will be included if no start hour is provided. Only allowed for hourly reports."""

    _spec = (
        ('attribution_types', 'list[ConversionReportAttributionType]'),
        ('click_window_days', 'ConversionAttributionWindowDays'),
        ('conversion_report_time', 'ConversionReportTimeType'),
        ('end_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('engagement_window_days', 'ConversionAttributionWindowDays'),
        ('granularity', 'Granularity', 'required'),
        ('start_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('view_window_days', 'ConversionAttributionWindowDays'),
        ('campaign_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
        ('campaign_statuses', 'list[CampaignSummaryStatus]', '', {'max_items': 6, 'min_items': 1}),
        ('campaign_objective_types', 'list[ObjectiveType]', '', {'max_items': 7, 'min_items': 1}),
        ('campaign_brand_label', 'str'),
        ('ad_group_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
        ('ad_group_statuses', 'list[AdGroupSummaryStatus]', '', {'max_items': 6, 'min_items': 1}),
        ('ad_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
        ('ad_statuses', 'list[PinPromotionSummaryStatus]', '', {'max_items': 6, 'min_items': 1}),
        ('product_group_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
        ('product_group_statuses', 'list[ProductGroupSummaryStatus]', '', {'max_items': 6, 'min_items': 1}),
        ('product_item_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
        ('targeting_types', 'list[str]', '', {'items': {'enum': ('KEYWORD', 'APPTYPE', 'GENDER', 'LOCATION', 'PLACEMENT', 'COUNTRY', 'TARGETED_INTEREST', 'PINNER_INTEREST', 'AUDIENCE_INCLUDE', 'GEO', 'AGE_BUCKET', 'REGION', 'MEDIA_TYPE', 'AGE_BUCKET_AND_GENDER', 'AUDIENCE_MULTIPLIER', 'CREATIVE_ENHANCEMENTS', 'LOCAL_ADS_STORE_CODE')}, 'max_items': 5, 'min_items': 1}),
        ('metrics_filters', 'list[AdsAnalyticsMetricsFilter]', '', {'min_items': 1}),
        ('columns', 'list[ReportingColumnAsync]', 'required'),
        ('combine_targeting_types', 'bool'),
        ('custom_conversion_event_metrics', 'list[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem]'),
        ('end_hour', 'int', '', {'maximum': 23, 'minimum': 0}),
        ('level', 'MetricsReportingLevel', 'required'),
        ('primary_sort', 'str', '', {'enum': ('BY_ID', 'BY_DATE')}),
        ('report_format', 'DataOutputFormat'),
        ('reporting_timezone', 'ReportingTimeZone'),
        ('start_hour', 'int', '', {'maximum': 23, 'minimum': 0}),
    )


class AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem(Model):
    """AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem (inline schema)."""

    custom_event_metrics_type: str
    """Metrics for custom defined conversion event."""

    custom_event_name: str
    """Name of the advertiser-defined custom conversion event"""

    _spec = (
        ('custom_event_metrics_type', 'str', 'required', {'enum': ('ADE_COST_PER_ACTION', 'ADE_ROAS', 'ADE_TOTAL_CONVERSIONS', 'ADE_TOTAL_VALUE_IN_MICRO_DOLLAR', 'ADE_AVERAGE_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_CLICK', 'ADE_TOTAL_CLICK_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_VIEW', 'ADE_TOTAL_VIEW_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_CONVERSION_RATE', 'ADE_WEB_COST_PER_ACTION', 'ADE_WEB_ROAS', 'ADE_TOTAL_WEB_CONVERSIONS', 'ADE_TOTAL_WEB_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_WEB_CLICK', 'ADE_TOTAL_WEB_CLICK_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_WEB_VIEW', 'ADE_TOTAL_WEB_VIEW_VALUE_IN_MICRO_DOLLAR', 'ADE_INAPP_COST_PER_ACTION', 'ADE_INAPP_ROAS', 'ADE_TOTAL_INAPP_CONVERSIONS', 'ADE_TOTAL_INAPP_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_INAPP_CLICK', 'ADE_TOTAL_INAPP_CLICK_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_INAPP_VIEW', 'ADE_TOTAL_INAPP_VIEW_VALUE_IN_MICRO_DOLLAR', 'ADE_OFFLINE_COST_PER_ACTION', 'ADE_OFFLINE_ROAS', 'ADE_TOTAL_OFFLINE_CONVERSIONS', 'ADE_TOTAL_OFFLINE_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_OFFLINE_CLICK', 'ADE_TOTAL_OFFLINE_CLICK_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_OFFLINE_VIEW', 'ADE_TOTAL_OFFLINE_VIEW_VALUE_IN_MICRO_DOLLAR', 'ADE_TOTAL_CONVERSION_PRODUCT_QUANTITY', 'ADE_TOTAL_CONVERSION_PRODUCT_VALUE', 'ADE_TOTAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'ADE_TOTAL_CONVERSION_PRODUCT_VALUE_IN_USD', 'ADE_TOTAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ADE_TOTAL_WEB_CONVERSION_PRODUCT_QUANTITY', 'ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE', 'ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_USD', 'ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ADE_TOTAL_INAPP_CONVERSION_PRODUCT_QUANTITY', 'ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE', 'ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_USD', 'ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD', 'ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_QUANTITY', 'ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE', 'ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS', 'ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_USD', 'ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD')}),
        ('custom_event_name', 'str', 'required'),
    )


class AdsAnalyticsCreateAsyncResponse(Model):
    """AdsAnalyticsCreateAsyncResponse (component schema `AdsAnalyticsCreateAsyncResponse`)."""

    message: Optional[str]

    report_status: Optional[Union[BulkReportingJobStatus, str]]

    token: Optional[str]

    _spec = (
        ('message', 'str', 'nullable'),
        ('report_status', 'BulkReportingJobStatus'),
        ('token', 'str'),
    )


class AdsAnalyticsFilterColumn(Enum):
    """Reporting columns for sync reporting data filter"""

    SPEND_IN_DOLLAR = 'SPEND_IN_DOLLAR'
    TOTAL_IMPRESSION = 'TOTAL_IMPRESSION'


class AdsAnalyticsFilterOperator(Enum):
    """Filter operator for sync reporting"""

    LESS_THAN = 'LESS_THAN'
    GREATER_THAN = 'GREATER_THAN'


class AdsAnalyticsGetAsyncResponse(Model):
    """AdsAnalyticsGetAsyncResponse (component schema `AdsAnalyticsGetAsyncResponse`)."""

    report_status: Optional[Union[BulkReportingJobStatus, str]]

    size: Optional[float]

    url: Optional[str]

    _spec = (
        ('report_status', 'BulkReportingJobStatus'),
        ('size', 'float', 'nullable'),
        ('url', 'str', 'nullable'),
    )


class AdsAnalyticsMetricsFilter(Model):
    """AdsAnalyticsMetricsFilter (component schema)."""

    field: Union[AdsAnalyticsFilterColumn, str]
    """Reporting columns for sync reporting data filter"""

    operator: Union[AdsAnalyticsFilterOperator, str]
    """Filter operator for sync reporting"""

    values: List[float]
    """List of values for filtering"""

    _spec = (
        ('field', 'AdsAnalyticsFilterColumn', 'required'),
        ('operator', 'AdsAnalyticsFilterOperator', 'required'),
        ('values', 'list[float]', 'required', {'min_items': 1}),
    )


class AdsAnalyticsResponse(ModelList):
    """AdsAnalyticsResponse (component schema `AdsAnalyticsResponse`)."""

    _item_type = 'AdsAnalyticsResponseItem'


class AdsAnalyticsResponseItem(Model):
    """AdsAnalyticsResponseItem (inline schema)."""

    AD_ID: str
    """The ID of the ad that this metrics belongs to."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _spec = (
        ('AD_ID', 'str', 'required', {'pattern': '^\\d+$'}),
        ('DATE', 'date'),
    )


class AdsAnalyticsTargetingType(Enum):
    """Reporting targeting type"""

    KEYWORD = 'KEYWORD'
    APPTYPE = 'APPTYPE'
    GENDER = 'GENDER'
    LOCATION = 'LOCATION'
    PLACEMENT = 'PLACEMENT'
    COUNTRY = 'COUNTRY'
    TARGETED_INTEREST = 'TARGETED_INTEREST'
    PINNER_INTEREST = 'PINNER_INTEREST'
    AUDIENCE_INCLUDE = 'AUDIENCE_INCLUDE'
    GEO = 'GEO'
    AGE_BUCKET = 'AGE_BUCKET'
    REGION = 'REGION'
    AGE_BUCKET_AND_GENDER = 'AGE_BUCKET_AND_GENDER'


class AdsCreditDiscountsResponse(Model):
    """AdsCreditDiscountsResponse (component schema `AdsCreditDiscountsResponse`)."""

    active: Optional[bool]
    """True if the offer code is currently active."""

    advertiser_id: Optional[str]
    """Advertiser ID the offer was applied to."""

    discountCurrency: Optional[str]
    """Currency value for the discount."""

    discountInMicroCurrency: Optional[float]
    """The discount applied in the offer’s currency value."""

    discountType: Optional[str]
    """The type of discount of this credit"""

    remainingDiscountInMicroCurrency: Optional[float]
    """The credits left to spend."""

    title: Optional[str]
    """Human readable title of the offer code."""

    _spec = (
        ('active', 'bool'),
        ('advertiser_id', 'str', '', {'pattern': '^\\d+$'}),
        ('discountCurrency', 'str', 'nullable'),
        ('discountInMicroCurrency', 'float', 'nullable'),
        ('discountType', 'str', 'nullable', {'enum': ('COUPON', 'CREDIT', 'COUPON_APPLIED', 'CREDIT_APPLIED', 'MARKETING_OFFER_CREDIT', 'MARKETING_OFFER_CREDIT_APPLIED', 'GOODWILL_CREDIT', 'GOODWILL_CREDIT_APPLIED', 'INTERNAL_CREDIT', 'INTERNAL_CREDIT_APPLIED', 'PREPAID_CREDIT', 'PREPAID_CREDIT_APPLIED', 'SALES_INCENTIVE_CREDIT', 'SALES_INCENTIVE_CREDIT_APPLIED', 'CREDIT_EXPIRED', 'FUTURE_CREDIT', 'REFERRAL_CREDIT', 'INVOICE_SALES_INCENTIVE_CREDIT', 'INVOICE_SALES_INCENTIVE_CREDIT_APPLIED', 'PREPAID_CREDIT_REFUND')}),
        ('remainingDiscountInMicroCurrency', 'float', 'nullable'),
        ('title', 'str', 'nullable'),
    )


class AdsCreditRedeemRequest(Model):
    """AdsCreditRedeemRequest (component schema `AdsCreditRedeemRequest`)."""

    offerCodeHash: str
    """Takes in a SHA256 hash of the offerCode."""

    validateOnly: bool
    """If true, only validate if we can redeem offer code. Otherwise it will actually apply the offer code to the account"""

    _spec = (
        ('offerCodeHash', 'str', 'required', {'pattern': '^[a-z0-9]*$'}),
        ('validateOnly', 'bool', 'required'),
    )


class AdsCreditRedeemResponse(Model):
    """AdsCreditRedeemResponse (component schema `AdsCreditRedeemResponse`)."""

    errorCode: Optional[int]
    """Error code type if error occurs"""

    errorMessage: Optional[str]
    """Reason for failure"""

    success: Optional[bool]
    """Returns true if the offer code was successfully applied(validateOnly=false) or can be applied(validateOnly=true)."""

    _spec = (
        ('errorCode', 'int', 'nullable'),
        ('errorMessage', 'str', 'nullable'),
        ('success', 'bool'),
    )


class AdsCreditsDiscountsGetResponse(Model):
    """AdsCreditsDiscountsGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[AdsCreditDiscountsResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[AdsCreditDiscountsResponse]', 'required'),
    )


class AdsListResponse(Model):
    """AdsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[AdResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[AdResponse]', 'required'),
    )


class AdvancedAuctionBidOptions(Model):
    """Object describing a retail catalog item's bid options (bid price and bid multipliers)."""

    app_type_multipliers: Optional[AppTypeMultipliers]
    """This represents a mapping from app type targeting criteria to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified app type in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All app type multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    bid_in_micro_currency: Optional[int]
    """Bid price in micro currency. A value of 0 will stop distribution for this item in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. A value of `null` will fallback to the ad group's `bid_in_micro_currency`."""

    placement_multipliers: Optional[PlacementMultipliers]
    """This represents a mapping from placement to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified placement in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All placement multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    _spec = (
        ('app_type_multipliers', 'AppTypeMultipliers', 'nullable'),
        ('bid_in_micro_currency', 'int', 'nullable'),
        ('placement_multipliers', 'PlacementMultipliers', 'nullable'),
    )


class AdvancedAuctionItem(Model):
    """Advanced Auction Item"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str]
    """Language code, which is among the official ISO 639-1 language list."""

    bid_options: AdvancedAuctionBidOptions
    """Object describing a retail catalog item's bid options (bid price and bid multipliers)."""

    _spec = (
        ('country', 'Country', 'required'),
        ('item_id', 'str', 'required'),
        ('language', 'Language', 'required'),
        ('bid_options', 'AdvancedAuctionBidOptions', 'required'),
    )


class AdvancedAuctionItems(Model):
    """Response object containing item bid options"""

    catalog_id: Optional[str]
    """Response object of item bid options"""

    items: Optional[List[AdvancedAuctionItem]]
    """Array with item bid options"""

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('items', 'list[AdvancedAuctionItem]'),
    )


class AdvancedAuctionItemsGetRequest(Model):
    """Request object used to get bid options values for a batch of retail catalog items"""

    catalog_id: str
    """Catalog id pertaining to the retail item"""

    items: List[AdvancedAuctionKey]
    """A list of retail catalog items to fetch bid options for"""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('items', 'list[AdvancedAuctionKey]', 'required', {'max_items': 10000, 'min_items': 1}),
    )
    _additional = None


class AdvancedAuctionItemsSubmitDeleteRecord(Model):
    """Object describing an item bid option deletion operation"""

    operation: str
    """Discriminator: one of 'DELETE'."""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str]
    """Language code, which is among the official ISO 639-1 language list."""

    errors: Optional[List[AdvancedAuctionOperationError]]
    """Array with validation errors for the supplied item bid option modification operation.
    A non empty errors list means this single item operation was not applied.
    """

    _spec = (
        ('operation', 'str', 'required', {'enum': ('DELETE',)}),
        ('country', 'Country', 'required'),
        ('item_id', 'str', 'required'),
        ('language', 'Language', 'required'),
        ('errors', 'list[AdvancedAuctionOperationError]'),
    )


class AdvancedAuctionItemsSubmitRecord(UnionModel):
    """Object describing an item bid option operation

    One of: `AdvancedAuctionItemsSubmitUpsertRecord`, `AdvancedAuctionItemsSubmitDeleteRecord`.
    """

    _variants = ('AdvancedAuctionItemsSubmitUpsertRecord', 'AdvancedAuctionItemsSubmitDeleteRecord')
    _discriminator = ('operation', {'UPSERT': 'AdvancedAuctionItemsSubmitUpsertRecord', 'DELETE': 'AdvancedAuctionItemsSubmitDeleteRecord'})


class AdvancedAuctionItemsSubmitRequest(Model):
    """Request containing operations to perform on bid prices and bid multipliers for a batch of retail catalog items"""

    catalog_id: str
    """Catalog id pertaining to all items"""

    items: List[AdvancedAuctionItemsSubmitRecord]
    """Array of item bid option operations"""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('items', 'list[AdvancedAuctionItemsSubmitRecord]', 'required', {'max_items': 10000, 'min_items': 1}),
    )
    _additional = None


class AdvancedAuctionItemsSubmitUpsertRecord(Model):
    """Object describing an item bid option upsert operation"""

    operation: str
    """Discriminator: one of 'UPSERT'."""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str]
    """Language code, which is among the official ISO 639-1 language list."""

    bid_options: AdvancedAuctionBidOptions
    """Object describing a retail catalog item's bid options (bid price and bid multipliers)."""

    errors: Optional[List[AdvancedAuctionOperationError]]
    """Array with validation errors for the supplied item bid option modification operation.
    A non empty errors list means this single item operation was not applied.
    """

    update_mask: Optional[List[Union[UpdateMaskBidOptionField, str]]]
    """The list of item bid option fields to be set or updated. Fields specified in the updated mask without a value specified in the `bid_options` object in the body will be set to `null`. If an item bid option record is being created, fields not specified in the update mask will be initialized to `null`."""

    _spec = (
        ('operation', 'str', 'required', {'enum': ('UPSERT',)}),
        ('country', 'Country', 'required'),
        ('item_id', 'str', 'required'),
        ('language', 'Language', 'required'),
        ('bid_options', 'AdvancedAuctionBidOptions', 'required'),
        ('errors', 'list[AdvancedAuctionOperationError]'),
        ('update_mask', 'list[UpdateMaskBidOptionField]', 'required nullable'),
    )


class AdvancedAuctionKey(Model):
    """Object uniquely identifying a retail catalog item"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str]
    """Language code, which is among the official ISO 639-1 language list."""

    _spec = (
        ('country', 'Country', 'required'),
        ('item_id', 'str', 'required'),
        ('language', 'Language', 'required'),
    )


class AdvancedAuctionOperation(Enum):
    """AdvancedAuctionOperation (component schema)."""

    UPSERT = 'UPSERT'
    DELETE = 'DELETE'


class AdvancedAuctionOperationError(Model):
    """Error which occurred when applying a bid options operation to a specific item."""

    code: Optional[int]
    """The error code for the item bid option operation validation error"""

    message: Optional[str]
    """Message describing the item bid option operation validation error"""

    _spec = (
        ('code', 'int'),
        ('message', 'str'),
    )


class AdvancedAuctionProcessedItem(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Object describing the result of an operation on an item bid option
    """

    operation: Union[AdvancedAuctionOperation, str]

    errors: Optional[List[AdvancedAuctionOperationError]]
    """Array with validation errors for the supplied item bid option modification operation.
    A non empty errors list means this single item operation was not applied.
    """

    _spec = (
        ('operation', 'AdvancedAuctionOperation', 'required'),
        ('errors', 'list[AdvancedAuctionOperationError]'),
    )


class AdvancedAuctionProcessedItems(Model):
    """Response object containing the results of an operation on an item bid option"""

    catalog_id: Optional[str]
    """Catalog id pertaining to all items"""

    items: Optional[List[AdvancedAuctionItemsSubmitRecord]]
    """Array of advanced auction processed items"""

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('items', 'list[AdvancedAuctionItemsSubmitRecord]'),
    )


class AdvertiserDefinedEventsGetResponse(Model):
    """AdvertiserDefinedEventsResponse"""

    items: Optional[List[AdvertiserDefinedEventsGetResponseItemsItem]]

    _spec = (
        ('items', 'list[AdvertiserDefinedEventsGetResponseItemsItem]'),
    )


class AdvertiserDefinedEventsGetResponseItemsItem(Model):
    """AdvertiserDefinedEvent"""

    name: Optional[str]
    """raw string name of the event, usually logged as raw_event_name in our dataset"""

    mapped_conversion_type: Optional[str]
    """standard type mapped to ADE for optimization"""

    _spec = (
        ('name', 'str'),
        ('mapped_conversion_type', 'str', 'nullable'),
    )


class AgeBucketList(ModelList):
    """AgeRange"""

    _item_type = 'str'
    _checks = {'items': {'enum': ('18-24', '25-34', '35-44', '45-49', '50-54', '55-64', '65+')}}


class AgeTrendsBucket(Enum):
    """AgeTrendsBucket (component schema `AgeTrendsBucket`)."""

    N18_24 = '18-24'
    N25_34 = '25-34'
    N35_44 = '35-44'
    N45_49 = '45-49'
    N50_54 = '50-54'
    N55_64 = '55-64'
    N65_PLUS = '65+'


class AmazonConnectRequest(Model):
    """Request containing OTP and Amazon storefront info called by Amazon"""

    amazon_storefront_id: Optional[str]
    """The Amazon storefront id"""

    amazon_storefront_name: str
    """The Amazon storefront name"""

    amazon_storefront_url: str
    """The Amazon storefront url"""

    amazon_user_id: Optional[str]
    """The Amazon user id"""

    is_amazon_account_linked: bool
    """The Amazon account linking status"""

    one_time_passcode: Optional[str]
    """The one time passcode for Pinterest-initiated linking requests"""

    pinterest_user_id: Optional[str]
    """The Pinterest user id for Amazon-initiated linking requests"""

    _spec = (
        ('amazon_storefront_id', 'str'),
        ('amazon_storefront_name', 'str', 'required'),
        ('amazon_storefront_url', 'str', 'required'),
        ('amazon_user_id', 'str'),
        ('is_amazon_account_linked', 'bool', 'required'),
        ('one_time_passcode', 'str'),
        ('pinterest_user_id', 'str', '', {'pattern': '^\\d+$'}),
    )


class AnalyticsDailyMetrics(Model):
    """AnalyticsDailyMetrics (component schema `AnalyticsDailyMetrics`)."""

    data_status: Optional[Union[DataStatus, str]]
    """Metrics availablity, e.g., "READY"."""

    date: Optional[str]
    """Metrics date (UTC): YYYY-MM-DD."""

    metrics: Optional[Metrics]
    """The metric name and daily value for each requested metric"""

    _spec = (
        ('data_status', 'DataStatus'),
        ('date', 'str'),
        ('metrics', 'Metrics'),
    )


class AnalyticsMetricsResponse(Model):
    """AnalyticsMetricsResponse (component schema `AnalyticsMetricsResponse`)."""

    daily_metrics: Optional[List[AnalyticsDailyMetrics]]
    """Array with the requested daily metric records"""

    summary_metrics: Optional[Dict[str, float]]
    """The metric name and value over the requested period for each requested metric"""

    _spec = (
        ('daily_metrics', 'list[AnalyticsDailyMetrics]'),
        ('summary_metrics', 'dict[float]'),
    )


class AnalyticsResponse(Model):
    """AnalyticsResponse (component schema `AnalyticsResponse`)."""
    _additional = 'AnalyticsMetricsResponse'


class AppTypeMultipliers(Model):
    """This represents a mapping from app type targeting criteria to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified app type in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All app type multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    APP_TYPE: Optional[str]

    _spec = (
        ('APP_TYPE', 'str', '', {'enum': ('android_mobile', 'android_tablet', 'ipad', 'iphone', 'web', 'web_mobile')}),
    )
    _additional = 'float'


class AssetGroupBinding(Model):
    """AssetGroupBinding (component schema `AssetGroupBinding`)."""

    ad_accounts_ids: Optional[List[str]]
    """A list of ad account IDs under the asset group"""

    asset_group_description: Optional[str]
    """Asset group description"""

    asset_group_name: Optional[str]
    """Asset Group name"""

    asset_group_types: Optional[List[str]]
    """Asset group types"""

    catalogs_ids: Optional[List[str]]
    """A list of catalog IDs under asset group"""

    created_by: Optional[BusinessAccessUserSummary]
    """The data of the user that created the asset group."""

    created_time: Optional[int]
    """The creation time of the asset group"""

    id: Optional[str]
    """Asset Group ID."""

    owner: Optional[BusinessAccessUserSummary]
    """The data of the business that owns the asset group."""

    profiles_ids: Optional[List[str]]
    """A list of profile IDs under asset group"""

    updated_time: Optional[int]
    """The last update time of the asset group"""

    _spec = (
        ('ad_accounts_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}),
        ('asset_group_description', 'str', 'nullable'),
        ('asset_group_name', 'str', 'nullable'),
        ('asset_group_types', 'list[str]'),
        ('catalogs_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}),
        ('created_by', 'BusinessAccessUserSummary', 'nullable'),
        ('created_time', 'int', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('owner', 'BusinessAccessUserSummary', 'nullable'),
        ('profiles_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}),
        ('updated_time', 'int', 'nullable'),
    )


class AssetGroupType(Enum):
    """Asset group type"""

    BRAND = 'BRAND'
    LOCATION_OR_LANGUAGE = 'LOCATION_OR_LANGUAGE'
    PRODUCT_LINE = 'PRODUCT_LINE'
    OTHER = 'OTHER'


class AssetGroupTypes(ModelList):
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and do not impact the functionality of the asset group."""

    _item_type = 'AssetGroupType'


class AssetIdPermissions(Model):
    """An object containing the permissions a business member has on the asset."""

    asset_group_info: Optional[AssetGroupBinding]
    """An object containing all the information specific to the provided asset group. This field will be populated only if asset_type equals 'ASSET_GROUP'."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    asset_type: Optional[str]
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('asset_group_info', 'AssetGroupBinding'),
        ('asset_id', 'str', '', {'max_length': 20, 'min_length': 1, 'pattern': '^\\d+$'}),
        ('asset_type', 'str'),
        ('permissions', 'PermissionsResponse'),
    )


class AssetIdToPermissions(Model):
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the member or partner."""
    _additional = 'list[Permissions]'
    _checks = {'min_properties': 1}


class Audience(Model):
    """Audience"""

    ad_account_id: Optional[str]
    """Ad account ID."""

    audience_type: Optional[str]
    """<a href="/docs/reference/glossary/#Audience Types">Audience types</a>: ACTALIKE, ENGAGEMENT, CUSTOMER_LIST and VISITOR"""

    created_by_company_name: Optional[str]
    """The company that created this audience."""

    created_timestamp: Optional[int]
    """Creation time. Unix timestamp in seconds."""

    description: Optional[str]
    """Audience description."""

    id: Optional[str]
    """Audience ID."""

    name: Optional[str]
    """Audience name."""

    rule: Optional[AudienceRule]
    """JSON object defining targeted audience users. Example rule formats per audience type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id": ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: { "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web", "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience" target="_blank">engagement audiences</a>."""

    size: Optional[int]
    """Audience size."""

    status: Optional[str]
    """Audience status. READY, INITIALIZING, TOO_SMALL - Each audience list needs to have at least 100 people with Pinterest accounts before you can start using it."""

    type: Optional[str]
    """Always "audience"."""

    updated_timestamp: Optional[int]
    """Last update time. Unix timestamp in seconds."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('audience_type', 'str'),
        ('created_by_company_name', 'str', 'nullable'),
        ('created_timestamp', 'int', 'nullable'),
        ('description', 'str', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('rule', 'AudienceRule'),
        ('size', 'int', 'nullable'),
        ('status', 'str'),
        ('type', 'str'),
        ('updated_timestamp', 'int', 'nullable'),
    )


class AudienceAccountType(Enum):
    """AudienceAccountType (component schema `AudienceAccountType`)."""

    AD_ACCOUNT = 'AD_ACCOUNT'
    BUSINESS_ACCOUNT = 'BUSINESS_ACCOUNT'


class AudienceCategory(Model):
    """AudienceCategory"""

    id: Optional[str]
    """Interest ID."""

    index: Optional[float]
    """Interest affinity index."""

    key: Optional[str]
    """Interest unique key (same as ID)."""

    name: Optional[str]
    """Interest name."""

    ratio: Optional[float]
    """Interest's percent of category's total audience."""

    subcategories: Optional[List[AudienceCategorySubcategoriesItem]]
    """Subcategory interest distribution"""

    _spec = (
        ('id', 'str'),
        ('index', 'float'),
        ('key', 'str'),
        ('name', 'str'),
        ('ratio', 'float'),
        ('subcategories', 'list[AudienceCategorySubcategoriesItem]'),
    )


class AudienceCategorySubcategoriesItem(Model):
    """AudienceSubcategory"""

    id: Optional[str]
    """Subinterest ID."""

    index: Optional[float]
    """Subinterest affinity index."""

    key: Optional[str]
    """Interest unique key (same as ID)."""

    name: Optional[str]
    """Subinterest name."""

    ratio: Optional[float]
    """Subinterest's percent of category's total audience."""

    _spec = (
        ('id', 'str'),
        ('index', 'float'),
        ('key', 'str'),
        ('name', 'str'),
        ('ratio', 'float'),
    )


class AudienceCommon(Model):
    """AudienceCommon"""

    ad_account_id: Optional[str]
    """Ad account ID."""

    name: Optional[str]
    """Audience name."""

    rule: Optional[AudienceRule]
    """JSON object defining targeted audience users. Example rule formats per audience type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id": ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: { "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web", "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience" target="_blank">engagement audiences</a>."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('rule', 'AudienceRule'),
    )


class AudienceCreateCustomRequest(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client."""

    ad_account_id: Optional[str]
    """Ad account ID."""

    name: str
    """Audience name."""

    rule: AudienceRule
    """JSON object defining targeted audience users. Example rule formats per audience type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id": ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: { "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web", "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience" target="_blank">engagement audiences</a>."""

    sharing_type: Union[AudienceSharingType, str]
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Audience sharing type: ["CUSTOM", "SYNDICATED"]
    """

    data_party: Union[AudienceDataParty, str]
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Whether the data is owned by the partner (1p) or by the data provider (3p)
    """

    category: Optional[str]

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str', 'required'),
        ('rule', 'AudienceRule', 'required'),
        ('sharing_type', 'AudienceSharingType', 'required'),
        ('data_party', 'AudienceDataParty', 'required'),
        ('category', 'str'),
    )


class AudienceCreateRequest(Model):
    """AudienceCreateRequest (component schema `AudienceCreateRequest`)."""

    ad_account_id: Optional[str]
    """Ad account ID."""

    name: str
    """Audience name."""

    rule: AudienceRule
    """JSON object defining targeted audience users. Example rule formats per audience type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id": ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: { "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web", "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience" target="_blank">engagement audiences</a>."""

    audience_type: Union[AudienceType, str]
    """<a href="/docs/reference/glossary/#Audience Types">Audience types</a>: ACTALIKE, ENGAGEMENT, CUSTOMER_LIST and VISITOR. Values are case-sensitive."""

    description: Optional[str]
    """Audience description."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str', 'required'),
        ('rule', 'AudienceRule', 'required'),
        ('audience_type', 'AudienceType', 'required'),
        ('description', 'str'),
    )


class AudienceDataParty(Enum):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Whether the data is owned by the partner (1p) or by the data provider (3p)
    """

    N1P = '1p'
    N3P = '3p'


class AudienceDefinition(Model):
    """Queryable audience representation."""

    date: Optional[str]
    """Generation date"""

    scope: Optional[str]
    """AudienceDefinitionScope"""

    type: Optional[str]
    """AudienceDefinitionType"""

    _spec = (
        ('date', 'str', 'nullable'),
        ('scope', 'str'),
        ('type', 'str'),
    )


class AudienceDefinitionResponse(Model):
    """AudienceDefinitionResponse (component schema `AudienceDefinitionResponse`)."""

    items: Optional[List[AudienceDefinition]]

    _spec = (
        ('items', 'list[AudienceDefinition]'),
    )


class AudienceDefinitionScope(Model):
    """Generated audience scope to request."""

    scope: Optional[str]

    _spec = (
        ('scope', 'str', '', {'enum': ('PARTNER', 'PINTEREST')}),
    )


class AudienceDefinitionType(Model):
    """Generated audience type to request."""

    scope: Optional[str]

    _spec = (
        ('scope', 'str', '', {'enum': ('IMPRESSION_PLUS_ENGAGEMENT', 'ENGAGEMENT')}),
    )


class AudienceDemographicValue(Model):
    """Demographic detail for a single audience demographic"""

    key: Optional[str]
    """Unique key for demographic item"""

    name: Optional[str]
    """Display name for demographic"""

    ratio: Optional[float]
    """Value of demographic item as a percent of total audience"""

    _spec = (
        ('key', 'str'),
        ('name', 'str'),
        ('ratio', 'float'),
    )


class AudienceDemographics(Model):
    """Audience demographics"""

    ages: Optional[List[AudienceDemographicValue]]
    """Ages distribution."""

    countries: Optional[List[AudienceDemographicValue]]
    """Country area distribution."""

    devices: Optional[List[AudienceDemographicValue]]
    """Device usage distribution."""

    genders: Optional[List[AudienceDemographicValue]]
    """Gender distribution."""

    metros: Optional[List[AudienceDemographicValue]]
    """Geographic metro area distribution."""

    _spec = (
        ('ages', 'list[AudienceDemographicValue]'),
        ('countries', 'list[AudienceDemographicValue]'),
        ('devices', 'list[AudienceDemographicValue]'),
        ('genders', 'list[AudienceDemographicValue]'),
        ('metros', 'list[AudienceDemographicValue]'),
    )


class AudienceInsightCategoryArrayResponse(Model):
    """AudienceInsightCategoryArrayResponse (component schema `AudienceInsightCategoryArrayResponse`).

    Deprecated by Pinterest.
    """

    items: Optional[List[AudienceInsightCategoryCommon]]

    _spec = (
        ('items', 'list[AudienceInsightCategoryCommon]'),
    )


class AudienceInsightCategoryCommon(Model):
    """AudienceInsightCategoryCommon (component schema).

    Deprecated by Pinterest.
    """

    id: Optional[str]

    index: Optional[float]

    key: Optional[str]

    name: Optional[str]

    ratio: Optional[float]

    _spec = (
        ('id', 'str'),
        ('index', 'float'),
        ('key', 'str'),
        ('name', 'str'),
        ('ratio', 'float'),
    )


class AudienceInsightType(Enum):
    """AudienceInsightType (component schema `AudienceInsightType`)."""

    YOUR_TOTAL_AUDIENCE = 'YOUR_TOTAL_AUDIENCE'
    YOUR_ENGAGED_AUDIENCE = 'YOUR_ENGAGED_AUDIENCE'
    PINTEREST_TOTAL_AUDIENCE = 'PINTEREST_TOTAL_AUDIENCE'


class AudienceInsightsResponse(Model):
    """Audience interests and demographics."""

    categories: Optional[List[AudienceCategory]]
    """Category interest distribution"""

    date: Optional[str]
    """Generation date"""

    demographics: Optional[AudienceDemographics]
    """Audience demographics"""

    size: Optional[int]
    """Population count."""

    size_is_upper_bound: Optional[bool]
    """Indicates whether the audience size has been rounded up to the next highest upper boundary."""

    type: Optional[Union[AudienceInsightType, str]]

    _spec = (
        ('categories', 'list[AudienceCategory]'),
        ('date', 'str', 'nullable', {'pattern': '^\\d{4}-\\d{2}-\\d{2}$'}),
        ('demographics', 'AudienceDemographics'),
        ('size', 'int'),
        ('size_is_upper_bound', 'bool'),
        ('type', 'AudienceInsightType'),
    )


class AudienceRule(Model):
    """JSON object defining targeted audience users. Example rule formats per audience type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id": ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: { "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web", "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience" target="_blank">engagement audiences</a>."""

    ad_account_id: Optional[str]
    """Ad account ID."""

    ad_id: Optional[List[str]]
    """Ad ID for engagement audience filter."""

    campaign_id: Optional[List[str]]
    """Campaign ID for engagement audience filter."""

    country: Optional[str]
    """Valid countries include: "US", "CA", and "GB"."""

    customer_list_id: Optional[str]
    """Customer list ID. For CUSTOMER_LIST `audience_type`."""

    engagement_domain: Optional[List[str]]
    """The audience account's verified domain. **Required** for ENGAGEMENT `audience_type`."""

    engagement_type: Optional[str]
    """Engagement type enum. Optional for ENGAGEMENT `audience_type`. Supported values are `click`, `save`, `closeup`, `comment` and `like`. All engagements are included if this field is not set."""

    engager_type: Optional[int]
    """Optional for ENGAGEMENT. Engager type value should be 1-2."""

    event: Optional[str]
    """A Pinterest tag event. Optional for VISITOR `audience_type`. Possible values are `pagevisit`, `signup`, `checkout`, `viewcategory`, `search`, `addtocart`, `watchvideo`, `lead`, and `custom`. This field also accepts a partner-defined Pinterest tag event."""

    event_data: Optional[EventData]
    """Optional for VISITOR `audience_type`.
        With the Pinterest tag, you can use event data to capture event details from your website.
        This object lists all the available predefined event data fields in the Pinterest tag.
        You can include these event data fields as part of a VISITOR audience’s `rule`; however, you **must** specify an `event` for the `event_data` fields to be evaluated.
        Besides what’s listed, you can also create your own set of `event_data` fields and define their usages or purposes according to your website needs.
        However, the benefit of using the predefined event data fields is that we can provide various metrics based on those fields' data.
        Examples per `event` type:
        `pagevisit`
        "event_data": { "page_name": "My online store 123 | view items | shoe" }
        `signup`
        "event_data": { "lead_type": "New release promotion" }
        `checkout`
        "event_data": { "value": 116, "order_quantity": 2, "currency": "USD", "line_items": [ { "product_name": "Pillows (Set of 2)", "product_id": "11", "product_price": 48, "product_quantity": 1 }, { "product_name": "Pillows, Large (Set of 2)", "product_id": "15", "product_price": 68, "product_quantity": 1 } ] }
        `addtocart`
        "event_data": { "value": 499, "order_quantity": 1, "currency": "USD", "line_items": [ { "product_name": "Red leather boots", "product_id": "3486", "product_category": "shoe", "product_variant_id": "JB11103000", "product_price": 499, "product_quantity": "1", "product_brand": "My brand" }]}
        `watchvideo`
        "event_data": { "video_title": "My Product Video 01" }
        `lead`
        "event_data": { "lead_type": "Newsletter" }
    """

    event_source: Optional[Dict[str, Any]]
    """Optional for VISITOR. You can use it as a {'=': [value]}. Supported values are: web, mobile, offline"""

    ingestion_source: Optional[Dict[str, Any]]
    """Optional for VISITOR. You can use it as a {'=': [value]}. Supported values are: tag, mmp, file_upload, conversions_api"""

    objective_type: Optional[List[Union[ObjectiveType, str]]]
    """Objective for engagement audience filter."""

    percentage: Optional[int]
    """Percentage should be 1-10. The targeted audience should be this % size across Pinterest."""

    pin_id: Optional[List[str]]
    """IDs of engaged organic pins. Optional for ENGAGEMENT `audience_type`. For example, "pin_id:": ["34567"]"""

    prefill: Optional[bool]
    """Optional for VISITOR `audience_type`. If `true`, the specified rule on existing engagement data is applied to pre-populate the audience. If `false`, the audience is empty at creation time. The default is `true`."""

    retention_days: Optional[int]
    """Number of days a Pinterest user remains in the audience. Optional for ENGAGEMENT and VISITOR `audience_type`. Accepted range is 1-540. Defaults to 180 if not specified."""

    seed_id: Optional[List[str]]
    """Audience ID(s). For ACTALIKE `audience_type`."""

    url: Optional[List[str]]
    """Optional for ENGAGEMENT or VISITOR `audience_type`. For ENGAGEMENT, it is the engaged pin's URL. For VISITOR, you can use it as a string or a {operator: value} object for filtering visitors based on conversion tag event URLs. Supported operators are [ =, !=, contains, not_contains].<br>Example 1:  "url": "http://www.myonlinestore123.com/view_item/shoe"<br>Example 2: "url": {"contains": "/view_item/shoe"}"""

    visitor_source_id: Optional[str]
    """The conversion tag ID, or the Pinterest tag ID, that you use on your website. For VISITOR `audience_type`."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('ad_id', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('campaign_id', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('country', 'str'),
        ('customer_list_id', 'str', '', {'pattern': '^\\d+$'}),
        ('engagement_domain', 'list[str]'),
        ('engagement_type', 'str'),
        ('engager_type', 'int'),
        ('event', 'str'),
        ('event_data', 'EventData'),
        ('event_source', 'dict[any]'),
        ('ingestion_source', 'dict[any]'),
        ('objective_type', 'list[ObjectiveType]'),
        ('percentage', 'int'),
        ('pin_id', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('prefill', 'bool'),
        ('retention_days', 'int'),
        ('seed_id', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('url', 'list[str]'),
        ('visitor_source_id', 'str', '', {'pattern': '^\\d+$'}),
    )


class AudienceShareType(Enum):
    """AudienceShareType (component schema `AudienceShareType`)."""

    SHARED = 'SHARED'
    RECEIVED = 'RECEIVED'


class AudienceSharingType(Enum):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Audience sharing type: ["CUSTOM", "SYNDICATED"]
    """

    CUSTOM = 'CUSTOM'
    SYNDICATED = 'SYNDICATED'


class AudienceType(Enum):
    """Audience type"""

    CUSTOMER_LIST = 'CUSTOMER_LIST'
    VISITOR = 'VISITOR'
    ENGAGEMENT = 'ENGAGEMENT'
    ACTALIKE = 'ACTALIKE'
    PERSONA = 'PERSONA'


class AudienceUpdateOperationType(Enum):
    """Audience operation type (update or remove)."""

    UPDATE = 'UPDATE'
    REMOVE = 'REMOVE'


class AudienceUpdateRequest(Model):
    """AudienceUpdateRequest (component schema `AudienceUpdateRequest`)."""

    ad_account_id: Optional[str]
    """Ad account ID."""

    name: Optional[str]
    """Audience name."""

    rule: Optional[AudienceRule]
    """JSON object defining targeted audience users. Example rule formats per audience type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id": ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: { "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web", "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience" target="_blank">engagement audiences</a>."""

    description: Optional[str]
    """Audience description."""

    operation_type: Optional[Union[AudienceUpdateOperationType, str]]
    """Audience operation type (update or remove)."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('rule', 'AudienceRule'),
        ('description', 'str'),
        ('operation_type', 'AudienceUpdateOperationType'),
    )


class AudiencesListResponse(Model):
    """AudiencesListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Audience]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Audience]', 'required'),
    )


class AuthRespondInvitesBody(Model):
    """An object with a list of all the invites the user would like to respond to and the action to take."""

    invites: List[AuthRespondInvitesBodyInvitesItem]

    _spec = (
        ('invites', 'list[AuthRespondInvitesBodyInvitesItem]', 'required', {'max_items': 100, 'min_items': 1}),
    )


class AuthRespondInvitesBodyInvitesItem(Model):
    """AuthRespondInvitesBodyInvitesItem (inline schema)."""

    action: AuthRespondInvitesBodyInvitesItemAction

    invite_id: str
    """Unique identifier of an invite."""

    _spec = (
        ('action', 'AuthRespondInvitesBodyInvitesItemAction', 'required'),
        ('invite_id', 'str', 'required', {'max_length': 25, 'min_length': 1, 'pattern': '^\\d+$'}),
    )


class AuthRespondInvitesBodyInvitesItemAction(Model):
    """AuthRespondInvitesBodyInvitesItemAction (inline schema)."""

    accept_invite: bool
    """Whether the invite/request is accepted."""

    asset_id_to_permissions: Optional[AssetIdToPermissions]
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the member or partner."""

    _spec = (
        ('accept_invite', 'bool', 'required'),
        ('asset_id_to_permissions', 'AssetIdToPermissions'),
    )


class AvailabilityFilter(Model):
    """AVAILABILITY"""

    AVAILABILITY: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('AVAILABILITY', 'CatalogsProductGroupMultipleStringCriteria', 'required'),
    )
    _additional = None


# Aliases (the spec gives these names to an existing type).
AdvancedAuctionItemsGetRecord = AdvancedAuctionKey
"""Object uniquely identifying a retail catalog item"""

AssetTypeResponse = str
"""Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

AudienceDescription = str
"""Audience description."""
