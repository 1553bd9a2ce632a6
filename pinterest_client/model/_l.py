# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'L': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model, ModelList

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model._c import Country
    from pinterest_client.model._e import Exception


class L1InterestList(ModelList):
    """Interest"""

    _item_type = 'str'
    _checks = {'items': {'enum': ('animals', 'architecture', 'art', 'beauty', 'childrens_fashion', 'design', 'diy_and_crafts', 'education', 'electronics', 'entertainment', 'event_planning', 'finance', 'food_and_drinks', 'gardening', 'health', 'home_decor', 'mens_fashion', 'parenting', 'quotes', 'sport', 'travel', 'vehicles', 'wedding', 'womens_fashion')}}


class Label(Model):
    """Label (component schema `Label`)."""

    id: Optional[str]
    """Label ID."""

    label_type: Optional[Union[LabelType, str]]
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a campaign."""

    parent_id: Optional[str]
    """Label parent entity ID."""

    parent_type: Optional[str]
    """Label parent entity type."""

    status: Optional[Union[LabelStatus, str]]
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    value: Optional[str]
    """Label name."""

    _spec = (
        ('id', 'str'),
        ('label_type', 'LabelType', 'nullable'),
        ('parent_id', 'str'),
        ('parent_type', 'str', 'nullable', {'enum': ('CAMPAIGN',)}),
        ('status', 'LabelStatus', 'nullable'),
        ('value', 'str', '', {'max_length': 100}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            label_type: Optional[Union[LabelType, str]] = ...,
            parent_id: Optional[str] = ...,
            parent_type: Optional[str] = ...,
            status: Optional[Union[LabelStatus, str]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


class LabelCreateRequest(Model):
    """LabelCreateRequest"""

    labels: List[LabelCreateRequestLabelsItem]
    """Labels that you are applying to the campaign."""

    parent_id: str
    """Unique identifier of the asset you are labelling. Currently, you can only label campaigns."""

    _spec = (
        ('labels', 'list[LabelCreateRequestLabelsItem]', 'required'),
        ('parent_id', 'str', 'required', {'pattern': '^[C]?\\d+$'}),
    )
    _positional = ('labels', 'parent_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            labels: List[LabelCreateRequestLabelsItem],
            parent_id: str,
        ) -> None: ...


class LabelCreateRequestLabelsItem(Model):
    """LabelCreateRequestLabelsItem (inline schema)."""

    label_type: Optional[Union[LabelType, str]]
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a campaign."""

    value: str
    """Label name. 100-character limit."""

    _spec = (
        ('label_type', 'LabelType', 'required nullable'),
        ('value', 'str', 'required', {'max_length': 100}),
    )
    _positional = ('label_type', 'value')

    if TYPE_CHECKING:

        def __init__(
            self,
            label_type: Optional[Union[LabelType, str]],
            value: str,
        ) -> None: ...


class LabelError(Model):
    """LabelError (component schema `LabelError`)."""

    data: Optional[Label]

    error_messages: Optional[List[str]]

    _spec = (
        ('data', 'Label'),
        ('error_messages', 'list[str]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[Label] = ...,
            error_messages: Optional[List[str]] = ...,
        ) -> None: ...


class LabelParentType(Enum):
    """Label parent entity type."""

    CAMPAIGN = 'CAMPAIGN'


class LabelStatus(Enum):
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    ACTIVE = 'ACTIVE'
    ARCHIVED = 'ARCHIVED'


class LabelType(Enum):
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a campaign."""

    BRAND = 'BRAND'
    CUSTOM = 'CUSTOM'


class LabelUpdateRequest(Model):
    """LabelUpdateRequest"""

    labels: List[LabelUpdateRequestLabelsItem]
    """Labels that you are applying to the campaign."""

    _spec = (
        ('labels', 'list[LabelUpdateRequestLabelsItem]', 'required'),
    )
    _positional = ('labels',)

    if TYPE_CHECKING:

        def __init__(
            self,
            labels: List[LabelUpdateRequestLabelsItem],
        ) -> None: ...


class LabelUpdateRequestLabelsItem(Model):
    """LabelUpdateRequestLabelsItem (inline schema)."""

    id: str
    """Label ID."""

    status: Optional[Union[LabelStatus, str]]
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    value: Optional[str]
    """Label name. 100-character limit."""

    _spec = (
        ('id', 'str', 'required'),
        ('status', 'LabelStatus', 'nullable'),
        ('value', 'str', '', {'max_length': 100}),
    )
    _positional = ('id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            status: Optional[Union[LabelStatus, str]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


class LabelsListResponse(Model):
    """LabelsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[LabelsResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[LabelsResponse]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[LabelsResponse]] = ...,
        ) -> None: ...


