# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'D': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from pinterest_client.model._b import BaseInviteDataResponse, BusinessRoleCheckMode


class DataOutputFormat(Enum):
    """Format of generated report"""

    JSON = 'JSON'
    CSV = 'CSV'


class DataStatus(Enum):
    """Metrics availablity, e.g., "READY"."""

    PROCESSING = 'PROCESSING'
    READY = 'READY'
    ESTIMATE = 'ESTIMATE'
    BEFORE_BUSINESS_CREATED = 'BEFORE_BUSINESS_CREATED'
    BEFORE_DATA_RETENTION_PERIOD = 'BEFORE_DATA_RETENTION_PERIOD'
    BEFORE_PIN_DATA_RETENTION_PERIOD = 'BEFORE_PIN_DATA_RETENTION_PERIOD'
    BEFORE_METRIC_START_DATE = 'BEFORE_METRIC_START_DATE'
    BEFORE_CORE_METRIC_START_DATE = 'BEFORE_CORE_METRIC_START_DATE'
    BEFORE_PIN_FORMAT_METRIC_START_DATE = 'BEFORE_PIN_FORMAT_METRIC_START_DATE'
    BEFORE_AUDIENCE_METRIC_START_DATE = 'BEFORE_AUDIENCE_METRIC_START_DATE'
    BEFORE_AUDIENCE_MONTHLY_METRIC_START_DATE = 'BEFORE_AUDIENCE_MONTHLY_METRIC_START_DATE'
    BEFORE_VIDEO_METRIC_START_DATE = 'BEFORE_VIDEO_METRIC_START_DATE'
    BEFORE_CONVERSION_METRIC_START_DATE = 'BEFORE_CONVERSION_METRIC_START_DATE'
    PURCHASERS_METRIC_SMALLER_THAN_THRESHOLD = 'PURCHASERS_METRIC_SMALLER_THAN_THRESHOLD'
    IN_BAD_TAG_DATE = 'IN_BAD_TAG_DATE'
    BEFORE_PUBLISHED_METRIC_START_DATE = 'BEFORE_PUBLISHED_METRIC_START_DATE'
    BEFORE_ASSIST_METRIC_START_DATE = 'BEFORE_ASSIST_METRIC_START_DATE'
    BEFORE_PIN_CREATED = 'BEFORE_PIN_CREATED'
    BEFORE_ACCOUNT_CLAIMED = 'BEFORE_ACCOUNT_CLAIMED'
    BEFORE_DEMOGRAPHIC_FILTERS_START_DATE = 'BEFORE_DEMOGRAPHIC_FILTERS_START_DATE'
    AUDIENCE_SEGMENT_SMALLER_THAN_THRESHOLD = 'AUDIENCE_SEGMENT_SMALLER_THAN_THRESHOLD'
    AUDIENCE_TOTAL_SMALLER_THAN_THRESHOLD = 'AUDIENCE_TOTAL_SMALLER_THAN_THRESHOLD'
    BEFORE_PRODUCT_GROUP_FILTER_START_DATE = 'BEFORE_PRODUCT_GROUP_FILTER_START_DATE'


class DeleteAssetGroupBody(Model):
    """Request body used to delete asset groups"""

    asset_groups_to_delete: List[str]
    """List of ids of asset groups to be deleted"""

    _spec = (
        ('asset_groups_to_delete', 'list[str]', 'required', {'items': {'pattern': '^\\d+$'}, 'max_items': 50, 'min_items': 1}),
    )
    _positional = ('asset_groups_to_delete',)

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_groups_to_delete: List[str],
        ) -> None: ...


