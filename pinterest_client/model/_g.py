# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'G': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model, ModelList

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model._a import AssetGroupBinding
    from pinterest_client.model._c import (
        CatalogsProductGroupMultipleGenderCriteria,
        CatalogsProductGroupMultipleStringListCriteria,
    )
    from pinterest_client.model._i import InviteResponse
    from pinterest_client.model._u import UserBusinessRoleBinding


class Gender(Enum):
    """Gender (component schema)."""

    FEMALE = 'FEMALE'
    MALE = 'MALE'
    UNISEX = 'UNISEX'


class GenderBucket(Enum):
    """GenderBucket (component schema `GenderBucket`)."""

    MALE = 'MALE'
    FEMALE = 'FEMALE'
    UNSPECIFIED = 'UNSPECIFIED'


class GenderDemographics(Model):
    """Gender demographic distribution"""

    female: float
    """Percentage of female users"""

    male: float
    """Percentage of male users"""

    unspecified: float
    """Percentage of users with unspecified gender"""

    _spec = (
        ('female', 'float', 'required'),
        ('male', 'float', 'required'),
        ('unspecified', 'float', 'required'),
    )
    _positional = ('female', 'male', 'unspecified')

    if TYPE_CHECKING:

        def __init__(
            self,
            female: float,
            male: float,
            unspecified: float,
        ) -> None: ...


class GenderFilter(Model):
    """GENDER"""

    gender: CatalogsProductGroupMultipleGenderCriteria
    """catalogs_product_group_multiple_gender_criteria"""

    _spec = (
        ('GENDER', 'CatalogsProductGroupMultipleGenderCriteria', 'required', None, 'gender'),
    )
    _positional = ('gender',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            gender: CatalogsProductGroupMultipleGenderCriteria,
        ) -> None: ...


class GenderList(ModelList):
    """Gender"""

    _item_type = 'str'
    _checks = {'items': {'enum': ('female', 'male', 'unknown')}}


class GetAudiencesOrderBy(Enum):
    """GetAudiencesOrderBy (component schema `GetAudiencesOrderBy`)."""

    NONE = 'NONE'
    ID = 'ID'
    SIZE = 'SIZE'
    CREATION_DATE = 'CREATION_DATE'
    UPDATED_TIME = 'UPDATED_TIME'
    NAME_ = 'NAME'
    STATUS = 'STATUS'
    TYPE = 'TYPE'


class GetBusinessAssetTypeResponse(Enum):
    """Type of asset."""

    AD_ACCOUNT = 'AD_ACCOUNT'
    PROFILE = 'PROFILE'
    ASSET_GROUP = 'ASSET_GROUP'
    CONVERSION_TAG = 'CONVERSION_TAG'
    CATALOG = 'CATALOG'


class GetBusinessAssetsResponse(Model):
    """An object containing the permissions a business has on the asset."""

    asset_group_info: Optional[AssetGroupBinding]
    """An object containing all the information specific to the provided asset group. This field will be populated only if asset_type equals 'ASSET_GROUP'."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    asset_type: Optional[str]
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    catalog_info: Optional[GetBusinessAssetsResponseCatalogInfo]
    """An object containing all the information specific to the provided catalog. This field will be populated only if asset_type equals 'CATALOG'."""

    _spec = (
        ('asset_group_info', 'AssetGroupBinding'),
        ('asset_id', 'str', '', {'max_length': 20, 'min_length': 1, 'pattern': '^\\d+$'}),
        ('asset_type', 'str'),
        ('catalog_info', 'GetBusinessAssetsResponseCatalogInfo', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_info: Optional[AssetGroupBinding] = ...,
            asset_id: Optional[str] = ...,
            asset_type: Optional[str] = ...,
            catalog_info: Optional[GetBusinessAssetsResponseCatalogInfo] = ...,
        ) -> None: ...


class GetBusinessAssetsResponseCatalogInfo(Model):
    """An object containing all the information specific to the provided catalog. This field will be populated only if asset_type equals 'CATALOG'."""

    catalog_type: Optional[str]
    """Catalog type"""

    id: Optional[str]
    """Catalog ID."""

    name: Optional[str]
    """Catalog name"""

    _spec = (
        ('catalog_type', 'str'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_type: Optional[str] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


class GetBusinessEmployersResponse(Model):
    """GetBusinessEmployersResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserBusinessRoleBinding]
    """List of employers."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserBusinessRoleBinding]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserBusinessRoleBinding]] = ...,
        ) -> None: ...


class GetBusinessMembersResponse(Model):
    """GetBusinessMembersResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserBusinessRoleBinding]
    """List of business members."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserBusinessRoleBinding]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserBusinessRoleBinding]] = ...,
        ) -> None: ...


class GetBusinessPartnersResponse(Model):
    """GetBusinessPartnersResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserBusinessRoleBinding]
    """List of business partners."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserBusinessRoleBinding]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserBusinessRoleBinding]] = ...,
        ) -> None: ...


class GetInvitesResponse(Model):
    """GetInvitesResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[InviteResponse]
    """List of invite and request data."""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[InviteResponse]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[InviteResponse]] = ...,
        ) -> None: ...


