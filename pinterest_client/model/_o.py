# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'O': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union


class OauthAccessTokenRequest(Model):
    """Describes the valid schema for possible OAuth access token requests."""

    grant_type: str

    _spec = (
        ('grant_type', 'str', 'required', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
    )
    _positional = ('grant_type',)
    _discriminator = ('grant_type', {'authorization_code': 'OauthAccessTokenRequestCode', 'refresh_token': 'OauthAccessTokenRequestRefresh', 'client_credentials': 'OauthAccessTokenRequestClientCredentials'})

    if TYPE_CHECKING:

        def __init__(
            self,
            grant_type: str,
        ) -> None: ...


class OauthAccessTokenRequestClientCredentials(Model):
    """A request to receive a client token."""

    scope: str

    grant_type: str

    _spec = (
        ('scope', 'str', 'required'),
        ('grant_type', 'str', 'required', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            scope: Optional[str] = ...,
            grant_type: Optional[str] = ...,
        ) -> None: ...


class OauthAccessTokenRequestCode(Model):
    """A request to exchange an authorization code for an access token."""

    code: str

    redirect_uri: str

    grant_type: str

    _spec = (
        ('code', 'str', 'required'),
        ('redirect_uri', 'str', 'required'),
        ('grant_type', 'str', 'required', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[str] = ...,
            redirect_uri: Optional[str] = ...,
            grant_type: Optional[str] = ...,
        ) -> None: ...


class OauthAccessTokenRequestRefresh(Model):
    """A request to exchange a refresh token for a new access token."""

    refresh_token: str

    scope: Optional[str]

    grant_type: str

    _spec = (
        ('refresh_token', 'str', 'required'),
        ('scope', 'str'),
        ('grant_type', 'str', 'required', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            refresh_token: Optional[str] = ...,
            scope: Optional[str] = ...,
            grant_type: Optional[str] = ...,
        ) -> None: ...


class OauthAccessTokenResponse(Model):
    """A successful OAuth access token response."""

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    _spec = (
        ('access_token', 'str', 'required'),
        ('expires_in', 'int', 'required'),
        ('response_type', 'str', '', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
        ('scope', 'str', 'required'),
        ('token_type', 'str', 'required'),
    )
    _positional = ('access_token', 'expires_in', 'scope')
    _discriminator = ('response_type', {'authorization_code': 'OauthAccessTokenResponseCode', 'refresh_token': 'OauthAccessTokenResponseRefresh', 'client_credentials': 'OauthAccessTokenResponseClientCredentials', 'integration_refresh': 'OauthAccessTokenResponseIntegrationRefresh'})

    if TYPE_CHECKING:

        def __init__(
            self,
            access_token: str,
            expires_in: int,
            scope: str,
            *,
            response_type: Optional[str] = ...,
            token_type: Optional[str] = ...,
        ) -> None: ...


class OauthAccessTokenResponseClientCredentials(Model):
    """A successful OAuth client token response for the client token flow."""

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    _spec = (
        ('access_token', 'str', 'required'),
        ('expires_in', 'int', 'required'),
        ('response_type', 'str', '', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
        ('scope', 'str', 'required'),
        ('token_type', 'str', 'required'),
    )
    _positional = ('access_token', 'expires_in', 'scope')

    if TYPE_CHECKING:

        def __init__(
            self,
            access_token: str,
            expires_in: int,
            scope: str,
            *,
            response_type: Optional[str] = ...,
            token_type: Optional[str] = ...,
        ) -> None: ...


class OauthAccessTokenResponseCode(Model):
    """A successful OAuth access token response for the authorization code flow."""

    refresh_token: Optional[str]

    refresh_token_expires_at: Optional[int]

    refresh_token_expires_in: Optional[int]

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    _spec = (
        ('refresh_token', 'str'),
        ('refresh_token_expires_at', 'int'),
        ('refresh_token_expires_in', 'int'),
        ('access_token', 'str', 'required'),
        ('expires_in', 'int', 'required'),
        ('response_type', 'str', '', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
        ('scope', 'str', 'required'),
        ('token_type', 'str', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            refresh_token: Optional[str] = ...,
            refresh_token_expires_at: Optional[int] = ...,
            refresh_token_expires_in: Optional[int] = ...,
            access_token: Optional[str] = ...,
            expires_in: Optional[int] = ...,
            response_type: Optional[str] = ...,
            scope: Optional[str] = ...,
            token_type: Optional[str] = ...,
        ) -> None: ...


class OauthAccessTokenResponseIntegrationRefresh(Model):
    """A successful OAuth access token response for the refresh token flow, with an added refresh token."""

    refresh_token: str

    refresh_token_expires_in: int

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    _spec = (
        ('refresh_token', 'str', 'required'),
        ('refresh_token_expires_in', 'int', 'required'),
        ('access_token', 'str', 'required'),
        ('expires_in', 'int', 'required'),
        ('response_type', 'str', '', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
        ('scope', 'str', 'required'),
        ('token_type', 'str', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            refresh_token: Optional[str] = ...,
            refresh_token_expires_in: Optional[int] = ...,
            access_token: Optional[str] = ...,
            expires_in: Optional[int] = ...,
            response_type: Optional[str] = ...,
            scope: Optional[str] = ...,
            token_type: Optional[str] = ...,
        ) -> None: ...


class OauthAccessTokenResponseRefresh(Model):
    """A successful OAuth access token response for the refresh token flow."""

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    refresh_token: str

    refresh_token_expires_at: int

    refresh_token_expires_in: int

    _spec = (
        ('access_token', 'str', 'required'),
        ('expires_in', 'int', 'required'),
        ('response_type', 'str', '', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
        ('scope', 'str', 'required'),
        ('token_type', 'str', 'required'),
        ('refresh_token', 'str', 'required'),
        ('refresh_token_expires_at', 'int', 'required'),
        ('refresh_token_expires_in', 'int', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            access_token: Optional[str] = ...,
            expires_in: Optional[int] = ...,
            response_type: Optional[str] = ...,
            scope: Optional[str] = ...,
            token_type: Optional[str] = ...,
            refresh_token: Optional[str] = ...,
            refresh_token_expires_at: Optional[int] = ...,
            refresh_token_expires_in: Optional[int] = ...,
        ) -> None: ...


class ObjectiveType(Enum):
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an alternative for the latter.
    """

    AWARENESS = 'AWARENESS'
    CONSIDERATION = 'CONSIDERATION'
    WEB_CONVERSION = 'WEB_CONVERSION'
    CATALOG_SALES = 'CATALOG_SALES'
    VIDEO_COMPLETION = 'VIDEO_COMPLETION'


class OperationType(Enum):
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    SHARE = 'SHARE'
    REVOKE = 'REVOKE'


class OptimizationGoalMetadata(Model):
    """OptimizationGoalMetadata (component schema)."""

    conversion_tag_v3_goal_metadata: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadata]

    frequency_goal_metadata: Optional[OptimizationGoalMetadataFrequencyGoalMetadata]

    scrollup_goal_metadata: Optional[OptimizationGoalMetadataScrollupGoalMetadata]

    _spec = (
        ('conversion_tag_v3_goal_metadata', 'OptimizationGoalMetadataConversionTagV3GoalMetadata'),
        ('frequency_goal_metadata', 'OptimizationGoalMetadataFrequencyGoalMetadata'),
        ('scrollup_goal_metadata', 'OptimizationGoalMetadataScrollupGoalMetadata'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            conversion_tag_v3_goal_metadata: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadata] = ...,
            frequency_goal_metadata: Optional[OptimizationGoalMetadataFrequencyGoalMetadata] = ...,
            scrollup_goal_metadata: Optional[OptimizationGoalMetadataScrollupGoalMetadata] = ...,
        ) -> None: ...


class OptimizationGoalMetadataConversionTagV3GoalMetadata(Model):
    """OptimizationGoalMetadataConversionTagV3GoalMetadata (inline schema)."""

    attribution_windows: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows]

    conversion_event: Optional[str]

    conversion_tag_id: Optional[str]

    cpa_goal_value_in_micro_currency: Optional[str]

    is_roas_optimized: Optional[bool]
    """Pinterest Performance+ ROAS bidding. When enabled, Pinterest will optimize for conversion value instead of conversion volume. Only supported when `conversion_event` is set to `"CHECKOUT"` and `bid_strategy_type` is set to `"AUTOMATIC_BID"`. <br>This parameter is not enabled for all advertisers. <a href="https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/">Learn more</a>."""

    learning_mode_type: Optional[str]
    """Conversion learning model type"""

    reporting_event: Optional[str]
    """Event name for custom or standard events mapped to an oCPM model"""

    _spec = (
        ('attribution_windows', 'OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows'),
        ('conversion_event', 'str', '', {'enum': ('PAGE_VISIT', 'SIGNUP', 'CHECKOUT', 'CUSTOM', 'VIEW_CATEGORY', 'SEARCH', 'ADD_TO_CART', 'WATCH_VIDEO', 'LEAD', 'APP_INSTALL')}),
        ('conversion_tag_id', 'str', '', {'pattern': '^[0-9]+$'}),
        ('cpa_goal_value_in_micro_currency', 'str', '', {'pattern': '^[0-9]+$'}),
        ('is_roas_optimized', 'bool', 'nullable'),
        ('learning_mode_type', 'str', 'nullable', {'enum': ('NOT_ACTIVE', 'ACTIVE')}),
        ('reporting_event', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attribution_windows: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows] = ...,
            conversion_event: Optional[str] = ...,
            conversion_tag_id: Optional[str] = ...,
            cpa_goal_value_in_micro_currency: Optional[str] = ...,
            is_roas_optimized: Optional[bool] = ...,
            learning_mode_type: Optional[str] = ...,
            reporting_event: Optional[str] = ...,
        ) -> None: ...


class OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows(Model):
    """OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows (inline schema)."""

    click_window_days: Optional[int]

    engagement_window_days: Optional[int]

    view_window_days: Optional[int]

    _spec = (
        ('click_window_days', 'int'),
        ('engagement_window_days', 'int'),
        ('view_window_days', 'int'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            click_window_days: Optional[int] = ...,
            engagement_window_days: Optional[int] = ...,
            view_window_days: Optional[int] = ...,
        ) -> None: ...


class OptimizationGoalMetadataFrequencyGoalMetadata(Model):
    """OptimizationGoalMetadataFrequencyGoalMetadata (inline schema)."""

    frequency: Optional[int]
    """Frequency target can only be between 2 and 20"""

    timerange: Optional[str]
    """User entity counts time range"""

    _spec = (
        ('frequency', 'int', '', {'maximum': 20, 'minimum': 2}),
        ('timerange', 'str', '', {'enum': ('THIRTY_DAY', 'DAY', 'SEVEN_DAY', 'TWENTY_MINUTE', 'TEN_MINUTE', 'TWENTY_FOUR_HOUR')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            frequency: Optional[int] = ...,
            timerange: Optional[str] = ...,
        ) -> None: ...


class OptimizationGoalMetadataScrollupGoalMetadata(Model):
    """OptimizationGoalMetadataScrollupGoalMetadata (inline schema)."""

    scrollup_goal_value_in_micro_currency: Optional[str]

    _spec = (
        ('scrollup_goal_value_in_micro_currency', 'str', 'nullable', {'pattern': '^[0-9]+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            scrollup_goal_value_in_micro_currency: Optional[str] = ...,
        ) -> None: ...


class OrderLine(Model):
    """OrderLine"""

    ad_account_id: Optional[str]
    """Ad account ID."""

    budget: Optional[float]
    """Order line budget in micro currency."""

    end_time: Optional[float]
    """End time. Unix timestamp."""

    id: Optional[str]
    """Order line ID."""

    name: Optional[str]
    """Order line name."""

    paid_budget: Optional[float]
    """Order line paid budget in micro currency."""

    paid_type: Optional[Union[OrderLinePaidType, str]]
    """Order line paid type."""

    purchase_order_id: Optional[str]
    """Purchase order ID."""

    start_time: Optional[float]
    """Start time. Unix timestamp."""

    status: Optional[Union[OrderLineStatus, str]]
    """Order line status."""

    type: Optional[str]
    """Always "orderline"."""

    campaign_ids: List[str]
    """Associated List of campaign IDs."""

    _spec = (
        ('ad_account_id', 'str'),
        ('budget', 'float', 'nullable'),
        ('end_time', 'float', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str', 'nullable'),
        ('paid_budget', 'float', 'nullable'),
        ('paid_type', 'OrderLinePaidType', 'nullable'),
        ('purchase_order_id', 'str', 'nullable'),
        ('start_time', 'float'),
        ('status', 'OrderLineStatus'),
        ('type', 'str'),
        ('campaign_ids', 'list[str]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            budget: Optional[float] = ...,
            end_time: Optional[float] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
            paid_budget: Optional[float] = ...,
            paid_type: Optional[Union[OrderLinePaidType, str]] = ...,
            purchase_order_id: Optional[str] = ...,
            start_time: Optional[float] = ...,
            status: Optional[Union[OrderLineStatus, str]] = ...,
            type: Optional[str] = ...,
            campaign_ids: Optional[List[str]] = ...,
        ) -> None: ...


class OrderLineError(Model):
    """OrderLineError"""

    data: Optional[OrderLine]
    """OrderLine"""

    error_messages: Optional[List[str]]
    """error_messages"""

    _spec = (
        ('data', 'OrderLine'),
        ('error_messages', 'list[str]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[OrderLine] = ...,
            error_messages: Optional[List[str]] = ...,
        ) -> None: ...


class OrderLinePaidType(Enum):
    """Order Line Paid Type"""

    PAID = 'PAID'
    BONUS = 'BONUS'
    MAKE_GOOD = 'MAKE_GOOD'
    TEST = 'TEST'


class OrderLineResponse(Model):
    """OrderLineResponse"""

    errors: Optional[List[OrderLineError]]
    """Error list if update(s) fail."""

    order_line: Optional[List[OrderLine]]
    """Order Line object array."""

    _spec = (
        ('errors', 'list[OrderLineError]'),
        ('order_line', 'list[OrderLine]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[OrderLineError]] = ...,
            order_line: Optional[List[OrderLine]] = ...,
        ) -> None: ...


class OrderLineSingleResponse(Model):
    """OrderLineSingleResponse"""

    data: Optional[OrderLineResponse]
    """OrderLineResponse"""

    _spec = (
        ('data', 'OrderLineResponse'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[OrderLineResponse] = ...,
        ) -> None: ...


class OrderLineStatus(Enum):
    """Order Line Status"""

    ACTIVE = 'ACTIVE'
    PAUSED = 'PAUSED'
    DELETED = 'DELETED'


class OrderLines(Model):
    """Order Line"""

    ad_account_id: Optional[str]
    """Ad account ID."""

    budget: Optional[float]
    """Order line budget in micro currency."""

    end_time: Optional[float]
    """End time. Unix timestamp."""

    id: Optional[str]
    """Order line ID."""

    name: Optional[str]
    """Order line name."""

    paid_budget: Optional[float]
    """Order line paid budget in micro currency."""

    paid_type: Optional[Union[OrderLinePaidType, str]]
    """Order line paid type."""

    purchase_order_id: Optional[str]
    """Purchase order ID."""

    start_time: Optional[float]
    """Start time. Unix timestamp."""

    status: Optional[Union[OrderLineStatus, str]]
    """Order line status."""

    type: Optional[str]
    """Always "orderline"."""

    _spec = (
        ('ad_account_id', 'str'),
        ('budget', 'float', 'nullable'),
        ('end_time', 'float', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str', 'nullable'),
        ('paid_budget', 'float', 'nullable'),
        ('paid_type', 'OrderLinePaidType', 'nullable'),
        ('purchase_order_id', 'str', 'nullable'),
        ('start_time', 'float'),
        ('status', 'OrderLineStatus'),
        ('type', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            budget: Optional[float] = ...,
            end_time: Optional[float] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
            paid_budget: Optional[float] = ...,
            paid_type: Optional[Union[OrderLinePaidType, str]] = ...,
            purchase_order_id: Optional[str] = ...,
            start_time: Optional[float] = ...,
            status: Optional[Union[OrderLineStatus, str]] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


class OrderLinesArrayResponse(Model):
    """OrderLinesArrayResponse"""

    items: Optional[List[OrderLines]]

    _spec = (
        ('items', 'list[OrderLines]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[OrderLines]] = ...,
        ) -> None: ...


class OrderLinesListResponse(Model):
    """OrderLinesListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[OrderLine]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[OrderLine]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[OrderLine]] = ...,
        ) -> None: ...


class OverallStatusOptions(Enum):
    """Overall status of event quality score."""

    NEEDS_IMPROVEMENT = 'NEEDS_IMPROVEMENT'
    FAIR = 'FAIR'
    GOOD = 'GOOD'