class DeleteAssetGroupResponse(Model):
    """DeleteAssetGroupResponse (component schema `DeleteAssetGroupResponse`)."""

    deleted_asset_groups: Optional[List[str]]
    """A list of ids of successfully deleted asset groups."""

    exceptions: Optional[List[DeleteAssetGroupResponseExceptionsItem]]
    """A list of errors associated with the asset groups. Will be returned if there is an error."""

    _spec = (
        ('deleted_asset_groups', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('exceptions', 'list[DeleteAssetGroupResponseExceptionsItem]', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            deleted_asset_groups: Optional[List[str]] = ...,
            exceptions: Optional[List[DeleteAssetGroupResponseExceptionsItem]] = ...,
        ) -> None: ...


class DeleteAssetGroupResponseExceptionsItem(Model):
    """DeleteAssetGroupResponseExceptionsItem (inline schema)."""

    asset_group_id: Optional[str]
    """Asset group id of the exception."""

    code: Optional[int]
    """Error code associated with the error deleting asset group."""

    message: Optional[str]
    """Error message associated with the error deleting asset group."""

    _spec = (
        ('asset_group_id', 'str'),
        ('code', 'int'),
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_id: Optional[str] = ...,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


class DeleteInvitesResultsResponseArray(Model):
    """Response to delete invites sent to Members or Partners, if there is an exception, return the exception mapped with the invite id"""

    items: Optional[List[DeleteInvitesResultsResponseArrayItemsItem]]
    """List of invite/Request deletion status. If there is an error, an exception object will be returned. If the invite/request was successfully cancelled, an invite object will be returned for the invite that was cancelled."""

    _spec = (
        ('items', 'list[DeleteInvitesResultsResponseArrayItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeleteInvitesResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class DeleteInvitesResultsResponseArrayItemsItem(Model):
    """DeleteInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[DeleteInvitesResultsResponseArrayItemsItemException]
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an error."""

    invite: Optional[BaseInviteDataResponse]

    _spec = (
        ('exception', 'DeleteInvitesResultsResponseArrayItemsItemException', 'nullable'),
        ('invite', 'BaseInviteDataResponse', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[DeleteInvitesResultsResponseArrayItemsItemException] = ...,
            invite: Optional[BaseInviteDataResponse] = ...,
        ) -> None: ...


class DeleteInvitesResultsResponseArrayItemsItemException(Model):
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an error."""

    invite_id: Optional[str]
    """Unique identifier of an invite."""

    message: Optional[str]
    """Error message associated with the error in performing the action on the invite/request."""

    _spec = (
        ('invite_id', 'str', '', {'pattern': '^\\d+$'}),
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            invite_id: Optional[str] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


class DeleteMemberAccessResult(Model):
    """The terminated asset access."""

    asset_id: Optional[str]
    """Unique identifier of the business asset."""

    member_id: Optional[str]
    """Unique identifier of the business member."""

    _spec = (
        ('asset_id', 'str', '', {'pattern': '^\\d+$'}),
        ('member_id', 'str', '', {'pattern': '^\\d+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_id: Optional[str] = ...,
            member_id: Optional[str] = ...,
        ) -> None: ...


class DeleteMemberAccessResultsResponseArray(Model):
    """DeleteMemberAccessResultsResponseArray (component schema `DeleteMemberAccessResultsResponseArray`)."""

    items: Optional[List[DeleteMemberAccessResult]]
    """List of member asset permissions that were deleted."""

    _spec = (
        ('items', 'list[DeleteMemberAccessResult]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeleteMemberAccessResult]] = ...,
        ) -> None: ...


class DeletePartnerAssetAccessBody(Model):
    """DeletePartnerAssetAccessBody (component schema `DeletePartnerAssetAccessBody`)."""

    accesses: List[DeletePartnerAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[DeletePartnerAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('accesses',)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[DeletePartnerAssetAccessBodyAccessesItem],
        ) -> None: ...


class DeletePartnerAssetAccessBodyAccessesItem(Model):
    """DeletePartnerAssetAccessBodyAccessesItem (inline schema)."""

    asset_id: str
    """Unique identifier of the business asset."""

    partner_id: str
    """Unique identifier of a business partner to update asset access to."""

    partner_type: Optional[str]
    """If partner_type=INTERNAL, the deleted asset access is for the access the partner has to your business asset.<br>
    If partner_type=EXTERNAL, the deleted asset access is for the access you have to the partner's business asset.
    """

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('partner_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('partner_type', 'str', '', {'enum': ('INTERNAL', 'EXTERNAL')}),
    )
    _positional = ('asset_id', 'partner_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            partner_id: str,
            *,
            partner_type: Optional[str] = ...,
        ) -> None: ...


class DeletePartnerAssetsResult(Model):
    """The terminated asset access."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    asset_type: Optional[str]
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    is_shared_partner: Optional[bool]
    """If is_shared_partner=FALSE, you terminated a partner's asset access to your business asset.<br> If is_shared_partner=TRUE, you terminated your asset access to your partner's business asset."""

    partner_id: Optional[str]
    """Unique identifier of a business partner."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('asset_id', 'str', '', {'pattern': '^\\d+$'}),
        ('asset_type', 'str'),
        ('is_shared_partner', 'bool'),
        ('partner_id', 'str', '', {'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_id: Optional[str] = ...,
            asset_type: Optional[str] = ...,
            is_shared_partner: Optional[bool] = ...,
            partner_id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


class DeletePartnerAssetsResultsResponseArray(Model):
    """DeletePartnerAssetsResultsResponseArray (component schema `DeletePartnerAssetsResultsResponseArray`)."""

    items: Optional[List[DeletePartnerAssetsResult]]
    """List of terminated asset access."""

    _spec = (
        ('items', 'list[DeletePartnerAssetsResult]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeletePartnerAssetsResult]] = ...,
        ) -> None: ...


class DeletePartnersRequest(Model):
    """DeletePartnersRequest (component schema `DeletePartnersRequest`)."""

    partner_ids: List[str]

    partner_type: Optional[Union[BusinessRoleCheckMode, str]]

    _spec = (
        ('partner_ids', 'list[str]', 'required', {'items': {'max_length': 22, 'pattern': '^\\d+$'}, 'max_items': 50, 'min_items': 1}),
        ('partner_type', 'BusinessRoleCheckMode', 'nullable'),
    )
    _positional = ('partner_ids',)

    if TYPE_CHECKING:

        def __init__(
            self,
            partner_ids: List[str],
            *,
            partner_type: Optional[Union[BusinessRoleCheckMode, str]] = ...,
        ) -> None: ...


class DeletePartnersResponse(Model):
    """An object with a list of partners that were deleted."""

    deleted_partners: Optional[List[str]]
    """List of partners whose business partnership have been terminated."""

    _spec = (
        ('deleted_partners', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            deleted_partners: Optional[List[str]] = ...,
        ) -> None: ...


class DeletedMembersResponse(Model):
    """An object with a list of members that were deleted."""

    deleted_members: Optional[List[str]]
    """List of members whose business membership have been terminated."""

    _spec = (
        ('deleted_members', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            deleted_members: Optional[List[str]] = ...,
        ) -> None: ...


class DeliveryMetricsResponse(Model):
    """DeliveryMetricsResponse (component schema `DeliveryMetricsResponse`)."""

    items: Optional[List[DeliveryMetricsResponseItemsItem]]

    _spec = (
        ('items', 'list[DeliveryMetricsResponseItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeliveryMetricsResponseItemsItem]] = ...,
        ) -> None: ...


class DeliveryMetricsResponseItemsItem(Model):
    """DeliveryMetricsResponseItemsItem (inline schema)."""

    category: Any
    """Category name"""

    definition: Optional[str]
    """How the metric is defined."""

    display_name: Optional[str]
    """Display name, when available. If unavaible it will not be returned. Matches how the metric is named in our native tools like Pinterest Ads Manager."""

    name: Optional[str]
    """Metric's name."""

    _spec = (
        ('category', 'any', '', {'enum': ('ADS', 'ORGANIC')}),
        ('definition', 'str'),
        ('display_name', 'str'),
        ('name', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            category: Any = ...,
            definition: Optional[str] = ...,
            display_name: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


class DetailedError(Model):
    """Used for including extra details to a base error"""

    code: int

    details: Dict[str, Any]

    message: str

    _spec = (
        ('code', 'int', 'required'),
        ('details', 'dict[any]', 'required'),
        ('message', 'str', 'required'),
    )
    _positional = ('code', 'message', 'details')

    if TYPE_CHECKING:

        def __init__(
            self,
            code: int,
            message: str,
            details: Dict[str, Any],
        ) -> None: ...


class DisclosureType(Enum):
    """Type of information in the page referenced by `disclosure_url`, provided either by the Food and Drug Administration (FDA) or the manufacturer."""

    NO_DISCLOSURE = 'NO_DISCLOSURE'
    PRESCRIBING_INFORMATION = 'PRESCRIBING_INFORMATION'
    PRESCRIBING_INFORMATION_BOX_WARNING = 'PRESCRIBING_INFORMATION_BOX_WARNING'
    IMPORTANT_SAFETY_INFO = 'IMPORTANT_SAFETY_INFO'
    MED_GUIDE = 'MED_GUIDE'
    PATIENT_INFORMATION = 'PATIENT_INFORMATION'