class GetMMMReportResponse(Model):
    """GetMMMReportResponse (component schema `GetMMMReportResponse`)."""

    code: Optional[float]

    data: Optional[GetMMMReportResponseData]
    """GetMMMReportResponseData"""

    message: Optional[str]

    status: Optional[str]

    _spec = (
        ('code', 'float'),
        ('data', 'GetMMMReportResponseData'),
        ('message', 'str'),
        ('status', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[float] = ...,
            data: Optional[GetMMMReportResponseData] = ...,
            message: Optional[str] = ...,
            status: Optional[str] = ...,
        ) -> None: ...


class GetMMMReportResponseData(Model):
    """GetMMMReportResponseData"""

    report_status: Optional[str]

    size: Optional[float]

    url: Optional[str]

    _spec = (
        ('report_status', 'str', '', {'enum': ('DOES_NOT_EXIST', 'FINISHED', 'IN_PROGRESS', 'EXPIRED', 'FAILED', 'CANCELLED')}),
        ('size', 'float', 'nullable'),
        ('url', 'str', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            report_status: Optional[str] = ...,
            size: Optional[float] = ...,
            url: Optional[str] = ...,
        ) -> None: ...


class GetPartnerAssetsResponse(Model):
    """An object containing the permissions a you/your business partner has on the asset."""

    asset_group_info: Optional[AssetGroupBinding]
    """An object containing all the information specific to the provided asset group. This field will be populated only if asset_type equals 'ASSET_GROUP'."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    asset_type: Optional[str]
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    permissions: Optional[List[str]]
    """The permissions you or your partner has on the asset. If partner_type=INTERNAL, the permission levels are for the access the partner has to your business asset.<br> If partner_type=EXTERNAL, the permission levels are for the access you have to the partner's business asset."""

    _spec = (
        ('asset_group_info', 'AssetGroupBinding'),
        ('asset_id', 'str', '', {'max_length': 20, 'min_length': 1, 'pattern': '^\\d+$'}),
        ('asset_type', 'str'),
        ('permissions', 'list[str]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_info: Optional[AssetGroupBinding] = ...,
            asset_id: Optional[str] = ...,
            asset_type: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


class GoogleProductCategory0Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_0"""

    google_product_category_0: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('GOOGLE_PRODUCT_CATEGORY_0', 'CatalogsProductGroupMultipleStringListCriteria', 'required', None, 'google_product_category_0'),
    )
    _positional = ('google_product_category_0',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_0: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


class GoogleProductCategory1Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_1"""

    google_product_category_1: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('GOOGLE_PRODUCT_CATEGORY_1', 'CatalogsProductGroupMultipleStringListCriteria', 'required', None, 'google_product_category_1'),
    )
    _positional = ('google_product_category_1',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_1: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


class GoogleProductCategory2Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_2"""

    google_product_category_2: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('GOOGLE_PRODUCT_CATEGORY_2', 'CatalogsProductGroupMultipleStringListCriteria', 'required', None, 'google_product_category_2'),
    )
    _positional = ('google_product_category_2',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_2: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


class GoogleProductCategory3Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_3"""

    google_product_category_3: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('GOOGLE_PRODUCT_CATEGORY_3', 'CatalogsProductGroupMultipleStringListCriteria', 'required', None, 'google_product_category_3'),
    )
    _positional = ('google_product_category_3',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_3: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


class GoogleProductCategory4Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_4"""

    google_product_category_4: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('GOOGLE_PRODUCT_CATEGORY_4', 'CatalogsProductGroupMultipleStringListCriteria', 'required', None, 'google_product_category_4'),
    )
    _positional = ('google_product_category_4',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_4: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


class GoogleProductCategory5Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_5"""

    google_product_category_5: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('GOOGLE_PRODUCT_CATEGORY_5', 'CatalogsProductGroupMultipleStringListCriteria', 'required', None, 'google_product_category_5'),
    )
    _positional = ('google_product_category_5',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_5: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


class GoogleProductCategory6Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_6"""

    google_product_category_6: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _spec = (
        ('GOOGLE_PRODUCT_CATEGORY_6', 'CatalogsProductGroupMultipleStringListCriteria', 'required', None, 'google_product_category_6'),
    )
    _positional = ('google_product_category_6',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_6: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


class Granularity(Enum):
    """Specifies the time interval at which analytics data is broken down. Determines how metrics are grouped within the requested date range.
    **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still returns data for non-conversion metrics. All other enums are unchanged.
    """

    TOTAL = 'TOTAL'
    DAY = 'DAY'
    HOUR = 'HOUR'
    WEEK = 'WEEK'
    MONTH = 'MONTH'


class GridClickType(Enum):
    """Where a user is taken after clicking on an ad in grid. </p><strong>Note:</strong>  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported ads.  grid_click_type values provided will be ignored."""

    CLOSEUP = 'CLOSEUP'
    DIRECT_TO_DESTINATION = 'DIRECT_TO_DESTINATION'