class LabelsResponse(Model):
    """LabelsResponse (component schema `LabelsResponse`)."""

    errors: Optional[List[LabelError]]
    """Labels that were not successfully applied."""

    labels: Optional[List[Label]]

    _spec = (
        ('errors', 'list[LabelError]'),
        ('labels', 'list[Label]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[LabelError]] = ...,
            labels: Optional[List[Label]] = ...,
        ) -> None: ...


class Language(Enum):
    """Language code, which is among the official ISO 639-1 language list."""

    AM = 'AM'
    AR = 'AR'
    AZ = 'AZ'
    BG = 'BG'
    BN = 'BN'
    BS = 'BS'
    CA = 'CA'
    CS = 'CS'
    DA = 'DA'
    DV = 'DV'
    DZ = 'DZ'
    DE = 'DE'
    EL = 'EL'
    EN = 'EN'
    ES = 'ES'
    ET = 'ET'
    FA = 'FA'
    FI = 'FI'
    FR = 'FR'
    HE = 'HE'
    HI = 'HI'
    HR = 'HR'
    HU = 'HU'
    HY = 'HY'
    ID = 'ID'
    IN = 'IN'
    IS = 'IS'
    IT = 'IT'
    IW = 'IW'
    JA = 'JA'
    KA = 'KA'
    KM = 'KM'
    KO = 'KO'
    LO = 'LO'
    LT = 'LT'
    LV = 'LV'
    MK = 'MK'
    MN = 'MN'
    MS = 'MS'
    MY = 'MY'
    NB = 'NB'
    NE = 'NE'
    NL = 'NL'
    NO = 'NO'
    PL = 'PL'
    PT = 'PT'
    RO = 'RO'
    RU = 'RU'
    SK = 'SK'
    SL = 'SL'
    SQ = 'SQ'
    SR = 'SR'
    SV = 'SV'
    TL = 'TL'
    UK = 'UK'
    VI = 'VI'
    TE = 'TE'
    TH = 'TH'
    TR = 'TR'
    XX = 'XX'
    ZH = 'ZH'


class LeadFormArrayResponse(Model):
    """LeadFormArrayResponse (component schema `LeadFormArrayResponse`)."""

    items: Optional[List[LeadFormArrayResponseItemsItem]]

    _spec = (
        ('items', 'list[LeadFormArrayResponseItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[LeadFormArrayResponseItemsItem]] = ...,
        ) -> None: ...


class LeadFormArrayResponseItemsItem(Model):
    """LeadFormArrayResponseItemsItem (inline schema)."""

    data: Optional[LeadFormResponse]

    exceptions: Optional[List[Exception]]

    _spec = (
        ('data', 'LeadFormResponse'),
        ('exceptions', 'list[Exception]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[LeadFormResponse] = ...,
            exceptions: Optional[List[Exception]] = ...,
        ) -> None: ...


class LeadFormCommon(Model):
    """Creation fields"""

    completion_message: Optional[str]
    """A message for people who complete the form to let them know what happens next."""

    disclosure_language: Optional[str]
    """Additional disclosure language to be included in the lead form."""

    has_accepted_terms: Optional[bool]
    """Whether the advertiser has accepted Pinterest's terms of service for creating a lead ad.

    By sending us TRUE for this parameter, you agree that (i) you will use any personal information received in
    compliance with the privacy policy you share with Pinterest, and (ii) you will comply with Pinterest's <a href="https://policy.pinterest.com/en/lead-ad-terms">Lead Ad Terms</a>. As a reminder, all advertising on Pinterest is subject to the <a href="https://business.pinterest.com/en/pinterest-advertising-services-agreement/">Pinterest Advertising Services Agreement</a> or an equivalent agreement as set forth on an IO
    """

    name: Optional[str]
    """Internal name of the lead form."""

    policy_links: Optional[List[LeadFormCommonPolicyLinksItem]]
    """List of additional policy links to be displayed on the lead form."""

    privacy_policy_link: Optional[str]
    """A link to the advertiser's privacy policy. This will be included in the lead form's disclosure language."""

    questions: Optional[List[LeadFormQuestion]]
    """List of questions to be displayed on the lead form."""

    status: Optional[Union[LeadFormStatus, str]]
    """Status of the lead form"""

    _spec = (
        ('completion_message', 'str', 'nullable'),
        ('disclosure_language', 'str', 'nullable'),
        ('has_accepted_terms', 'bool'),
        ('name', 'str', 'nullable'),
        ('policy_links', 'list[LeadFormCommonPolicyLinksItem]', '', {'max_items': 3, 'min_items': 0}),
        ('privacy_policy_link', 'str', 'nullable'),
        ('questions', 'list[LeadFormQuestion]', '', {'max_items': 10, 'min_items': 0}),
        ('status', 'LeadFormStatus'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            completion_message: Optional[str] = ...,
            disclosure_language: Optional[str] = ...,
            has_accepted_terms: Optional[bool] = ...,
            name: Optional[str] = ...,
            policy_links: Optional[List[LeadFormCommonPolicyLinksItem]] = ...,
            privacy_policy_link: Optional[str] = ...,
            questions: Optional[List[LeadFormQuestion]] = ...,
            status: Optional[Union[LeadFormStatus, str]] = ...,
        ) -> None: ...


class LeadFormCommonPolicyLinksItem(Model):
    """LeadFormCommonPolicyLinksItem (inline schema)."""

    label: Optional[str]
    """Policy label for an additional policy link."""

    link: Optional[str]
    """Policy link for an additional policy link."""

    _spec = (
        ('label', 'str'),
        ('link', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            label: Optional[str] = ...,
            link: Optional[str] = ...,
        ) -> None: ...


class LeadFormCreateRequest(Model):
    """LeadFormCreateRequest (component schema `LeadFormCreateRequest`)."""

    completion_message: Optional[str]
    """A message for people who complete the form to let them know what happens next."""

    disclosure_language: Optional[str]
    """Additional disclosure language to be included in the lead form."""

    has_accepted_terms: bool
    """Whether the advertiser has accepted Pinterest's terms of service for creating a lead ad.

    By sending us TRUE for this parameter, you agree that (i) you will use any personal information received in
    compliance with the privacy policy you share with Pinterest, and (ii) you will comply with Pinterest's <a href="https://policy.pinterest.com/en/lead-ad-terms">Lead Ad Terms</a>. As a reminder, all advertising on Pinterest is subject to the <a href="https://business.pinterest.com/en/pinterest-advertising-services-agreement/">Pinterest Advertising Services Agreement</a> or an equivalent agreement as set forth on an IO
    """

    name: Optional[str]
    """Internal name of the lead form."""

    policy_links: Optional[List[LeadFormCommonPolicyLinksItem]]
    """List of additional policy links to be displayed on the lead form."""

    privacy_policy_link: Optional[str]
    """A link to the advertiser's privacy policy. This will be included in the lead form's disclosure language."""

    questions: List[LeadFormQuestion]
    """List of questions to be displayed on the lead form."""

    status: Optional[Union[LeadFormStatus, str]]
    """Status of the lead form"""

    _spec = (
        ('completion_message', 'str', 'required nullable'),
        ('disclosure_language', 'str', 'nullable'),
        ('has_accepted_terms', 'bool', 'required'),
        ('name', 'str', 'required nullable'),
        ('policy_links', 'list[LeadFormCommonPolicyLinksItem]', '', {'max_items': 3, 'min_items': 0}),
        ('privacy_policy_link', 'str', 'required nullable'),
        ('questions', 'list[LeadFormQuestion]', 'required', {'max_items': 10, 'min_items': 0}),
        ('status', 'LeadFormStatus'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            completion_message: Optional[str] = ...,
            disclosure_language: Optional[str] = ...,
            has_accepted_terms: Optional[bool] = ...,
            name: Optional[str] = ...,
            policy_links: Optional[List[LeadFormCommonPolicyLinksItem]] = ...,
            privacy_policy_link: Optional[str] = ...,
            questions: Optional[List[LeadFormQuestion]] = ...,
            status: Optional[Union[LeadFormStatus, str]] = ...,
        ) -> None: ...


class LeadFormQuestion(Model):
    """LeadFormQuestion (component schema)."""

    custom_question_field_type: Optional[Union[LeadFormQuestionFieldType, str]]
    """Lead form question field type"""

    custom_question_label: Optional[str]
    """Question label for a custom question."""

    custom_question_options: Optional[List[str]]
    """Question options for a custom question."""

    question_type: Optional[Union[LeadFormQuestionType, str]]
    """Lead form question type"""

    _spec = (
        ('custom_question_field_type', 'LeadFormQuestionFieldType', 'nullable'),
        ('custom_question_label', 'str', 'nullable'),
        ('custom_question_options', 'list[str]', 'nullable', {'max_items': 5, 'min_items': 0}),
        ('question_type', 'LeadFormQuestionType'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            custom_question_field_type: Optional[Union[LeadFormQuestionFieldType, str]] = ...,
            custom_question_label: Optional[str] = ...,
            custom_question_options: Optional[List[str]] = ...,
            question_type: Optional[Union[LeadFormQuestionType, str]] = ...,
        ) -> None: ...


class LeadFormQuestionFieldType(Enum):
    """Lead form question field type"""

    TEXT_FIELD = 'TEXT_FIELD'
    TEXT_AREA = 'TEXT_AREA'
    RADIO_LIST = 'RADIO_LIST'
    CHECKBOX = 'CHECKBOX'


class LeadFormQuestionType(Enum):
    """Lead form question type"""

    CUSTOM = 'CUSTOM'
    FULL_NAME = 'FULL_NAME'
    FIRST_NAME = 'FIRST_NAME'
    LAST_NAME = 'LAST_NAME'
    EMAIL = 'EMAIL'
    PHONE_NUMBER = 'PHONE_NUMBER'
    ZIP_CODE = 'ZIP_CODE'
    GENDER = 'GENDER'
    CITY = 'CITY'
    COUNTRY = 'COUNTRY'
    STATE_PROVINCE = 'STATE_PROVINCE'
    ADDRESS = 'ADDRESS'
    DATE_OF_BIRTH = 'DATE_OF_BIRTH'
    AGE = 'AGE'


class LeadFormResponse(Model):
    """LeadFormResponse (component schema)."""

    completion_message: Optional[str]
    """A message for people who complete the form to let them know what happens next."""

    disclosure_language: Optional[str]
    """Additional disclosure language to be included in the lead form."""

    has_accepted_terms: Optional[bool]
    """Whether the advertiser has accepted Pinterest's terms of service for creating a lead ad.

    By sending us TRUE for this parameter, you agree that (i) you will use any personal information received in
    compliance with the privacy policy you share with Pinterest, and (ii) you will comply with Pinterest's <a href="https://policy.pinterest.com/en/lead-ad-terms">Lead Ad Terms</a>. As a reminder, all advertising on Pinterest is subject to the <a href="https://business.pinterest.com/en/pinterest-advertising-services-agreement/">Pinterest Advertising Services Agreement</a> or an equivalent agreement as set forth on an IO
    """

    name: Optional[str]
    """Internal name of the lead form."""

    policy_links: Optional[List[LeadFormCommonPolicyLinksItem]]
    """List of additional policy links to be displayed on the lead form."""

    privacy_policy_link: Optional[str]
    """A link to the advertiser's privacy policy. This will be included in the lead form's disclosure language."""

    questions: Optional[List[LeadFormQuestion]]
    """List of questions to be displayed on the lead form."""

    status: Optional[Union[LeadFormStatus, str]]
    """Status of the lead form"""

    ad_account_id: Optional[str]
    """The Ad Account ID that this lead form belongs to."""

    created_time: Optional[int]
    """Lead form creation time. Unix timestamp in seconds."""

    id: Optional[str]
    """The ID of this lead form"""

    updated_time: Optional[int]
    """Last update time. Unix timestamp in seconds."""

    _spec = (
        ('completion_message', 'str', 'nullable'),
        ('disclosure_language', 'str', 'nullable'),
        ('has_accepted_terms', 'bool'),
        ('name', 'str', 'nullable'),
        ('policy_links', 'list[LeadFormCommonPolicyLinksItem]', '', {'max_items': 3, 'min_items': 0}),
        ('privacy_policy_link', 'str', 'nullable'),
        ('questions', 'list[LeadFormQuestion]', '', {'max_items': 10, 'min_items': 0}),
        ('status', 'LeadFormStatus'),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('created_time', 'int'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('updated_time', 'int'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            completion_message: Optional[str] = ...,
            disclosure_language: Optional[str] = ...,
            has_accepted_terms: Optional[bool] = ...,
            name: Optional[str] = ...,
            policy_links: Optional[List[LeadFormCommonPolicyLinksItem]] = ...,
            privacy_policy_link: Optional[str] = ...,
            questions: Optional[List[LeadFormQuestion]] = ...,
            status: Optional[Union[LeadFormStatus, str]] = ...,
            ad_account_id: Optional[str] = ...,
            created_time: Optional[int] = ...,
            id: Optional[str] = ...,
            updated_time: Optional[int] = ...,
        ) -> None: ...


class LeadFormStatus(Enum):
    """Status of the lead form"""

    DRAFT = 'DRAFT'
    ACTIVE = 'ACTIVE'


class LeadFormTestRequest(Model):
    """Request to create test data for lead data test API."""

    answers: List[str]
    """Test lead answers. Should follow the creation order."""

    _spec = (
        ('answers', 'list[str]', 'required'),
    )
    _positional = ('answers',)

    if TYPE_CHECKING:

        def __init__(
            self,
            answers: List[str],
        ) -> None: ...


class LeadFormTestResponse(Model):
    """Response for lead data test API."""

    subscription_id: Optional[str]
    """Subscription ID."""

    _spec = (
        ('subscription_id', 'str', '', {'pattern': '^\\d+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            subscription_id: Optional[str] = ...,
        ) -> None: ...


class LeadFormUpdateRequest(Model):
    """LeadFormUpdateRequest (component schema `LeadFormUpdateRequest`)."""

    completion_message: Optional[str]
    """A message for people who complete the form to let them know what happens next."""

    disclosure_language: Optional[str]
    """Additional disclosure language to be included in the lead form."""

    has_accepted_terms: Optional[bool]
    """Whether the advertiser has accepted Pinterest's terms of service for creating a lead ad.

    By sending us TRUE for this parameter, you agree that (i) you will use any personal information received in
    compliance with the privacy policy you share with Pinterest, and (ii) you will comply with Pinterest's <a href="https://policy.pinterest.com/en/lead-ad-terms">Lead Ad Terms</a>. As a reminder, all advertising on Pinterest is subject to the <a href="https://business.pinterest.com/en/pinterest-advertising-services-agreement/">Pinterest Advertising Services Agreement</a> or an equivalent agreement as set forth on an IO
    """

    name: Optional[str]
    """Internal name of the lead form."""

    policy_links: Optional[List[LeadFormCommonPolicyLinksItem]]
    """List of additional policy links to be displayed on the lead form."""

    privacy_policy_link: Optional[str]
    """A link to the advertiser's privacy policy. This will be included in the lead form's disclosure language."""

    questions: Optional[List[LeadFormQuestion]]
    """List of questions to be displayed on the lead form."""

    status: Optional[Union[LeadFormStatus, str]]
    """Status of the lead form"""

    id: str
    """The ID of this lead form to be updated"""

    _spec = (
        ('completion_message', 'str', 'nullable'),
        ('disclosure_language', 'str', 'nullable'),
        ('has_accepted_terms', 'bool'),
        ('name', 'str', 'nullable'),
        ('policy_links', 'list[LeadFormCommonPolicyLinksItem]', '', {'max_items': 3, 'min_items': 0}),
        ('privacy_policy_link', 'str', 'nullable'),
        ('questions', 'list[LeadFormQuestion]', '', {'max_items': 10, 'min_items': 0}),
        ('status', 'LeadFormStatus'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            completion_message: Optional[str] = ...,
            disclosure_language: Optional[str] = ...,
            has_accepted_terms: Optional[bool] = ...,
            name: Optional[str] = ...,
            policy_links: Optional[List[LeadFormCommonPolicyLinksItem]] = ...,
            privacy_policy_link: Optional[str] = ...,
            questions: Optional[List[LeadFormQuestion]] = ...,
            status: Optional[Union[LeadFormStatus, str]] = ...,
            id: Optional[str] = ...,
        ) -> None: ...


class LeadFormsListResponse(Model):
    """LeadFormsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[LeadFormResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[LeadFormResponse]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[LeadFormResponse]] = ...,
        ) -> None: ...


class LeadSubscription(Model):
    """LeadSubscription (component schema `LeadSubscription`)."""

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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            api_version: Optional[str] = ...,
            created_time: Optional[int] = ...,
            cryptographic_algorithm: Optional[str] = ...,
            cryptographic_key: Optional[str] = ...,
            id: Optional[str] = ...,
            lead_form_id: Optional[str] = ...,
            user_account_id: Optional[str] = ...,
            webhook_url: Optional[str] = ...,
        ) -> None: ...


class LeadSubscriptionPostParamsCreate(Model):
    """LeadSubscriptionPostParamsCreate (component schema `LeadSubscriptionPostParamsCreate`)."""

    lead_form_id: Optional[str]
    """Lead form ID."""

    webhook_url: str
    """Standard HTTPS webhook URL."""

    partner_access_token: Optional[str]
    """Partner access token. Only for clients that requires authentication. We recommend to avoid this param."""

    partner_metadata: Optional[LeadSubscriptionPostParamsCreatePartnerMetadata]
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param."""

    partner_refresh_token: Optional[str]
    """Partner refresh token. Only for clients that requires authentication. We recommend to avoid this param."""

    _spec = (
        ('lead_form_id', 'str', '', {'pattern': '^\\d+$'}),
        ('webhook_url', 'str', 'required'),
        ('partner_access_token', 'str'),
        ('partner_metadata', 'LeadSubscriptionPostParamsCreatePartnerMetadata'),
        ('partner_refresh_token', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            lead_form_id: Optional[str] = ...,
            webhook_url: Optional[str] = ...,
            partner_access_token: Optional[str] = ...,
            partner_metadata: Optional[LeadSubscriptionPostParamsCreatePartnerMetadata] = ...,
            partner_refresh_token: Optional[str] = ...,
        ) -> None: ...


class LeadSubscriptionPostParamsCreatePartnerMetadata(Model):
    """LeadSubscriptionPostParamsCreatePartnerMetadata (inline schema)."""

    subscriber_key: Optional[str]
    """Text field value that uniquely identifies a subscriber."""

    _spec = (
        ('subscriber_key', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            subscriber_key: Optional[str] = ...,
        ) -> None: ...


class LeadsExportCreateRequest(Model):
    """LeadsExportCreateRequest (component schema `LeadsExportCreateRequest`)."""

    ad_id: str
    """ID for the ad collecting leads"""

    end_date: str
    """Export leads collected on and before end date (UTC). Format: YYYY-MM-DD"""

    start_date: str
    """Export leads collected on and after start date (UTC). Format: YYYY-MM-DD"""

    _spec = (
        ('ad_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('end_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('start_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
    )
    _positional = ('start_date', 'end_date', 'ad_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            start_date: str,
            end_date: str,
            ad_id: str,
        ) -> None: ...


class LeadsExportCreateResponse(Model):
    """LeadsExportCreateResponse (component schema `LeadsExportCreateResponse`)."""

    leads_export_id: Optional[str]
    """ID for the leads export job"""

    _spec = (
        ('leads_export_id', 'str', '', {'pattern': '^\\d+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            leads_export_id: Optional[str] = ...,
        ) -> None: ...


class LeadsExportResponseData(Model):
    """LeadsExportResponseData (component schema `LeadsExportResponseData`)."""

    download_url: Optional[str]

    export_status: Optional[Union[LeadsExportStatus, str]]
    """Status of a leads export job"""

    _spec = (
        ('download_url', 'str', 'nullable'),
        ('export_status', 'LeadsExportStatus'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            download_url: Optional[str] = ...,
            export_status: Optional[Union[LeadsExportStatus, str]] = ...,
        ) -> None: ...


class LeadsExportStatus(Enum):
    """Status of a leads export job"""

    IN_PROGRESS = 'IN_PROGRESS'
    FINISHED = 'FINISHED'
    FAILED = 'FAILED'


class LineItem(Model):
    """LineItem (component schema)."""

    product_brand: Optional[str]
    """Product brand. For example, 'Parker'."""

    product_category: Optional[str]
    """Product category. For example, 'Shoes'."""

    product_id: Optional[int]
    """Product ID. For example, 1414."""

    product_name: Optional[str]
    """Product name. For example, 'Parker Boots'."""

    product_price: Optional[str]
    """Product price. For example, '99.99'."""

    product_quantity: Optional[int]
    """Product quantity. For example, 2."""

    product_variant: Optional[str]
    """Product variant. For example, 'Red'."""

    product_variant_id: Optional[str]
    """Product variant ID. For example, '1414-34832'."""

    _spec = (
        ('product_brand', 'str'),
        ('product_category', 'str'),
        ('product_id', 'int'),
        ('product_name', 'str'),
        ('product_price', 'str'),
        ('product_quantity', 'int'),
        ('product_variant', 'str'),
        ('product_variant_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            product_brand: Optional[str] = ...,
            product_category: Optional[str] = ...,
            product_id: Optional[int] = ...,
            product_name: Optional[str] = ...,
            product_price: Optional[str] = ...,
            product_quantity: Optional[int] = ...,
            product_variant: Optional[str] = ...,
            product_variant_id: Optional[str] = ...,
        ) -> None: ...


class LinkedBusiness(Model):
    """LinkedBusiness"""

    image_large_url: Optional[str]
    """image_large_url"""

    image_medium_url: Optional[str]
    """image_medium_url"""

    image_small_url: Optional[str]
    """image_small_url"""

    image_xlarge_url: Optional[str]
    """image_xlarge_url"""

    username: Optional[str]
    """Username"""

    _spec = (
        ('image_large_url', 'str'),
        ('image_medium_url', 'str'),
        ('image_small_url', 'str'),
        ('image_xlarge_url', 'str'),
        ('username', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            image_large_url: Optional[str] = ...,
            image_medium_url: Optional[str] = ...,
            image_small_url: Optional[str] = ...,
            image_xlarge_url: Optional[str] = ...,
            username: Optional[str] = ...,
        ) -> None: ...


class LocalStoreUpdate(Model):
    """LocalStoreUpdate (component schema `LocalStoreUpdate`)."""

    address_primary: Optional[str]
    """Primary address line of the store."""

    address_secondary: Optional[str]
    """Secondary address line of the store."""

    city: Optional[str]
    """City where the store is located."""

    country: Optional[Union[Country, str]]
    """Country code where the store is located."""

    id: str
    """The ID of the local store."""

    latitude: Optional[float]
    """Geographic latitude coordinate of the store."""

    longitude: Optional[float]
    """Geographic longitude coordinate of the store."""

    name: Optional[str]
    """The name of the local store."""

    postal_code: Optional[str]
    """Postal or ZIP code of the store."""

    region: Optional[str]
    """State or region code where the store is located."""

    store_code: Optional[str]
    """Merchant provided code for the local store. Unique within the merchant's catalog."""

    _spec = (
        ('address_primary', 'str'),
        ('address_secondary', 'str'),
        ('city', 'str'),
        ('country', 'Country'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('latitude', 'float'),
        ('longitude', 'float'),
        ('name', 'str'),
        ('postal_code', 'str'),
        ('region', 'str'),
        ('store_code', 'str'),
    )
    _positional = ('id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            address_primary: Optional[str] = ...,
            address_secondary: Optional[str] = ...,
            city: Optional[str] = ...,
            country: Optional[Union[Country, str]] = ...,
            latitude: Optional[float] = ...,
            longitude: Optional[float] = ...,
            name: Optional[str] = ...,
            postal_code: Optional[str] = ...,
            region: Optional[str] = ...,
            store_code: Optional[str] = ...,
        ) -> None: ...


class LookbackPeriodOptions(Enum):
    """Days in lookback window in the GET Conversion EQS response."""

    N1D = '1d'
    N14D = '14d'


# Aliases (the spec gives these names to an existing type).
LocalStoreId = str
"""Local store ID as string in format of integer"""
