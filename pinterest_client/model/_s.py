# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'S': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model

if TYPE_CHECKING:
    import datetime
    from typing import List, Optional, Union

    from pinterest_client.model._a import Audience
    from pinterest_client.model._b import Board
    from pinterest_client.model._c import Currency
    from pinterest_client.model._o import OperationType
    from pinterest_client.model._p import Pin, PinMedia
    from pinterest_client.model._r import Role


class S3FilePart(Model):
    """S3FilePart"""

    part_number: int
    """Part number for upload."""

    presigned_url: str
    """Pre-signed URL."""

    _spec = (
        ('part_number', 'int', 'required'),
        ('presigned_url', 'str', 'required'),
    )
    _positional = ('part_number', 'presigned_url')

    if TYPE_CHECKING:

        def __init__(
            self,
            part_number: int,
            presigned_url: str,
        ) -> None: ...


class S3MultipartUploadData(Model):
    """S3MultipartUploadData"""

    file_parts: Optional[List[S3FilePart]]
    """Array of file parts with pre-signed URLs."""

    _spec = (
        ('file_parts', 'list[S3FilePart]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            file_parts: Optional[List[S3FilePart]] = ...,
        ) -> None: ...


class SSIOAccountAddress(Model):
    """SSIOAccountAddress (component schema `SSIOAccountAddress`)."""

    address_id: Optional[str]
    """Salesforce id for address"""

    display: Optional[str]
    """Address display"""

    order_legal_entity: Optional[str]
    """Legal entity for this insertion order"""

    purpose: Optional[str]
    """Purpose for which the address is used, usually Billing or Businness"""

    _spec = (
        ('address_id', 'str'),
        ('display', 'str'),
        ('order_legal_entity', 'str'),
        ('purpose', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            address_id: Optional[str] = ...,
            display: Optional[str] = ...,
            order_legal_entity: Optional[str] = ...,
            purpose: Optional[str] = ...,
        ) -> None: ...


class SSIOAccountItem(Model):
    """SSIOAccountItem (component schema `SSIOAccountItem`)."""

    addresses: Optional[List[SSIOAccountAddress]]
    """Address information that is associated with this account."""

    id: Optional[str]
    """Salesforce id for billto_info"""

    io_terms: Optional[str]
    """Salesforce text for IO Terms and Conditions"""

    io_terms_id: Optional[str]
    """Salesforce id for IO Terms and Conditions"""

    io_type: Optional[str]
    """Insertion Order Type - Pinterest Paper or Agency Paper"""

    row_terms: Optional[str]
    """Salesforce text for Rest of the World Terms and Conditions"""

    row_terms_id: Optional[str]
    """Salesforce id for Rest of the World Terms and Conditions"""

    us_terms: Optional[str]
    """Salesforce text for US Terms and Conditions"""

    us_terms_id: Optional[str]
    """Salesforce id for US Terms and Conditions"""

    _spec = (
        ('addresses', 'list[SSIOAccountAddress]'),
        ('id', 'str'),
        ('io_terms', 'str'),
        ('io_terms_id', 'str'),
        ('io_type', 'str'),
        ('row_terms', 'str'),
        ('row_terms_id', 'str'),
        ('us_terms', 'str'),
        ('us_terms_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            addresses: Optional[List[SSIOAccountAddress]] = ...,
            id: Optional[str] = ...,
            io_terms: Optional[str] = ...,
            io_terms_id: Optional[str] = ...,
            io_type: Optional[str] = ...,
            row_terms: Optional[str] = ...,
            row_terms_id: Optional[str] = ...,
            us_terms: Optional[str] = ...,
            us_terms_id: Optional[str] = ...,
        ) -> None: ...


class SSIOAccountPMPName(Model):
    """SSIOAccountPMPName (component schema `SSIOAccountPMPName`)."""

    id: Optional[str]
    """Salesforce id for PMP"""

    name: Optional[str]
    """Display name"""

    _spec = (
        ('id', 'str'),
        ('name', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


class SSIOAccountResponse(Model):
    """SSIOAccountResponse (component schema `SSIOAccountResponse`)."""

    billto_infos: Optional[List[SSIOAccountItem]]
    """An array of Salesforce account information that includes address, io terms, etc."""

    can_edit: Optional[bool]
    """Advertiser eligible to update order lines"""

    currency: Optional[str]

    eligible: Optional[bool]
    """Advertiser eligible to create order lines"""

    error: Optional[str]
    """Error indicator from Salesforce which could be "No Error" """

    pmp_names: Optional[List[SSIOAccountPMPName]]

    _spec = (
        ('billto_infos', 'list[SSIOAccountItem]'),
        ('can_edit', 'bool'),
        ('currency', 'str'),
        ('eligible', 'bool'),
        ('error', 'str'),
        ('pmp_names', 'list[SSIOAccountPMPName]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            billto_infos: Optional[List[SSIOAccountItem]] = ...,
            can_edit: Optional[bool] = ...,
            currency: Optional[str] = ...,
            eligible: Optional[bool] = ...,
            error: Optional[str] = ...,
            pmp_names: Optional[List[SSIOAccountPMPName]] = ...,
        ) -> None: ...


class SSIOCreateInsertionOrderRequest(Model):
    """SSIOCreateInsertionOrderRequest (component schema `SSIOCreateInsertionOrderRequest`)."""

    agency_link: Optional[str]
    """URL link for agency"""

    billing_contact_email: str
    """The billing contact email"""

    billing_contact_firstname: str
    """The billing contact first name"""

    billing_contact_lastname: str
    """The billing contact last name"""

    budget_amount: Optional[float]
    """If Budget order line, the budget amount."""

    end_date: Optional[str]
    """End date of time period. Format: YYYY-MM-DD"""

    media_contact_email: str
    """The media contact email"""

    media_contact_firstname: str
    """The media contact first name"""

    media_contact_lastname: str
    """The media contact last name"""

    po_number: str
    """The po number"""

    start_date: str
    """Starting date of time period. Format: YYYY-MM-DD"""

    user_email: Optional[str]
    """The email of user submitting the insertion order"""

    accepted_terms_id: str
    """The SFDC id for the terms"""

    accepted_terms_time: Optional[int]
    """The UTC timestamp (to the nearest sec) of when terms were accepted"""

    billto_billing_address_id: str
    """The bill-to billing address id"""

    billto_business_address_id: str
    """The bill-to business address id"""

    billto_company_id: str
    """The bill-to company id"""

    currency_info: Union[Currency, str]
    """Currency Codes from ISO 4217"""

    estimated_monthly_spend: Optional[float]
    """If Ongoing (perpetual) order line, the estimated monthly spend"""

    order_line_type: str
    """Type can be Budget or Perpetual"""

    order_name: str
    """The order name"""

    pmp_id: str
    """The pmp id"""

    _spec = (
        ('agency_link', 'str'),
        ('billing_contact_email', 'str', 'required'),
        ('billing_contact_firstname', 'str', 'required'),
        ('billing_contact_lastname', 'str', 'required'),
        ('budget_amount', 'float'),
        ('end_date', 'str', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('media_contact_email', 'str', 'required'),
        ('media_contact_firstname', 'str', 'required'),
        ('media_contact_lastname', 'str', 'required'),
        ('po_number', 'str', 'required'),
        ('start_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('user_email', 'str'),
        ('accepted_terms_id', 'str', 'required'),
        ('accepted_terms_time', 'int'),
        ('billto_billing_address_id', 'str', 'required'),
        ('billto_business_address_id', 'str', 'required'),
        ('billto_company_id', 'str', 'required'),
        ('currency_info', 'Currency', 'required'),
        ('estimated_monthly_spend', 'float'),
        ('order_line_type', 'str', 'required', {'enum': ('BUDGET', 'PERPETUALS')}),
        ('order_name', 'str', 'required'),
        ('pmp_id', 'str', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            agency_link: Optional[str] = ...,
            billing_contact_email: Optional[str] = ...,
            billing_contact_firstname: Optional[str] = ...,
            billing_contact_lastname: Optional[str] = ...,
            budget_amount: Optional[float] = ...,
            end_date: Optional[str] = ...,
            media_contact_email: Optional[str] = ...,
            media_contact_firstname: Optional[str] = ...,
            media_contact_lastname: Optional[str] = ...,
            po_number: Optional[str] = ...,
            start_date: Optional[str] = ...,
            user_email: Optional[str] = ...,
            accepted_terms_id: Optional[str] = ...,
            accepted_terms_time: Optional[int] = ...,
            billto_billing_address_id: Optional[str] = ...,
            billto_business_address_id: Optional[str] = ...,
            billto_company_id: Optional[str] = ...,
            currency_info: Optional[Union[Currency, str]] = ...,
            estimated_monthly_spend: Optional[float] = ...,
            order_line_type: Optional[str] = ...,
            order_name: Optional[str] = ...,
            pmp_id: Optional[str] = ...,
        ) -> None: ...


class SSIOCreateInsertionOrderResponse(Model):
    """SSIOCreateInsertionOrderResponse (component schema `SSIOCreateInsertionOrderResponse`)."""

    pin_order_id: Optional[str]
    """Salesforce order id"""

    _spec = (
        ('pin_order_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            pin_order_id: Optional[str] = ...,
        ) -> None: ...


class SSIOEditInsertionOrderRequest(Model):
    """SSIOEditInsertionOrderRequest (component schema `SSIOEditInsertionOrderRequest`)."""

    agency_link: Optional[str]
    """URL link for agency"""

    billing_contact_email: Optional[str]
    """The billing contact email"""

    billing_contact_firstname: Optional[str]
    """The billing contact first name"""

    billing_contact_lastname: Optional[str]
    """The billing contact last name"""

    budget_amount: Optional[float]
    """If Budget order line, the budget amount."""

    end_date: Optional[str]
    """End date of time period. Format: YYYY-MM-DD"""

    media_contact_email: Optional[str]
    """The media contact email"""

    media_contact_firstname: Optional[str]
    """The media contact first name"""

    media_contact_lastname: Optional[str]
    """The media contact last name"""

    po_number: Optional[str]
    """The po number"""

    start_date: Optional[str]
    """Starting date of time period. Format: YYYY-MM-DD"""

    user_email: Optional[str]
    """The email of user submitting the insertion order"""

    ads_manager_order_line_id: Optional[str]
    """Ads manager OrderLineId"""

    oracle_line_id: Optional[str]
    """LineId in the Oracle DB"""

    salesforce_order_id: Optional[str]
    """OrderId in SFDC"""

    salesforce_order_line_id: Optional[str]
    """OrderLineId in SFDC"""

    _spec = (
        ('agency_link', 'str'),
        ('billing_contact_email', 'str'),
        ('billing_contact_firstname', 'str'),
        ('billing_contact_lastname', 'str'),
        ('budget_amount', 'float'),
        ('end_date', 'str', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('media_contact_email', 'str'),
        ('media_contact_firstname', 'str'),
        ('media_contact_lastname', 'str'),
        ('po_number', 'str'),
        ('start_date', 'str', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('user_email', 'str'),
        ('ads_manager_order_line_id', 'str'),
        ('oracle_line_id', 'str'),
        ('salesforce_order_id', 'str'),
        ('salesforce_order_line_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            agency_link: Optional[str] = ...,
            billing_contact_email: Optional[str] = ...,
            billing_contact_firstname: Optional[str] = ...,
            billing_contact_lastname: Optional[str] = ...,
            budget_amount: Optional[float] = ...,
            end_date: Optional[str] = ...,
            media_contact_email: Optional[str] = ...,
            media_contact_firstname: Optional[str] = ...,
            media_contact_lastname: Optional[str] = ...,
            po_number: Optional[str] = ...,
            start_date: Optional[str] = ...,
            user_email: Optional[str] = ...,
            ads_manager_order_line_id: Optional[str] = ...,
            oracle_line_id: Optional[str] = ...,
            salesforce_order_id: Optional[str] = ...,
            salesforce_order_line_id: Optional[str] = ...,
        ) -> None: ...


class SSIOEditInsertionOrderResponse(Model):
    """SSIOEditInsertionOrderResponse (component schema `SSIOEditInsertionOrderResponse`)."""

    pin_order_id: Optional[str]
    """Salesforce order id"""

    _spec = (
        ('pin_order_id', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            pin_order_id: Optional[str] = ...,
        ) -> None: ...


class SSIOInsertionOrderCommon(Model):
    """SSIOInsertionOrderCommon (component schema `SSIOInsertionOrderCommon`)."""

    agency_link: Optional[str]
    """URL link for agency"""

    billing_contact_email: Optional[str]
    """The billing contact email"""

    billing_contact_firstname: Optional[str]
    """The billing contact first name"""

    billing_contact_lastname: Optional[str]
    """The billing contact last name"""

    budget_amount: Optional[float]
    """If Budget order line, the budget amount."""

    end_date: Optional[str]
    """End date of time period. Format: YYYY-MM-DD"""

    media_contact_email: Optional[str]
    """The media contact email"""

    media_contact_firstname: Optional[str]
    """The media contact first name"""

    media_contact_lastname: Optional[str]
    """The media contact last name"""

    po_number: Optional[str]
    """The po number"""

    start_date: Optional[str]
    """Starting date of time period. Format: YYYY-MM-DD"""

    user_email: Optional[str]
    """The email of user submitting the insertion order"""

    _spec = (
        ('agency_link', 'str'),
        ('billing_contact_email', 'str'),
        ('billing_contact_firstname', 'str'),
        ('billing_contact_lastname', 'str'),
        ('budget_amount', 'float'),
        ('end_date', 'str', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('media_contact_email', 'str'),
        ('media_contact_firstname', 'str'),
        ('media_contact_lastname', 'str'),
        ('po_number', 'str'),
        ('start_date', 'str', '', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('user_email', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            agency_link: Optional[str] = ...,
            billing_contact_email: Optional[str] = ...,
            billing_contact_firstname: Optional[str] = ...,
            billing_contact_lastname: Optional[str] = ...,
            budget_amount: Optional[float] = ...,
            end_date: Optional[str] = ...,
            media_contact_email: Optional[str] = ...,
            media_contact_firstname: Optional[str] = ...,
            media_contact_lastname: Optional[str] = ...,
            po_number: Optional[str] = ...,
            start_date: Optional[str] = ...,
            user_email: Optional[str] = ...,
        ) -> None: ...


class SSIOInsertionOrderStatus(Model):
    """SSIOInsertionOrderStatus (component schema `SSIOInsertionOrderStatus`)."""

    creation_time: Optional[str]
    """Salesforce insertion order creation time"""

    pin_order_id: Optional[str]
    """Salesforce order id"""

    status: Optional[str]
    """Salesforce insertion order status"""

    _spec = (
        ('creation_time', 'str', 'nullable'),
        ('pin_order_id', 'str'),
        ('status', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            creation_time: Optional[str] = ...,
            pin_order_id: Optional[str] = ...,
            status: Optional[str] = ...,
        ) -> None: ...


class SSIOOrderLine(Model):
    """SSIOOrderLine (component schema `SSIOOrderLine`)."""

    accepted_terms_id: Optional[str]
    """The SFDC id for the terms"""

    accepted_terms_time: Optional[str]
    """The UTC timestamp (to the nearest sec) of when terms were accepted"""

    ads_manager_order_line_id: Optional[str]
    """Ads manager OrderLineId"""

    agency_link: Optional[str]
    """Agency link"""

    bill_to_company_name: Optional[str]
    """Bill To Company name"""

    billing_contact_email: Optional[str]
    """Billing contact email"""

    billing_contact_firstname: Optional[str]
    """Billing contact first name"""

    billing_contact_lastname: Optional[str]
    """Billing contact last name"""

    budget_amount: Optional[float]
    """If Budget order line, the budget amount."""

    currency_info: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    end_date: Optional[datetime.date]
    """End date of the order line."""

    estimated_monthly_spend: Optional[float]
    """If Ongoing (perpetual) order line, the estimated monthly spend"""

    last_modified_date_time: Optional[str]
    """Last modified date."""

    media_contact_email: Optional[str]
    """Billing media email"""

    media_contact_firstname: Optional[str]
    """Billing contact first name"""

    media_contact_lastname: Optional[str]
    """Billing contact first name"""

    order_name: Optional[str]
    """The order name"""

    pin_order_id: Optional[str]
    """The pin order id associated with the order line in SFDC"""

    pmp_name: Optional[str]
    """The Pinterest marketing partner name"""

    po_number: Optional[str]
    """The po number"""

    salesforce_order_line_id: Optional[str]
    """OrderLineId in SFDC"""

    start_date: Optional[datetime.date]
    """Start date of the order line."""

    _spec = (
        ('accepted_terms_id', 'str', 'nullable'),
        ('accepted_terms_time', 'str', 'nullable', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$'}),
        ('ads_manager_order_line_id', 'str', 'nullable'),
        ('agency_link', 'str', 'nullable'),
        ('bill_to_company_name', 'str', 'nullable'),
        ('billing_contact_email', 'str', 'nullable'),
        ('billing_contact_firstname', 'str', 'nullable'),
        ('billing_contact_lastname', 'str', 'nullable'),
        ('budget_amount', 'float', 'nullable'),
        ('currency_info', 'Currency'),
        ('end_date', 'date', 'nullable'),
        ('estimated_monthly_spend', 'float', 'nullable'),
        ('last_modified_date_time', 'str', 'nullable', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}).(\\d{3})Z$'}),
        ('media_contact_email', 'str', 'nullable'),
        ('media_contact_firstname', 'str', 'nullable'),
        ('media_contact_lastname', 'str', 'nullable'),
        ('order_name', 'str', 'nullable'),
        ('pin_order_id', 'str', 'nullable'),
        ('pmp_name', 'str', 'nullable'),
        ('po_number', 'str', 'nullable'),
        ('salesforce_order_line_id', 'str', 'nullable'),
        ('start_date', 'date', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            accepted_terms_id: Optional[str] = ...,
            accepted_terms_time: Optional[str] = ...,
            ads_manager_order_line_id: Optional[str] = ...,
            agency_link: Optional[str] = ...,
            bill_to_company_name: Optional[str] = ...,
            billing_contact_email: Optional[str] = ...,
            billing_contact_firstname: Optional[str] = ...,
            billing_contact_lastname: Optional[str] = ...,
            budget_amount: Optional[float] = ...,
            currency_info: Optional[Union[Currency, str]] = ...,
            end_date: Optional[datetime.date] = ...,
            estimated_monthly_spend: Optional[float] = ...,
            last_modified_date_time: Optional[str] = ...,
            media_contact_email: Optional[str] = ...,
            media_contact_firstname: Optional[str] = ...,
            media_contact_lastname: Optional[str] = ...,
            order_name: Optional[str] = ...,
            pin_order_id: Optional[str] = ...,
            pmp_name: Optional[str] = ...,
            po_number: Optional[str] = ...,
            salesforce_order_line_id: Optional[str] = ...,
            start_date: Optional[datetime.date] = ...,
        ) -> None: ...


class SearchPartnerPinsResponse(Model):
    """SearchPartnerPinsResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[SummaryPin]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[SummaryPin]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[SummaryPin]] = ...,
        ) -> None: ...


class SearchUserBoardsGetResponse(Model):
    """SearchUserBoardsGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Board]
    """items"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Board]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[Board]] = ...,
        ) -> None: ...


class SearchUserPinsListResponse(Model):
    """SearchUserPinsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Pin]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Pin]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[Pin]] = ...,
        ) -> None: ...


class SharedAudience(Model):
    """SharedAudience (component schema `SharedAudience`)."""

    audience_id: str
    """Unique identifier of an audience"""

    operation_type: Union[OperationType, str]
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    recipient_account_ids: List[str]
    """List of ad account IDs to share with or revoke from."""

    _spec = (
        ('audience_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation_type', 'OperationType', 'required'),
        ('recipient_account_ids', 'list[str]', 'required', {'items': {'pattern': '^\\d+$'}}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            operation_type: Optional[Union[OperationType, str]] = ...,
            recipient_account_ids: Optional[List[str]] = ...,
        ) -> None: ...


class SharedAudienceAccount(Model):
    """SharedAudienceAccount (component schema `SharedAudienceAccount`)."""

    account_id: str
    """Account ID (ad account or business ID)."""

    account_name: str
    """Account name."""

    account_type: str
    """account type"""

    shared_on_timestamp: int
    """Epoch timestamp in seconds for the shared audience event"""

    _spec = (
        ('account_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('account_name', 'str', 'required'),
        ('account_type', 'str', 'required', {'enum': ('AD_ACCOUNT', 'BUSINESS_ACCOUNT')}),
        ('shared_on_timestamp', 'int', 'required'),
    )
    _positional = ('account_id', 'account_name', 'account_type', 'shared_on_timestamp')

    if TYPE_CHECKING:

        def __init__(
            self,
            account_id: str,
            account_name: str,
            account_type: str,
            shared_on_timestamp: int,
        ) -> None: ...


class SharedAudienceCommon(Model):
    """SharedAudienceCommon (component schema `SharedAudienceCommon`)."""

    audience_id: Optional[str]
    """Unique identifier of an audience"""

    operation_type: Optional[Union[OperationType, str]]
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    _spec = (
        ('audience_id', 'str', '', {'pattern': '^\\d+$'}),
        ('operation_type', 'OperationType'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            operation_type: Optional[Union[OperationType, str]] = ...,
        ) -> None: ...


class SharedAudienceResponse(Model):
    """SharedAudienceResponse (component schema `SharedAudienceResponse`)."""

    audience_id: Optional[str]
    """Audience ID that was shared"""

    permissions: Optional[List[Union[Role, str]]]

    recipient_account_ids: Optional[List[str]]
    """Account IDs that received the audience"""

    _spec = (
        ('audience_id', 'str'),
        ('permissions', 'list[Role]'),
        ('recipient_account_ids', 'list[str]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            permissions: Optional[List[Union[Role, str]]] = ...,
            recipient_account_ids: Optional[List[str]] = ...,
        ) -> None: ...


class SharedAudienceResponseCommon(Model):
    """SharedAudienceResponseCommon (component schema `SharedAudienceResponseCommon`)."""

    audience_id: Optional[str]
    """Audience ID that was shared"""

    permissions: Optional[List[Union[Role, str]]]

    _spec = (
        ('audience_id', 'str'),
        ('permissions', 'list[Role]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            permissions: Optional[List[Union[Role, str]]] = ...,
        ) -> None: ...


class SharedAudiencesForBusinessListResponse(Model):
    """SharedAudiencesForBusinessListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Audience]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Audience]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[Audience]] = ...,
        ) -> None: ...


class SingleInterestTargetingOptionResponse(Model):
    """SingleInterestTargetingOptionData"""

    child_interests: Optional[List[str]]
    """child_interests"""

    id: Optional[str]
    """id"""

    level: Optional[int]
    """level"""

    name: Optional[str]
    """name"""

    _spec = (
        ('child_interests', 'list[str]'),
        ('id', 'str', '', {'pattern': '\\d+'}),
        ('level', 'int'),
        ('name', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            child_interests: Optional[List[str]] = ...,
            id: Optional[str] = ...,
            level: Optional[int] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


class SourcePlatformOptions(Enum):
    """List of source platforms for a conversion event."""

    WEB = 'WEB'
    MOBILE = 'MOBILE'
    MOBILE_ANDROID = 'MOBILE_ANDROID'
    MOBILE_IOS = 'MOBILE_IOS'
    OFFLINE = 'OFFLINE'
    PINTEREST_WEB = 'PINTEREST_WEB'
    PINTEREST_ANDROID = 'PINTEREST_ANDROID'
    PINTEREST_IOS = 'PINTEREST_IOS'
    POINT_OF_SALE = 'POINT_OF_SALE'


class SsioInsertionOrdersStatusGetByAdAccountResponse(Model):
    """SsioInsertionOrdersStatusGetByAdAccountResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[SSIOInsertionOrderStatus]
    """Insertion orders status by ad acount id"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[SSIOInsertionOrderStatus]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[SSIOInsertionOrderStatus]] = ...,
        ) -> None: ...


class SsioOrderLinesGetByAdAccountResponse(Model):
    """SsioOrderLinesGetByAdAccountResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[SSIOOrderLine]
    """SSIO order lines by ad acount id"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[SSIOOrderLine]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[SSIOOrderLine]] = ...,
        ) -> None: ...


class SummaryPin(Model):
    """Summarized pin information"""

    alt_text: Optional[str]

    description: Optional[str]

    id: Optional[str]

    link: Optional[str]

    media: Optional[PinMedia]

    title: Optional[str]

    _spec = (
        ('alt_text', 'str', 'nullable', {'max_length': 500}),
        ('description', 'str', 'nullable'),
        ('id', 'str'),
        ('link', 'str', 'nullable', {'max_length': 2048}),
        ('media', 'PinMedia', 'read_only'),
        ('title', 'str', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            alt_text: Optional[str] = ...,
            description: Optional[str] = ...,
            id: Optional[str] = ...,
            link: Optional[str] = ...,
            media: Optional[PinMedia] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


class SystemUserUpdateRequest(Model):
    """SystemUserUpdateRequest (inline schema)."""

    name: str
    """New system user name"""

    _spec = (
        ('name', 'str', 'required'),
    )
    _positional = ('name',)

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
        ) -> None: ...


# Aliases (the spec gives these names to an existing type).
SSIOInsertionOrderStatusResponse = SSIOInsertionOrderStatus
"""SSIOInsertionOrderStatusResponse (component schema `SSIOInsertionOrderStatusResponse`)."""
