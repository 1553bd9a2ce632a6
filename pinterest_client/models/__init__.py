# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Every model class of the SDK, importable from here and loaded on first use
(``from pinterest_client.models import *`` imports them all)."""

from __future__ import annotations

from pinterest_client._types import TYPE_CHECKING, import_generated

if TYPE_CHECKING:
    from typing import Any, List

    from pinterest_client.model.account import Account as Account
    from pinterest_client.model.action_type import ActionType as ActionType
    from pinterest_client.model.ad_account import AdAccount as AdAccount
    from pinterest_client.model.ad_account_analytics_response import (
        AdAccountAnalyticsResponse as AdAccountAnalyticsResponse,
    )
    from pinterest_client.model.ad_account_analytics_response import (
        AdAccountAnalyticsResponseItem as AdAccountAnalyticsResponseItem,
    )
    from pinterest_client.model.ad_account_create import AdAccountCreate as AdAccountCreate
    from pinterest_client.model.ad_account_create_request import AdAccountCreateRequest as AdAccountCreateRequest
    from pinterest_client.model.ad_account_create_subscription_request import (
        AdAccountCreateSubscriptionRequest as AdAccountCreateSubscriptionRequest,
    )
    from pinterest_client.model.ad_account_create_subscription_request import (
        AdAccountCreateSubscriptionRequestPartnerMetadata as AdAccountCreateSubscriptionRequestPartnerMetadata,
    )
    from pinterest_client.model.ad_account_create_subscription_response import (
        AdAccountCreateSubscriptionResponse as AdAccountCreateSubscriptionResponse,
    )
    from pinterest_client.model.ad_account_get_subscription_response import (
        AdAccountGetSubscriptionResponse as AdAccountGetSubscriptionResponse,
    )
    from pinterest_client.model.ad_account_get_subscription_response_all_of import (
        AdAccountGetSubscriptionResponseAllOf as AdAccountGetSubscriptionResponseAllOf,
    )
    from pinterest_client.model.ad_account_get_subscription_response_all_of1 import (
        AdAccountGetSubscriptionResponseAllOf1 as AdAccountGetSubscriptionResponseAllOf1,
    )
    from pinterest_client.model.ad_account_owner import AdAccountOwner as AdAccountOwner
    from pinterest_client.model.ad_accounts_audiences_shared_accounts_list_response import (
        AdAccountsAudiencesSharedAccountsListResponse as AdAccountsAudiencesSharedAccountsListResponse,
    )
    from pinterest_client.model.ad_accounts_country_response import (
        AdAccountsCountryResponse as AdAccountsCountryResponse,
    )
    from pinterest_client.model.ad_accounts_country_response_data import (
        AdAccountsCountryResponseData as AdAccountsCountryResponseData,
    )
    from pinterest_client.model.ad_accounts_list_response import AdAccountsListResponse as AdAccountsListResponse
    from pinterest_client.model.ad_accounts_subscriptions_get_list_response import (
        AdAccountsSubscriptionsGetListResponse as AdAccountsSubscriptionsGetListResponse,
    )
    from pinterest_client.model.ad_array_response import AdArrayResponse as AdArrayResponse
    from pinterest_client.model.ad_array_response_element import AdArrayResponseElement as AdArrayResponseElement
    from pinterest_client.model.ad_common import AdCommon as AdCommon
    from pinterest_client.model.ad_country import AdCountry as AdCountry
    from pinterest_client.model.ad_create_request import AdCreateRequest as AdCreateRequest
    from pinterest_client.model.ad_group_array_response import AdGroupArrayResponse as AdGroupArrayResponse
    from pinterest_client.model.ad_group_array_response_element import (
        AdGroupArrayResponseElement as AdGroupArrayResponseElement,
    )
    from pinterest_client.model.ad_group_audience_sizing_request import (
        AdGroupAudienceSizingRequest as AdGroupAudienceSizingRequest,
    )
    from pinterest_client.model.ad_group_audience_sizing_request import (
        AdGroupAudienceSizingRequestKeywordsItem as AdGroupAudienceSizingRequestKeywordsItem,
    )
    from pinterest_client.model.ad_group_audience_sizing_request_keywords import (
        AdGroupAudienceSizingRequestKeywords as AdGroupAudienceSizingRequestKeywords,
    )
    from pinterest_client.model.ad_group_audience_sizing_response import (
        AdGroupAudienceSizingResponse as AdGroupAudienceSizingResponse,
    )
    from pinterest_client.model.ad_group_common import AdGroupCommon as AdGroupCommon
    from pinterest_client.model.ad_group_create_request import AdGroupCreateRequest as AdGroupCreateRequest
    from pinterest_client.model.ad_group_create_request_all_of import (
        AdGroupCreateRequestAllOf as AdGroupCreateRequestAllOf,
    )
    from pinterest_client.model.ad_group_id_filter import AdGroupIdFilter as AdGroupIdFilter
    from pinterest_client.model.ad_group_response import AdGroupResponse as AdGroupResponse
    from pinterest_client.model.ad_group_response_all_of import AdGroupResponseAllOf as AdGroupResponseAllOf
    from pinterest_client.model.ad_group_summary_status import AdGroupSummaryStatus as AdGroupSummaryStatus
    from pinterest_client.model.ad_group_update_request import AdGroupUpdateRequest as AdGroupUpdateRequest
    from pinterest_client.model.ad_group_update_request_all_of import (
        AdGroupUpdateRequestAllOf as AdGroupUpdateRequestAllOf,
    )
    from pinterest_client.model.ad_groups_analytics_response import (
        AdGroupsAnalyticsResponse as AdGroupsAnalyticsResponse,
    )
    from pinterest_client.model.ad_groups_analytics_response import (
        AdGroupsAnalyticsResponseItem as AdGroupsAnalyticsResponseItem,
    )
    from pinterest_client.model.ad_groups_list_response import AdGroupsListResponse as AdGroupsListResponse
    from pinterest_client.model.ad_pin_analytics import AdPinAnalytics as AdPinAnalytics
    from pinterest_client.model.ad_pin_id import AdPinId as AdPinId
    from pinterest_client.model.ad_pins_analytics_response import AdPinsAnalyticsResponse as AdPinsAnalyticsResponse
    from pinterest_client.model.ad_preview_create_from_image import AdPreviewCreateFromImage as AdPreviewCreateFromImage
    from pinterest_client.model.ad_preview_create_from_pin import AdPreviewCreateFromPin as AdPreviewCreateFromPin
    from pinterest_client.model.ad_preview_request import AdPreviewRequest as AdPreviewRequest
    from pinterest_client.model.ad_preview_request import (
        AdPreviewRequestAdPreviewCreateFromImage as AdPreviewRequestAdPreviewCreateFromImage,
    )
    from pinterest_client.model.ad_preview_request import (
        AdPreviewRequestAdPreviewCreateFromPin as AdPreviewRequestAdPreviewCreateFromPin,
    )
    from pinterest_client.model.ad_preview_request import (
        AdPreviewRequestAdPreviewShopping as AdPreviewRequestAdPreviewShopping,
    )
    from pinterest_client.model.ad_preview_shopping import AdPreviewShopping as AdPreviewShopping
    from pinterest_client.model.ad_preview_url_response import AdPreviewURLResponse as AdPreviewURLResponse
    from pinterest_client.model.ad_response import AdResponse as AdResponse
    from pinterest_client.model.ad_response_all_of import AdResponseAllOf as AdResponseAllOf
    from pinterest_client.model.ad_update_request import AdUpdateRequest as AdUpdateRequest
    from pinterest_client.model.ad_update_request1 import AdUpdateRequest1 as AdUpdateRequest1
    from pinterest_client.model.ads_analytics_ad_group_targeting_type import (
        AdsAnalyticsAdGroupTargetingType as AdsAnalyticsAdGroupTargetingType,
    )
    from pinterest_client.model.ads_analytics_ad_targeting_type import (
        AdsAnalyticsAdTargetingType as AdsAnalyticsAdTargetingType,
    )
    from pinterest_client.model.ads_analytics_campaign_targeting_type import (
        AdsAnalyticsCampaignTargetingType as AdsAnalyticsCampaignTargetingType,
    )
    from pinterest_client.model.ads_analytics_create_async_request import (
        AdsAnalyticsCreateAsyncRequest as AdsAnalyticsCreateAsyncRequest,
    )
    from pinterest_client.model.ads_analytics_create_async_request import (
        AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem as AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem,
    )
    from pinterest_client.model.ads_analytics_create_async_request_all_of import (
        AdsAnalyticsCreateAsyncRequestAllOf as AdsAnalyticsCreateAsyncRequestAllOf,
    )
    from pinterest_client.model.ads_analytics_create_async_request_all_of1 import (
        AdsAnalyticsCreateAsyncRequestAllOf1 as AdsAnalyticsCreateAsyncRequestAllOf1,
    )
    from pinterest_client.model.ads_analytics_create_async_response import (
        AdsAnalyticsCreateAsyncResponse as AdsAnalyticsCreateAsyncResponse,
    )
    from pinterest_client.model.ads_analytics_filter_column import AdsAnalyticsFilterColumn as AdsAnalyticsFilterColumn
    from pinterest_client.model.ads_analytics_filter_operator import (
        AdsAnalyticsFilterOperator as AdsAnalyticsFilterOperator,
    )
    from pinterest_client.model.ads_analytics_get_async_response import (
        AdsAnalyticsGetAsyncResponse as AdsAnalyticsGetAsyncResponse,
    )
    from pinterest_client.model.ads_analytics_metrics_filter import (
        AdsAnalyticsMetricsFilter as AdsAnalyticsMetricsFilter,
    )
    from pinterest_client.model.ads_analytics_response import AdsAnalyticsResponse as AdsAnalyticsResponse
    from pinterest_client.model.ads_analytics_response import AdsAnalyticsResponseItem as AdsAnalyticsResponseItem
    from pinterest_client.model.ads_analytics_targeting_type import (
        AdsAnalyticsTargetingType as AdsAnalyticsTargetingType,
    )
    from pinterest_client.model.ads_credit_discounts_response import (
        AdsCreditDiscountsResponse as AdsCreditDiscountsResponse,
    )
    from pinterest_client.model.ads_credit_redeem_request import AdsCreditRedeemRequest as AdsCreditRedeemRequest
    from pinterest_client.model.ads_credit_redeem_response import AdsCreditRedeemResponse as AdsCreditRedeemResponse
    from pinterest_client.model.ads_credits_discounts_get_response import (
        AdsCreditsDiscountsGetResponse as AdsCreditsDiscountsGetResponse,
    )
    from pinterest_client.model.ads_list_response import AdsListResponse as AdsListResponse
    from pinterest_client.model.advanced_auction_bid_options import (
        AdvancedAuctionBidOptions as AdvancedAuctionBidOptions,
    )
    from pinterest_client.model.advanced_auction_item import AdvancedAuctionItem as AdvancedAuctionItem
    from pinterest_client.model.advanced_auction_item_all_of import AdvancedAuctionItemAllOf as AdvancedAuctionItemAllOf
    from pinterest_client.model.advanced_auction_items import AdvancedAuctionItems as AdvancedAuctionItems
    from pinterest_client.model.advanced_auction_items_get_record import (
        AdvancedAuctionItemsGetRecord as AdvancedAuctionItemsGetRecord,
    )
    from pinterest_client.model.advanced_auction_items_get_request import (
        AdvancedAuctionItemsGetRequest as AdvancedAuctionItemsGetRequest,
    )
    from pinterest_client.model.advanced_auction_items_submit_delete_record import (
        AdvancedAuctionItemsSubmitDeleteRecord as AdvancedAuctionItemsSubmitDeleteRecord,
    )
    from pinterest_client.model.advanced_auction_items_submit_record import (
        AdvancedAuctionItemsSubmitRecord as AdvancedAuctionItemsSubmitRecord,
    )
    from pinterest_client.model.advanced_auction_items_submit_request import (
        AdvancedAuctionItemsSubmitRequest as AdvancedAuctionItemsSubmitRequest,
    )
    from pinterest_client.model.advanced_auction_items_submit_upsert_record import (
        AdvancedAuctionItemsSubmitUpsertRecord as AdvancedAuctionItemsSubmitUpsertRecord,
    )
    from pinterest_client.model.advanced_auction_items_submit_upsert_record_all_of import (
        AdvancedAuctionItemsSubmitUpsertRecordAllOf as AdvancedAuctionItemsSubmitUpsertRecordAllOf,
    )
    from pinterest_client.model.advanced_auction_key import AdvancedAuctionKey as AdvancedAuctionKey
    from pinterest_client.model.advanced_auction_operation import AdvancedAuctionOperation as AdvancedAuctionOperation
    from pinterest_client.model.advanced_auction_operation_error import (
        AdvancedAuctionOperationError as AdvancedAuctionOperationError,
    )
    from pinterest_client.model.advanced_auction_processed_item import (
        AdvancedAuctionProcessedItem as AdvancedAuctionProcessedItem,
    )
    from pinterest_client.model.advanced_auction_processed_item_all_of import (
        AdvancedAuctionProcessedItemAllOf as AdvancedAuctionProcessedItemAllOf,
    )
    from pinterest_client.model.advanced_auction_processed_items import (
        AdvancedAuctionProcessedItems as AdvancedAuctionProcessedItems,
    )
    from pinterest_client.model.advertiser_defined_events_get_response import (
        AdvertiserDefinedEventsGetResponse as AdvertiserDefinedEventsGetResponse,
    )
    from pinterest_client.model.advertiser_defined_events_get_response import (
        AdvertiserDefinedEventsGetResponseItemsItem as AdvertiserDefinedEventsGetResponseItemsItem,
    )
    from pinterest_client.model.age_bucket_list import AgeBucketList as AgeBucketList
    from pinterest_client.model.age_trends_bucket import AgeTrendsBucket as AgeTrendsBucket
    from pinterest_client.model.all_of import AllOf as AllOf
    from pinterest_client.model.amazon_connect_request import AmazonConnectRequest as AmazonConnectRequest
    from pinterest_client.model.analytics_daily_metrics import AnalyticsDailyMetrics as AnalyticsDailyMetrics
    from pinterest_client.model.analytics_metrics_response import AnalyticsMetricsResponse as AnalyticsMetricsResponse
    from pinterest_client.model.analytics_metrics_response_daily_metrics import (
        AnalyticsMetricsResponseDailyMetrics as AnalyticsMetricsResponseDailyMetrics,
    )
    from pinterest_client.model.analytics_response import AnalyticsResponse as AnalyticsResponse
    from pinterest_client.model.any_of import AnyOf as AnyOf
    from pinterest_client.model.app_type_multipliers import AppTypeMultipliers as AppTypeMultipliers
    from pinterest_client.model.asset_group_binding import AssetGroupBinding as AssetGroupBinding
    from pinterest_client.model.asset_group_type import AssetGroupType as AssetGroupType
    from pinterest_client.model.asset_group_types import AssetGroupTypes as AssetGroupTypes
    from pinterest_client.model.asset_id_permissions import AssetIdPermissions as AssetIdPermissions
    from pinterest_client.model.asset_id_to_permissions import AssetIdToPermissions as AssetIdToPermissions
    from pinterest_client.model.asset_type_response import AssetTypeResponse as AssetTypeResponse
    from pinterest_client.model.audience import Audience as Audience
    from pinterest_client.model.audience_account_type import AudienceAccountType as AudienceAccountType
    from pinterest_client.model.audience_category import AudienceCategory as AudienceCategory
    from pinterest_client.model.audience_category import (
        AudienceCategorySubcategoriesItem as AudienceCategorySubcategoriesItem,
    )
    from pinterest_client.model.audience_common import AudienceCommon as AudienceCommon
    from pinterest_client.model.audience_create_custom_request import (
        AudienceCreateCustomRequest as AudienceCreateCustomRequest,
    )
    from pinterest_client.model.audience_create_custom_request1 import (
        AudienceCreateCustomRequest1 as AudienceCreateCustomRequest1,
    )
    from pinterest_client.model.audience_create_request import AudienceCreateRequest as AudienceCreateRequest
    from pinterest_client.model.audience_create_request1 import AudienceCreateRequest1 as AudienceCreateRequest1
    from pinterest_client.model.audience_data_party import AudienceDataParty as AudienceDataParty
    from pinterest_client.model.audience_definition import AudienceDefinition as AudienceDefinition
    from pinterest_client.model.audience_definition_response import (
        AudienceDefinitionResponse as AudienceDefinitionResponse,
    )
    from pinterest_client.model.audience_definition_scope import AudienceDefinitionScope as AudienceDefinitionScope
    from pinterest_client.model.audience_definition_type import AudienceDefinitionType as AudienceDefinitionType
    from pinterest_client.model.audience_demographic_value import AudienceDemographicValue as AudienceDemographicValue
    from pinterest_client.model.audience_demographics import AudienceDemographics as AudienceDemographics
    from pinterest_client.model.audience_description import AudienceDescription as AudienceDescription
    from pinterest_client.model.audience_insight_category_array_response import (
        AudienceInsightCategoryArrayResponse as AudienceInsightCategoryArrayResponse,
    )
    from pinterest_client.model.audience_insight_category_common import (
        AudienceInsightCategoryCommon as AudienceInsightCategoryCommon,
    )
    from pinterest_client.model.audience_insight_type import AudienceInsightType as AudienceInsightType
    from pinterest_client.model.audience_insights_response import AudienceInsightsResponse as AudienceInsightsResponse
    from pinterest_client.model.audience_rule import AudienceRule as AudienceRule
    from pinterest_client.model.audience_share_type import AudienceShareType as AudienceShareType
    from pinterest_client.model.audience_sharing_type import AudienceSharingType as AudienceSharingType
    from pinterest_client.model.audience_subcategory import AudienceSubcategory as AudienceSubcategory
    from pinterest_client.model.audience_type import AudienceType as AudienceType
    from pinterest_client.model.audience_update_operation_type import (
        AudienceUpdateOperationType as AudienceUpdateOperationType,
    )
    from pinterest_client.model.audience_update_request import AudienceUpdateRequest as AudienceUpdateRequest
    from pinterest_client.model.audience_update_request1 import AudienceUpdateRequest1 as AudienceUpdateRequest1
    from pinterest_client.model.audiences_list_response import AudiencesListResponse as AudiencesListResponse
    from pinterest_client.model.auth_respond_invites_body import AuthRespondInvitesBody as AuthRespondInvitesBody
    from pinterest_client.model.auth_respond_invites_body import (
        AuthRespondInvitesBodyInvitesItem as AuthRespondInvitesBodyInvitesItem,
    )
    from pinterest_client.model.auth_respond_invites_body import (
        AuthRespondInvitesBodyInvitesItemAction as AuthRespondInvitesBodyInvitesItemAction,
    )
    from pinterest_client.model.auth_respond_invites_body_action import (
        AuthRespondInvitesBodyAction as AuthRespondInvitesBodyAction,
    )
    from pinterest_client.model.auth_respond_invites_body_invites import (
        AuthRespondInvitesBodyInvites as AuthRespondInvitesBodyInvites,
    )
    from pinterest_client.model.availability_filter import AvailabilityFilter as AvailabilityFilter
    from pinterest_client.model.base_invite_data_response import BaseInviteDataResponse as BaseInviteDataResponse
    from pinterest_client.model.base_invite_data_response import (
        BaseInviteDataResponseInviteData as BaseInviteDataResponseInviteData,
    )
    from pinterest_client.model.batch_operation import BatchOperation as BatchOperation
    from pinterest_client.model.batch_operation_status import BatchOperationStatus as BatchOperationStatus
    from pinterest_client.model.bid_floor import BidFloor as BidFloor
    from pinterest_client.model.bid_floor_request import BidFloorRequest as BidFloorRequest
    from pinterest_client.model.bid_floor_request import (
        BidFloorRequestBidFloorSpecsItem as BidFloorRequestBidFloorSpecsItem,
    )
    from pinterest_client.model.bid_floor_spec import BidFloorSpec as BidFloorSpec
    from pinterest_client.model.bid_in_micro_currency import BidInMicroCurrency as BidInMicroCurrency
    from pinterest_client.model.billing_invoice_download_response import (
        BillingInvoiceDownloadResponse as BillingInvoiceDownloadResponse,
    )
    from pinterest_client.model.billing_invoice_response import BillingInvoiceResponse as BillingInvoiceResponse
    from pinterest_client.model.billing_invoices_get_response import (
        BillingInvoicesGetResponse as BillingInvoicesGetResponse,
    )
    from pinterest_client.model.billing_profiles_get_response import (
        BillingProfilesGetResponse as BillingProfilesGetResponse,
    )
    from pinterest_client.model.billing_profiles_response import BillingProfilesResponse as BillingProfilesResponse
    from pinterest_client.model.board import Board as Board
    from pinterest_client.model.board_base import BoardBase as BoardBase
    from pinterest_client.model.board_categories_enum import BoardCategoriesEnum as BoardCategoriesEnum
    from pinterest_client.model.board_create import BoardCreate as BoardCreate
    from pinterest_client.model.board_info import BoardInfo as BoardInfo
    from pinterest_client.model.board_media import BoardMedia as BoardMedia
    from pinterest_client.model.board_owner import BoardOwner as BoardOwner
    from pinterest_client.model.board_privacy import BoardPrivacy as BoardPrivacy
    from pinterest_client.model.board_privacy_filter import BoardPrivacyFilter as BoardPrivacyFilter
    from pinterest_client.model.board_section import BoardSection as BoardSection
    from pinterest_client.model.board_sections_list_pins_response import (
        BoardSectionsListPinsResponse as BoardSectionsListPinsResponse,
    )
    from pinterest_client.model.board_sections_list_response import (
        BoardSectionsListResponse as BoardSectionsListResponse,
    )
    from pinterest_client.model.board_update import BoardUpdate as BoardUpdate
    from pinterest_client.model.board_update_privacy import BoardUpdatePrivacy as BoardUpdatePrivacy
    from pinterest_client.model.board_with_update_privacy import BoardWithUpdatePrivacy as BoardWithUpdatePrivacy
    from pinterest_client.model.board_with_update_privacy_update import (
        BoardWithUpdatePrivacyUpdate as BoardWithUpdatePrivacyUpdate,
    )
    from pinterest_client.model.boards_list_pins_response import BoardsListPinsResponse as BoardsListPinsResponse
    from pinterest_client.model.boards_list_response import BoardsListResponse as BoardsListResponse
    from pinterest_client.model.boards_user_follows_list_response import (
        BoardsUserFollowsListResponse as BoardsUserFollowsListResponse,
    )
    from pinterest_client.model.book_closed_response import BookClosedResponse as BookClosedResponse
    from pinterest_client.model.brand_accounts_create_request import (
        BrandAccountsCreateRequest as BrandAccountsCreateRequest,
    )
    from pinterest_client.model.brand_accounts_create_request import (
        BrandAccountsCreateRequestProfileImage as BrandAccountsCreateRequestProfileImage,
    )
    from pinterest_client.model.brand_accounts_create_response import (
        BrandAccountsCreateResponse as BrandAccountsCreateResponse,
    )
    from pinterest_client.model.brand_accounts_update_request import (
        BrandAccountsUpdateRequest as BrandAccountsUpdateRequest,
    )
    from pinterest_client.model.brand_accounts_update_request import (
        BrandAccountsUpdateRequestProfileImage as BrandAccountsUpdateRequestProfileImage,
    )
    from pinterest_client.model.brand_accounts_update_response import (
        BrandAccountsUpdateResponse as BrandAccountsUpdateResponse,
    )
    from pinterest_client.model.brand_filter import BrandFilter as BrandFilter
    from pinterest_client.model.budget_type import BudgetType as BudgetType
    from pinterest_client.model.bulk_download_request import BulkDownloadRequest as BulkDownloadRequest
    from pinterest_client.model.bulk_download_request import (
        BulkDownloadRequestCampaignFilter as BulkDownloadRequestCampaignFilter,
    )
    from pinterest_client.model.bulk_download_response import BulkDownloadResponse as BulkDownloadResponse
    from pinterest_client.model.bulk_entity_type import BulkEntityType as BulkEntityType
    from pinterest_client.model.bulk_output_format import BulkOutputFormat as BulkOutputFormat
    from pinterest_client.model.bulk_pin_analytics_response import BulkPinAnalyticsResponse as BulkPinAnalyticsResponse
    from pinterest_client.model.bulk_reporting_job_status import BulkReportingJobStatus as BulkReportingJobStatus
    from pinterest_client.model.bulk_upsert_request import BulkUpsertRequest as BulkUpsertRequest
    from pinterest_client.model.bulk_upsert_request_create import BulkUpsertRequestCreate as BulkUpsertRequestCreate
    from pinterest_client.model.bulk_upsert_request_create import (
        BulkUpsertRequestCreateCatalogProductGroupsItem as BulkUpsertRequestCreateCatalogProductGroupsItem,
    )
    from pinterest_client.model.bulk_upsert_request_update import BulkUpsertRequestUpdate as BulkUpsertRequestUpdate
    from pinterest_client.model.bulk_upsert_request_update import (
        BulkUpsertRequestUpdateCatalogProductGroupsItem as BulkUpsertRequestUpdateCatalogProductGroupsItem,
    )
    from pinterest_client.model.bulk_upsert_request_update import (
        BulkUpsertRequestUpdateLabelsItem as BulkUpsertRequestUpdateLabelsItem,
    )
    from pinterest_client.model.bulk_upsert_response import BulkUpsertResponse as BulkUpsertResponse
    from pinterest_client.model.bulk_upsert_status import BulkUpsertStatus as BulkUpsertStatus
    from pinterest_client.model.bulk_upsert_status_response import BulkUpsertStatusResponse as BulkUpsertStatusResponse
    from pinterest_client.model.business_access_error import BusinessAccessError as BusinessAccessError
    from pinterest_client.model.business_access_role import BusinessAccessRole as BusinessAccessRole
    from pinterest_client.model.business_access_user_summary import (
        BusinessAccessUserSummary as BusinessAccessUserSummary,
    )
    from pinterest_client.model.business_account_audiences_shared_accounts_list_response import (
        BusinessAccountAudiencesSharedAccountsListResponse as BusinessAccountAudiencesSharedAccountsListResponse,
    )
    from pinterest_client.model.business_asset_members_get_response import (
        BusinessAssetMembersGetResponse as BusinessAssetMembersGetResponse,
    )
    from pinterest_client.model.business_asset_partners_get_response import (
        BusinessAssetPartnersGetResponse as BusinessAssetPartnersGetResponse,
    )
    from pinterest_client.model.business_assets_get_response import (
        BusinessAssetsGetResponse as BusinessAssetsGetResponse,
    )
    from pinterest_client.model.business_member_assets_get_response import (
        BusinessMemberAssetsGetResponse as BusinessMemberAssetsGetResponse,
    )
    from pinterest_client.model.business_member_assets_summary import (
        BusinessMemberAssetsSummary as BusinessMemberAssetsSummary,
    )
    from pinterest_client.model.business_member_assets_summary import (
        BusinessMemberAssetsSummaryAdAccountsItem as BusinessMemberAssetsSummaryAdAccountsItem,
    )
    from pinterest_client.model.business_member_assets_summary import (
        BusinessMemberAssetsSummaryProfilesItem as BusinessMemberAssetsSummaryProfilesItem,
    )
    from pinterest_client.model.business_member_assets_summary_ad_accounts import (
        BusinessMemberAssetsSummaryAdAccounts as BusinessMemberAssetsSummaryAdAccounts,
    )
    from pinterest_client.model.business_member_assets_summary_profiles import (
        BusinessMemberAssetsSummaryProfiles as BusinessMemberAssetsSummaryProfiles,
    )
    from pinterest_client.model.business_members_asset_access_delete_request import (
        BusinessMembersAssetAccessDeleteRequest as BusinessMembersAssetAccessDeleteRequest,
    )
    from pinterest_client.model.business_members_asset_access_delete_request import (
        BusinessMembersAssetAccessDeleteRequestAccessesItem as BusinessMembersAssetAccessDeleteRequestAccessesItem,
    )
    from pinterest_client.model.business_partner_asset_access_get_response import (
        BusinessPartnerAssetAccessGetResponse as BusinessPartnerAssetAccessGetResponse,
    )
    from pinterest_client.model.business_role import BusinessRole as BusinessRole
    from pinterest_client.model.business_role_check_mode import BusinessRoleCheckMode as BusinessRoleCheckMode
    from pinterest_client.model.business_role_for_members import BusinessRoleForMembers as BusinessRoleForMembers
    from pinterest_client.model.business_role_response import BusinessRoleResponse as BusinessRoleResponse
    from pinterest_client.model.business_shared_audience import BusinessSharedAudience as BusinessSharedAudience
    from pinterest_client.model.business_shared_audience1 import BusinessSharedAudience1 as BusinessSharedAudience1
    from pinterest_client.model.business_shared_audience_response import (
        BusinessSharedAudienceResponse as BusinessSharedAudienceResponse,
    )
    from pinterest_client.model.business_shared_audience_response1 import (
        BusinessSharedAudienceResponse1 as BusinessSharedAudienceResponse1,
    )
    from pinterest_client.model.businesses_business_id_members_assets_access_accesses import (
        BusinessesBusinessIdMembersAssetsAccessAccesses as BusinessesBusinessIdMembersAssetsAccessAccesses,
    )
    from pinterest_client.model.campaign_audience_multipliers import (
        CampaignAudienceMultipliers as CampaignAudienceMultipliers,
    )
    from pinterest_client.model.campaign_bid_options import CampaignBidOptions as CampaignBidOptions
    from pinterest_client.model.campaign_bid_options_create import CampaignBidOptionsCreate as CampaignBidOptionsCreate
    from pinterest_client.model.campaign_bid_options_update import CampaignBidOptionsUpdate as CampaignBidOptionsUpdate
    from pinterest_client.model.campaign_bid_options_update_all_of import (
        CampaignBidOptionsUpdateAllOf as CampaignBidOptionsUpdateAllOf,
    )
    from pinterest_client.model.campaign_common import CampaignCommon as CampaignCommon
    from pinterest_client.model.campaign_create_common import CampaignCreateCommon as CampaignCreateCommon
    from pinterest_client.model.campaign_create_common_all_of import (
        CampaignCreateCommonAllOf as CampaignCreateCommonAllOf,
    )
    from pinterest_client.model.campaign_create_request import CampaignCreateRequest as CampaignCreateRequest
    from pinterest_client.model.campaign_create_request_all_of import (
        CampaignCreateRequestAllOf as CampaignCreateRequestAllOf,
    )
    from pinterest_client.model.campaign_create_response import CampaignCreateResponse as CampaignCreateResponse
    from pinterest_client.model.campaign_create_response_data import (
        CampaignCreateResponseData as CampaignCreateResponseData,
    )
    from pinterest_client.model.campaign_create_response_data_all_of import (
        CampaignCreateResponseDataAllOf as CampaignCreateResponseDataAllOf,
    )
    from pinterest_client.model.campaign_create_response_item import (
        CampaignCreateResponseItem as CampaignCreateResponseItem,
    )
    from pinterest_client.model.campaign_id import CampaignId as CampaignId
    from pinterest_client.model.campaign_id_filter import CampaignIdFilter as CampaignIdFilter
    from pinterest_client.model.campaign_is_automated_campaign import (
        CampaignIsAutomatedCampaign as CampaignIsAutomatedCampaign,
    )
    from pinterest_client.model.campaign_is_campaign_budget_optimization import (
        CampaignIsCampaignBudgetOptimization as CampaignIsCampaignBudgetOptimization,
    )
    from pinterest_client.model.campaign_is_flexible_daily_budgets import (
        CampaignIsFlexibleDailyBudgets as CampaignIsFlexibleDailyBudgets,
    )
    from pinterest_client.model.campaign_objectives_filter import CampaignObjectivesFilter as CampaignObjectivesFilter
    from pinterest_client.model.campaign_response import CampaignResponse as CampaignResponse
    from pinterest_client.model.campaign_response_all_of import CampaignResponseAllOf as CampaignResponseAllOf
    from pinterest_client.model.campaign_summary_status import CampaignSummaryStatus as CampaignSummaryStatus
    from pinterest_client.model.campaign_update_request import CampaignUpdateRequest as CampaignUpdateRequest
    from pinterest_client.model.campaign_update_request_all_of import (
        CampaignUpdateRequestAllOf as CampaignUpdateRequestAllOf,
    )
    from pinterest_client.model.campaign_update_response import CampaignUpdateResponse as CampaignUpdateResponse
    from pinterest_client.model.campaigns_analytics_response import (
        CampaignsAnalyticsResponse as CampaignsAnalyticsResponse,
    )
    from pinterest_client.model.campaigns_analytics_response import (
        CampaignsAnalyticsResponseItem as CampaignsAnalyticsResponseItem,
    )
    from pinterest_client.model.campaigns_list_response import CampaignsListResponse as CampaignsListResponse
    from pinterest_client.model.cancel_invites_body import CancelInvitesBody as CancelInvitesBody
    from pinterest_client.model.carousel_slot import CarouselSlot as CarouselSlot
    from pinterest_client.model.catalog import Catalog as Catalog
    from pinterest_client.model.catalog_all_of import CatalogAllOf as CatalogAllOf
    from pinterest_client.model.catalog_product_group import CatalogProductGroup as CatalogProductGroup
    from pinterest_client.model.catalogs_available_filter_values import (
        CatalogsAvailableFilterValues as CatalogsAvailableFilterValues,
    )
    from pinterest_client.model.catalogs_create_creative_assets_item import (
        CatalogsCreateCreativeAssetsItem as CatalogsCreateCreativeAssetsItem,
    )
    from pinterest_client.model.catalogs_create_hotel_item import CatalogsCreateHotelItem as CatalogsCreateHotelItem
    from pinterest_client.model.catalogs_create_report_response import (
        CatalogsCreateReportResponse as CatalogsCreateReportResponse,
    )
    from pinterest_client.model.catalogs_create_request import CatalogsCreateRequest as CatalogsCreateRequest
    from pinterest_client.model.catalogs_create_retail_item import CatalogsCreateRetailItem as CatalogsCreateRetailItem
    from pinterest_client.model.catalogs_creative_assets_attributes import (
        CatalogsCreativeAssetsAttributes as CatalogsCreativeAssetsAttributes,
    )
    from pinterest_client.model.catalogs_creative_assets_attributes_all_of import (
        CatalogsCreativeAssetsAttributesAllOf as CatalogsCreativeAssetsAttributesAllOf,
    )
    from pinterest_client.model.catalogs_creative_assets_available_filter_values import (
        CatalogsCreativeAssetsAvailableFilterValues as CatalogsCreativeAssetsAvailableFilterValues,
    )
    from pinterest_client.model.catalogs_creative_assets_available_filter_values import (
        CatalogsCreativeAssetsAvailableFilterValuesFilterValues as CatalogsCreativeAssetsAvailableFilterValuesFilterValues,
    )
    from pinterest_client.model.catalogs_creative_assets_batch_item import (
        CatalogsCreativeAssetsBatchItem as CatalogsCreativeAssetsBatchItem,
    )
    from pinterest_client.model.catalogs_creative_assets_batch_request import (
        CatalogsCreativeAssetsBatchRequest as CatalogsCreativeAssetsBatchRequest,
    )
    from pinterest_client.model.catalogs_creative_assets_feed import (
        CatalogsCreativeAssetsFeed as CatalogsCreativeAssetsFeed,
    )
    from pinterest_client.model.catalogs_creative_assets_feeds_create_request import (
        CatalogsCreativeAssetsFeedsCreateRequest as CatalogsCreativeAssetsFeedsCreateRequest,
    )
    from pinterest_client.model.catalogs_creative_assets_feeds_update_request import (
        CatalogsCreativeAssetsFeedsUpdateRequest as CatalogsCreativeAssetsFeedsUpdateRequest,
    )
    from pinterest_client.model.catalogs_creative_assets_filter_values_map import (
        CatalogsCreativeAssetsFilterValuesMap as CatalogsCreativeAssetsFilterValuesMap,
    )
    from pinterest_client.model.catalogs_creative_assets_item_error_response import (
        CatalogsCreativeAssetsItemErrorResponse as CatalogsCreativeAssetsItemErrorResponse,
    )
    from pinterest_client.model.catalogs_creative_assets_item_response import (
        CatalogsCreativeAssetsItemResponse as CatalogsCreativeAssetsItemResponse,
    )
    from pinterest_client.model.catalogs_creative_assets_items_batch import (
        CatalogsCreativeAssetsItemsBatch as CatalogsCreativeAssetsItemsBatch,
    )
    from pinterest_client.model.catalogs_creative_assets_items_filter import (
        CatalogsCreativeAssetsItemsFilter as CatalogsCreativeAssetsItemsFilter,
    )
    from pinterest_client.model.catalogs_creative_assets_items_post_filter import (
        CatalogsCreativeAssetsItemsPostFilter as CatalogsCreativeAssetsItemsPostFilter,
    )
    from pinterest_client.model.catalogs_creative_assets_list_products_by_catalog_based_filter_request import (
        CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest as CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model.catalogs_creative_assets_product import (
        CatalogsCreativeAssetsProduct as CatalogsCreativeAssetsProduct,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group import (
        CatalogsCreativeAssetsProductGroup as CatalogsCreativeAssetsProductGroup,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group_create_request import (
        CatalogsCreativeAssetsProductGroupCreateRequest as CatalogsCreativeAssetsProductGroupCreateRequest,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group_filter_keys import (
        CatalogsCreativeAssetsProductGroupFilterKeys as CatalogsCreativeAssetsProductGroupFilterKeys,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group_filters import (
        CatalogsCreativeAssetsProductGroupFilters as CatalogsCreativeAssetsProductGroupFilters,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group_filters_all_of import (
        CatalogsCreativeAssetsProductGroupFiltersAllOf as CatalogsCreativeAssetsProductGroupFiltersAllOf,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group_filters_any_of import (
        CatalogsCreativeAssetsProductGroupFiltersAnyOf as CatalogsCreativeAssetsProductGroupFiltersAnyOf,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group_product_counts import (
        CatalogsCreativeAssetsProductGroupProductCounts as CatalogsCreativeAssetsProductGroupProductCounts,
    )
    from pinterest_client.model.catalogs_creative_assets_product_group_update_request import (
        CatalogsCreativeAssetsProductGroupUpdateRequest as CatalogsCreativeAssetsProductGroupUpdateRequest,
    )
    from pinterest_client.model.catalogs_creative_assets_product_metadata import (
        CatalogsCreativeAssetsProductMetadata as CatalogsCreativeAssetsProductMetadata,
    )
    from pinterest_client.model.catalogs_db_item import CatalogsDbItem as CatalogsDbItem
    from pinterest_client.model.catalogs_delete_creative_assets_item import (
        CatalogsDeleteCreativeAssetsItem as CatalogsDeleteCreativeAssetsItem,
    )
    from pinterest_client.model.catalogs_delete_hotel_item import CatalogsDeleteHotelItem as CatalogsDeleteHotelItem
    from pinterest_client.model.catalogs_delete_retail_item import CatalogsDeleteRetailItem as CatalogsDeleteRetailItem
    from pinterest_client.model.catalogs_feed import CatalogsFeed as CatalogsFeed
    from pinterest_client.model.catalogs_feed_credentials import CatalogsFeedCredentials as CatalogsFeedCredentials
    from pinterest_client.model.catalogs_feed_ingestion import CatalogsFeedIngestion as CatalogsFeedIngestion
    from pinterest_client.model.catalogs_feed_ingestion_details import (
        CatalogsFeedIngestionDetails as CatalogsFeedIngestionDetails,
    )
    from pinterest_client.model.catalogs_feed_ingestion_errors import (
        CatalogsFeedIngestionErrors as CatalogsFeedIngestionErrors,
    )
    from pinterest_client.model.catalogs_feed_ingestion_info import (
        CatalogsFeedIngestionInfo as CatalogsFeedIngestionInfo,
    )
    from pinterest_client.model.catalogs_feed_ingestion_warnings import (
        CatalogsFeedIngestionWarnings as CatalogsFeedIngestionWarnings,
    )
    from pinterest_client.model.catalogs_feed_processing_result import (
        CatalogsFeedProcessingResult as CatalogsFeedProcessingResult,
    )
    from pinterest_client.model.catalogs_feed_processing_result_fields import (
        CatalogsFeedProcessingResultFields as CatalogsFeedProcessingResultFields,
    )
    from pinterest_client.model.catalogs_feed_processing_schedule import (
        CatalogsFeedProcessingSchedule as CatalogsFeedProcessingSchedule,
    )
    from pinterest_client.model.catalogs_feed_processing_status import (
        CatalogsFeedProcessingStatus as CatalogsFeedProcessingStatus,
    )
    from pinterest_client.model.catalogs_feed_product_counts import (
        CatalogsFeedProductCounts as CatalogsFeedProductCounts,
    )
    from pinterest_client.model.catalogs_feed_validation_details import (
        CatalogsFeedValidationDetails as CatalogsFeedValidationDetails,
    )
    from pinterest_client.model.catalogs_feed_validation_errors import (
        CatalogsFeedValidationErrors as CatalogsFeedValidationErrors,
    )
    from pinterest_client.model.catalogs_feed_validation_warnings import (
        CatalogsFeedValidationWarnings as CatalogsFeedValidationWarnings,
    )
    from pinterest_client.model.catalogs_feed_video_counts import CatalogsFeedVideoCounts as CatalogsFeedVideoCounts
    from pinterest_client.model.catalogs_feeds_create_request import (
        CatalogsFeedsCreateRequest as CatalogsFeedsCreateRequest,
    )
    from pinterest_client.model.catalogs_feeds_update_request import (
        CatalogsFeedsUpdateRequest as CatalogsFeedsUpdateRequest,
    )
    from pinterest_client.model.catalogs_format import CatalogsFormat as CatalogsFormat
    from pinterest_client.model.catalogs_hotel_address import CatalogsHotelAddress as CatalogsHotelAddress
    from pinterest_client.model.catalogs_hotel_attributes import CatalogsHotelAttributes as CatalogsHotelAttributes
    from pinterest_client.model.catalogs_hotel_attributes import (
        CatalogsHotelAttributesMainImage as CatalogsHotelAttributesMainImage,
    )
    from pinterest_client.model.catalogs_hotel_attributes_all_of import (
        CatalogsHotelAttributesAllOf as CatalogsHotelAttributesAllOf,
    )
    from pinterest_client.model.catalogs_hotel_attributes_all_of_main_image import (
        CatalogsHotelAttributesAllOfMainImage as CatalogsHotelAttributesAllOfMainImage,
    )
    from pinterest_client.model.catalogs_hotel_available_filter_values import (
        CatalogsHotelAvailableFilterValues as CatalogsHotelAvailableFilterValues,
    )
    from pinterest_client.model.catalogs_hotel_available_filter_values import (
        CatalogsHotelAvailableFilterValuesFilterValues as CatalogsHotelAvailableFilterValuesFilterValues,
    )
    from pinterest_client.model.catalogs_hotel_batch_item import CatalogsHotelBatchItem as CatalogsHotelBatchItem
    from pinterest_client.model.catalogs_hotel_batch_request import (
        CatalogsHotelBatchRequest as CatalogsHotelBatchRequest,
    )
    from pinterest_client.model.catalogs_hotel_feed import CatalogsHotelFeed as CatalogsHotelFeed
    from pinterest_client.model.catalogs_hotel_feeds_create_request import (
        CatalogsHotelFeedsCreateRequest as CatalogsHotelFeedsCreateRequest,
    )
    from pinterest_client.model.catalogs_hotel_feeds_update_request import (
        CatalogsHotelFeedsUpdateRequest as CatalogsHotelFeedsUpdateRequest,
    )
    from pinterest_client.model.catalogs_hotel_filter_values_map import (
        CatalogsHotelFilterValuesMap as CatalogsHotelFilterValuesMap,
    )
    from pinterest_client.model.catalogs_hotel_guest_ratings import (
        CatalogsHotelGuestRatings as CatalogsHotelGuestRatings,
    )
    from pinterest_client.model.catalogs_hotel_item_error_response import (
        CatalogsHotelItemErrorResponse as CatalogsHotelItemErrorResponse,
    )
    from pinterest_client.model.catalogs_hotel_item_response import (
        CatalogsHotelItemResponse as CatalogsHotelItemResponse,
    )
    from pinterest_client.model.catalogs_hotel_items_batch import CatalogsHotelItemsBatch as CatalogsHotelItemsBatch
    from pinterest_client.model.catalogs_hotel_items_filter import CatalogsHotelItemsFilter as CatalogsHotelItemsFilter
    from pinterest_client.model.catalogs_hotel_items_post_filter import (
        CatalogsHotelItemsPostFilter as CatalogsHotelItemsPostFilter,
    )
    from pinterest_client.model.catalogs_hotel_list_products_by_catalog_based_filter_request import (
        CatalogsHotelListProductsByCatalogBasedFilterRequest as CatalogsHotelListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model.catalogs_hotel_product import CatalogsHotelProduct as CatalogsHotelProduct
    from pinterest_client.model.catalogs_hotel_product_group import (
        CatalogsHotelProductGroup as CatalogsHotelProductGroup,
    )
    from pinterest_client.model.catalogs_hotel_product_group_create_request import (
        CatalogsHotelProductGroupCreateRequest as CatalogsHotelProductGroupCreateRequest,
    )
    from pinterest_client.model.catalogs_hotel_product_group_filter_keys import (
        CatalogsHotelProductGroupFilterKeys as CatalogsHotelProductGroupFilterKeys,
    )
    from pinterest_client.model.catalogs_hotel_product_group_filters import (
        CatalogsHotelProductGroupFilters as CatalogsHotelProductGroupFilters,
    )
    from pinterest_client.model.catalogs_hotel_product_group_filters_all_of import (
        CatalogsHotelProductGroupFiltersAllOf as CatalogsHotelProductGroupFiltersAllOf,
    )
    from pinterest_client.model.catalogs_hotel_product_group_filters_any_of import (
        CatalogsHotelProductGroupFiltersAnyOf as CatalogsHotelProductGroupFiltersAnyOf,
    )
    from pinterest_client.model.catalogs_hotel_product_group_product_counts import (
        CatalogsHotelProductGroupProductCounts as CatalogsHotelProductGroupProductCounts,
    )
    from pinterest_client.model.catalogs_hotel_product_group_type import (
        CatalogsHotelProductGroupType as CatalogsHotelProductGroupType,
    )
    from pinterest_client.model.catalogs_hotel_product_group_update_request import (
        CatalogsHotelProductGroupUpdateRequest as CatalogsHotelProductGroupUpdateRequest,
    )
    from pinterest_client.model.catalogs_hotel_product_metadata import (
        CatalogsHotelProductMetadata as CatalogsHotelProductMetadata,
    )
    from pinterest_client.model.catalogs_hotel_report_parameters import (
        CatalogsHotelReportParameters as CatalogsHotelReportParameters,
    )
    from pinterest_client.model.catalogs_hotel_report_parameters import (
        CatalogsHotelReportParametersReport as CatalogsHotelReportParametersReport,
    )
    from pinterest_client.model.catalogs_hotel_report_stats_parameters import (
        CatalogsHotelReportStatsParameters as CatalogsHotelReportStatsParameters,
    )
    from pinterest_client.model.catalogs_hotel_report_stats_parameters import (
        CatalogsHotelReportStatsParametersReport as CatalogsHotelReportStatsParametersReport,
    )
    from pinterest_client.model.catalogs_item_validation_details import (
        CatalogsItemValidationDetails as CatalogsItemValidationDetails,
    )
    from pinterest_client.model.catalogs_item_validation_errors import (
        CatalogsItemValidationErrors as CatalogsItemValidationErrors,
    )
    from pinterest_client.model.catalogs_item_validation_issue import (
        CatalogsItemValidationIssue as CatalogsItemValidationIssue,
    )
    from pinterest_client.model.catalogs_item_validation_issues import (
        CatalogsItemValidationIssues as CatalogsItemValidationIssues,
    )
    from pinterest_client.model.catalogs_item_validation_warnings import (
        CatalogsItemValidationWarnings as CatalogsItemValidationWarnings,
    )
    from pinterest_client.model.catalogs_items import CatalogsItems as CatalogsItems
    from pinterest_client.model.catalogs_items_batch import CatalogsItemsBatch as CatalogsItemsBatch
    from pinterest_client.model.catalogs_items_batch_request import (
        CatalogsItemsBatchRequest as CatalogsItemsBatchRequest,
    )
    from pinterest_client.model.catalogs_items_create_batch_request import (
        CatalogsItemsCreateBatchRequest as CatalogsItemsCreateBatchRequest,
    )
    from pinterest_client.model.catalogs_items_delete_batch_request import (
        CatalogsItemsDeleteBatchRequest as CatalogsItemsDeleteBatchRequest,
    )
    from pinterest_client.model.catalogs_items_delete_discontinued_batch_request import (
        CatalogsItemsDeleteDiscontinuedBatchRequest as CatalogsItemsDeleteDiscontinuedBatchRequest,
    )
    from pinterest_client.model.catalogs_items_filters import CatalogsItemsFilters as CatalogsItemsFilters
    from pinterest_client.model.catalogs_items_post_filters import CatalogsItemsPostFilters as CatalogsItemsPostFilters
    from pinterest_client.model.catalogs_items_request import CatalogsItemsRequest as CatalogsItemsRequest
    from pinterest_client.model.catalogs_items_update_batch_request import (
        CatalogsItemsUpdateBatchRequest as CatalogsItemsUpdateBatchRequest,
    )
    from pinterest_client.model.catalogs_items_upsert_batch_request import (
        CatalogsItemsUpsertBatchRequest as CatalogsItemsUpsertBatchRequest,
    )
    from pinterest_client.model.catalogs_list_products_by_feed_based_filter import (
        CatalogsListProductsByFeedBasedFilter as CatalogsListProductsByFeedBasedFilter,
    )
    from pinterest_client.model.catalogs_list_products_by_filter_request import (
        CatalogsListProductsByFilterRequest as CatalogsListProductsByFilterRequest,
    )
    from pinterest_client.model.catalogs_list_products_by_filter_request_one_of import (
        CatalogsListProductsByFilterRequestOneOf as CatalogsListProductsByFilterRequestOneOf,
    )
    from pinterest_client.model.catalogs_list_response import CatalogsListResponse as CatalogsListResponse
    from pinterest_client.model.catalogs_locale import CatalogsLocale as CatalogsLocale
    from pinterest_client.model.catalogs_product import CatalogsProduct as CatalogsProduct
    from pinterest_client.model.catalogs_product_group import CatalogsProductGroup as CatalogsProductGroup
    from pinterest_client.model.catalogs_product_group import (
        CatalogsProductGroupCatalogsProductGroupFeedBasedCase as CatalogsProductGroupCatalogsProductGroupFeedBasedCase,
    )
    from pinterest_client.model.catalogs_product_group import (
        CatalogsProductGroupCatalogsProductGroupMerchantBasedCase as CatalogsProductGroupCatalogsProductGroupMerchantBasedCase,
    )
    from pinterest_client.model.catalogs_product_group_create_request import (
        CatalogsProductGroupCreateRequest as CatalogsProductGroupCreateRequest,
    )
    from pinterest_client.model.catalogs_product_group_currency_criteria import (
        CatalogsProductGroupCurrencyCriteria as CatalogsProductGroupCurrencyCriteria,
    )
    from pinterest_client.model.catalogs_product_group_feed_based_case import (
        CatalogsProductGroupFeedBasedCase as CatalogsProductGroupFeedBasedCase,
    )
    from pinterest_client.model.catalogs_product_group_filter_keys import (
        CatalogsProductGroupFilterKeys as CatalogsProductGroupFilterKeys,
    )
    from pinterest_client.model.catalogs_product_group_filter_operator_type_criteria import (
        CatalogsProductGroupFilterOperatorTypeCriteria as CatalogsProductGroupFilterOperatorTypeCriteria,
    )
    from pinterest_client.model.catalogs_product_group_filters import (
        CatalogsProductGroupFilters as CatalogsProductGroupFilters,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of import (
        CatalogsProductGroupFiltersAllOf as CatalogsProductGroupFiltersAllOf,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of_request import (
        CatalogsProductGroupFiltersAllOfRequest as CatalogsProductGroupFiltersAllOfRequest,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of_request import (
        CatalogsProductGroupFiltersAllOfRequestOption1 as CatalogsProductGroupFiltersAllOfRequestOption1,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of_request import (
        CatalogsProductGroupFiltersAllOfRequestOption2 as CatalogsProductGroupFiltersAllOfRequestOption2,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of_request_any_of import (
        CatalogsProductGroupFiltersAllOfRequestAnyOf as CatalogsProductGroupFiltersAllOfRequestAnyOf,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of_request_any_of1 import (
        CatalogsProductGroupFiltersAllOfRequestAnyOf1 as CatalogsProductGroupFiltersAllOfRequestAnyOf1,
    )
    from pinterest_client.model.catalogs_product_group_filters_any_of import (
        CatalogsProductGroupFiltersAnyOf as CatalogsProductGroupFiltersAnyOf,
    )
    from pinterest_client.model.catalogs_product_group_filters_request import (
        CatalogsProductGroupFiltersRequest as CatalogsProductGroupFiltersRequest,
    )
    from pinterest_client.model.catalogs_product_group_filters_request import (
        CatalogsProductGroupFiltersRequestAllOf as CatalogsProductGroupFiltersRequestAllOf,
    )
    from pinterest_client.model.catalogs_product_group_filters_request import (
        CatalogsProductGroupFiltersRequestAnyOf as CatalogsProductGroupFiltersRequestAnyOf,
    )
    from pinterest_client.model.catalogs_product_group_filters_request_any_of1 import (
        CatalogsProductGroupFiltersRequestAnyOf1 as CatalogsProductGroupFiltersRequestAnyOf1,
    )
    from pinterest_client.model.catalogs_product_group_merchant_based_case import (
        CatalogsProductGroupMerchantBasedCase as CatalogsProductGroupMerchantBasedCase,
    )
    from pinterest_client.model.catalogs_product_group_multiple_countries_criteria import (
        CatalogsProductGroupMultipleCountriesCriteria as CatalogsProductGroupMultipleCountriesCriteria,
    )
    from pinterest_client.model.catalogs_product_group_multiple_gender_criteria import (
        CatalogsProductGroupMultipleGenderCriteria as CatalogsProductGroupMultipleGenderCriteria,
    )
    from pinterest_client.model.catalogs_product_group_multiple_media_types_criteria import (
        CatalogsProductGroupMultipleMediaTypesCriteria as CatalogsProductGroupMultipleMediaTypesCriteria,
    )
    from pinterest_client.model.catalogs_product_group_multiple_string_criteria import (
        CatalogsProductGroupMultipleStringCriteria as CatalogsProductGroupMultipleStringCriteria,
    )
    from pinterest_client.model.catalogs_product_group_multiple_string_list_criteria import (
        CatalogsProductGroupMultipleStringListCriteria as CatalogsProductGroupMultipleStringListCriteria,
    )
    from pinterest_client.model.catalogs_product_group_pins_list_response import (
        CatalogsProductGroupPinsListResponse as CatalogsProductGroupPinsListResponse,
    )
    from pinterest_client.model.catalogs_product_group_pricing_criteria import (
        CatalogsProductGroupPricingCriteria as CatalogsProductGroupPricingCriteria,
    )
    from pinterest_client.model.catalogs_product_group_pricing_currency_criteria import (
        CatalogsProductGroupPricingCurrencyCriteria as CatalogsProductGroupPricingCurrencyCriteria,
    )
    from pinterest_client.model.catalogs_product_group_product_counts import (
        CatalogsProductGroupProductCounts as CatalogsProductGroupProductCounts,
    )
    from pinterest_client.model.catalogs_product_group_product_counts_vertical import (
        CatalogsProductGroupProductCountsVertical as CatalogsProductGroupProductCountsVertical,
    )
    from pinterest_client.model.catalogs_product_group_status import (
        CatalogsProductGroupStatus as CatalogsProductGroupStatus,
    )
    from pinterest_client.model.catalogs_product_group_type import CatalogsProductGroupType as CatalogsProductGroupType
    from pinterest_client.model.catalogs_product_group_uint32_criteria import (
        CatalogsProductGroupUint32Criteria as CatalogsProductGroupUint32Criteria,
    )
    from pinterest_client.model.catalogs_product_group_update_request import (
        CatalogsProductGroupUpdateRequest as CatalogsProductGroupUpdateRequest,
    )
    from pinterest_client.model.catalogs_product_groups_create_many_request_item import (
        CatalogsProductGroupsCreateManyRequestItem as CatalogsProductGroupsCreateManyRequestItem,
    )
    from pinterest_client.model.catalogs_product_groups_create_request import (
        CatalogsProductGroupsCreateRequest as CatalogsProductGroupsCreateRequest,
    )
    from pinterest_client.model.catalogs_product_groups_list_response import (
        CatalogsProductGroupsListResponse as CatalogsProductGroupsListResponse,
    )
    from pinterest_client.model.catalogs_product_groups_update_request import (
        CatalogsProductGroupsUpdateRequest as CatalogsProductGroupsUpdateRequest,
    )
    from pinterest_client.model.catalogs_product_metadata import CatalogsProductMetadata as CatalogsProductMetadata
    from pinterest_client.model.catalogs_report import CatalogsReport as CatalogsReport
    from pinterest_client.model.catalogs_report_all_items_filter import (
        CatalogsReportAllItemsFilter as CatalogsReportAllItemsFilter,
    )
    from pinterest_client.model.catalogs_report_distribution_issue_filter import (
        CatalogsReportDistributionIssueFilter as CatalogsReportDistributionIssueFilter,
    )
    from pinterest_client.model.catalogs_report_distribution_stats import (
        CatalogsReportDistributionStats as CatalogsReportDistributionStats,
    )
    from pinterest_client.model.catalogs_report_feed_ingestion_filter import (
        CatalogsReportFeedIngestionFilter as CatalogsReportFeedIngestionFilter,
    )
    from pinterest_client.model.catalogs_report_feed_ingestion_stats import (
        CatalogsReportFeedIngestionStats as CatalogsReportFeedIngestionStats,
    )
    from pinterest_client.model.catalogs_report_parameters import CatalogsReportParameters as CatalogsReportParameters
    from pinterest_client.model.catalogs_report_stats import CatalogsReportStats as CatalogsReportStats
    from pinterest_client.model.catalogs_retail_available_filter_values import (
        CatalogsRetailAvailableFilterValues as CatalogsRetailAvailableFilterValues,
    )
    from pinterest_client.model.catalogs_retail_available_filter_values import (
        CatalogsRetailAvailableFilterValuesFilterValues as CatalogsRetailAvailableFilterValuesFilterValues,
    )
    from pinterest_client.model.catalogs_retail_batch_request import (
        CatalogsRetailBatchRequest as CatalogsRetailBatchRequest,
    )
    from pinterest_client.model.catalogs_retail_batch_request import (
        CatalogsRetailBatchRequestItemsItem as CatalogsRetailBatchRequestItemsItem,
    )
    from pinterest_client.model.catalogs_retail_feed import CatalogsRetailFeed as CatalogsRetailFeed
    from pinterest_client.model.catalogs_retail_feeds_create_request import (
        CatalogsRetailFeedsCreateRequest as CatalogsRetailFeedsCreateRequest,
    )
    from pinterest_client.model.catalogs_retail_feeds_update_request import (
        CatalogsRetailFeedsUpdateRequest as CatalogsRetailFeedsUpdateRequest,
    )
    from pinterest_client.model.catalogs_retail_filter_values_map import (
        CatalogsRetailFilterValuesMap as CatalogsRetailFilterValuesMap,
    )
    from pinterest_client.model.catalogs_retail_item_error_response import (
        CatalogsRetailItemErrorResponse as CatalogsRetailItemErrorResponse,
    )
    from pinterest_client.model.catalogs_retail_item_response import (
        CatalogsRetailItemResponse as CatalogsRetailItemResponse,
    )
    from pinterest_client.model.catalogs_retail_items_batch import CatalogsRetailItemsBatch as CatalogsRetailItemsBatch
    from pinterest_client.model.catalogs_retail_items_filter import (
        CatalogsRetailItemsFilter as CatalogsRetailItemsFilter,
    )
    from pinterest_client.model.catalogs_retail_items_post_filter import (
        CatalogsRetailItemsPostFilter as CatalogsRetailItemsPostFilter,
    )
    from pinterest_client.model.catalogs_retail_list_products_by_catalog_based_filter_request import (
        CatalogsRetailListProductsByCatalogBasedFilterRequest as CatalogsRetailListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model.catalogs_retail_product import CatalogsRetailProduct as CatalogsRetailProduct
    from pinterest_client.model.catalogs_retail_product_group import (
        CatalogsRetailProductGroup as CatalogsRetailProductGroup,
    )
    from pinterest_client.model.catalogs_retail_product_group_create_request import (
        CatalogsRetailProductGroupCreateRequest as CatalogsRetailProductGroupCreateRequest,
    )
    from pinterest_client.model.catalogs_retail_product_group_product_counts import (
        CatalogsRetailProductGroupProductCounts as CatalogsRetailProductGroupProductCounts,
    )
    from pinterest_client.model.catalogs_retail_product_group_update_request import (
        CatalogsRetailProductGroupUpdateRequest as CatalogsRetailProductGroupUpdateRequest,
    )
    from pinterest_client.model.catalogs_retail_product_metadata import (
        CatalogsRetailProductMetadata as CatalogsRetailProductMetadata,
    )
    from pinterest_client.model.catalogs_retail_report_parameters import (
        CatalogsRetailReportParameters as CatalogsRetailReportParameters,
    )
    from pinterest_client.model.catalogs_retail_report_parameters import (
        CatalogsRetailReportParametersReport as CatalogsRetailReportParametersReport,
    )
    from pinterest_client.model.catalogs_retail_report_stats_parameters import (
        CatalogsRetailReportStatsParameters as CatalogsRetailReportStatsParameters,
    )
    from pinterest_client.model.catalogs_retail_report_stats_parameters import (
        CatalogsRetailReportStatsParametersReport as CatalogsRetailReportStatsParametersReport,
    )
    from pinterest_client.model.catalogs_status import CatalogsStatus as CatalogsStatus
    from pinterest_client.model.catalogs_type import CatalogsType as CatalogsType
    from pinterest_client.model.catalogs_updatable_creative_assets_attributes import (
        CatalogsUpdatableCreativeAssetsAttributes as CatalogsUpdatableCreativeAssetsAttributes,
    )
    from pinterest_client.model.catalogs_updatable_hotel_attributes import (
        CatalogsUpdatableHotelAttributes as CatalogsUpdatableHotelAttributes,
    )
    from pinterest_client.model.catalogs_update_creative_assets_item import (
        CatalogsUpdateCreativeAssetsItem as CatalogsUpdateCreativeAssetsItem,
    )
    from pinterest_client.model.catalogs_update_hotel_item import CatalogsUpdateHotelItem as CatalogsUpdateHotelItem
    from pinterest_client.model.catalogs_update_retail_item import CatalogsUpdateRetailItem as CatalogsUpdateRetailItem
    from pinterest_client.model.catalogs_upsert_creative_assets_item import (
        CatalogsUpsertCreativeAssetsItem as CatalogsUpsertCreativeAssetsItem,
    )
    from pinterest_client.model.catalogs_upsert_hotel_item import CatalogsUpsertHotelItem as CatalogsUpsertHotelItem
    from pinterest_client.model.catalogs_upsert_retail_item import CatalogsUpsertRetailItem as CatalogsUpsertRetailItem
    from pinterest_client.model.catalogs_vertical_batch_request import (
        CatalogsVerticalBatchRequest as CatalogsVerticalBatchRequest,
    )
    from pinterest_client.model.catalogs_vertical_feeds_create_request import (
        CatalogsVerticalFeedsCreateRequest as CatalogsVerticalFeedsCreateRequest,
    )
    from pinterest_client.model.catalogs_vertical_feeds_update_request import (
        CatalogsVerticalFeedsUpdateRequest as CatalogsVerticalFeedsUpdateRequest,
    )
    from pinterest_client.model.catalogs_vertical_product_group import (
        CatalogsVerticalProductGroup as CatalogsVerticalProductGroup,
    )
    from pinterest_client.model.catalogs_vertical_product_group_create_request import (
        CatalogsVerticalProductGroupCreateRequest as CatalogsVerticalProductGroupCreateRequest,
    )
    from pinterest_client.model.catalogs_vertical_product_group_update_request import (
        CatalogsVerticalProductGroupUpdateRequest as CatalogsVerticalProductGroupUpdateRequest,
    )
    from pinterest_client.model.catalogs_verticals_list_products_by_catalog_based_filter_request import (
        CatalogsVerticalsListProductsByCatalogBasedFilterRequest as CatalogsVerticalsListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model.condition_filter import ConditionFilter as ConditionFilter
    from pinterest_client.model.content_type import ContentType as ContentType
    from pinterest_client.model.conversion_access_token_response import (
        ConversionAccessTokenResponse as ConversionAccessTokenResponse,
    )
    from pinterest_client.model.conversion_api_response import ConversionApiResponse as ConversionApiResponse
    from pinterest_client.model.conversion_api_response import (
        ConversionApiResponseEventsItem as ConversionApiResponseEventsItem,
    )
    from pinterest_client.model.conversion_api_response_events import (
        ConversionApiResponseEvents as ConversionApiResponseEvents,
    )
    from pinterest_client.model.conversion_attribution_window_days import (
        ConversionAttributionWindowDays as ConversionAttributionWindowDays,
    )
    from pinterest_client.model.conversion_event_app_info import ConversionEventAppInfo as ConversionEventAppInfo
    from pinterest_client.model.conversion_event_device_info import (
        ConversionEventDeviceInfo as ConversionEventDeviceInfo,
    )
    from pinterest_client.model.conversion_event_response import ConversionEventResponse as ConversionEventResponse
    from pinterest_client.model.conversion_events import ConversionEvents as ConversionEvents
    from pinterest_client.model.conversion_events import ConversionEventsDataItem as ConversionEventsDataItem
    from pinterest_client.model.conversion_events import (
        ConversionEventsDataItemCustomData as ConversionEventsDataItemCustomData,
    )
    from pinterest_client.model.conversion_events import (
        ConversionEventsDataItemCustomDataContentsItem as ConversionEventsDataItemCustomDataContentsItem,
    )
    from pinterest_client.model.conversion_events_custom_data import (
        ConversionEventsCustomData as ConversionEventsCustomData,
    )
    from pinterest_client.model.conversion_events_custom_data_contents import (
        ConversionEventsCustomDataContents as ConversionEventsCustomDataContents,
    )
    from pinterest_client.model.conversion_events_data import ConversionEventsData as ConversionEventsData
    from pinterest_client.model.conversion_events_user_data import ConversionEventsUserData as ConversionEventsUserData
    from pinterest_client.model.conversion_events_user_data_any_of import (
        ConversionEventsUserDataAnyOf as ConversionEventsUserDataAnyOf,
    )
    from pinterest_client.model.conversion_events_user_data_any_of1 import (
        ConversionEventsUserDataAnyOf1 as ConversionEventsUserDataAnyOf1,
    )
    from pinterest_client.model.conversion_events_user_data_any_of2 import (
        ConversionEventsUserDataAnyOf2 as ConversionEventsUserDataAnyOf2,
    )
    from pinterest_client.model.conversion_events_user_data_properties import (
        ConversionEventsUserDataProperties as ConversionEventsUserDataProperties,
    )
    from pinterest_client.model.conversion_health_selection_item import (
        ConversionHealthSelectionItem as ConversionHealthSelectionItem,
    )
    from pinterest_client.model.conversion_msot_events import ConversionMSOTEvents as ConversionMSOTEvents
    from pinterest_client.model.conversion_product_report_request import (
        ConversionProductReportRequest as ConversionProductReportRequest,
    )
    from pinterest_client.model.conversion_product_report_request import (
        ConversionProductReportRequestConversionProductAttributionType as ConversionProductReportRequestConversionProductAttributionType,
    )
    from pinterest_client.model.conversion_product_reporting_column import (
        ConversionProductReportingColumn as ConversionProductReportingColumn,
    )
    from pinterest_client.model.conversion_report_attribution_type import (
        ConversionReportAttributionType as ConversionReportAttributionType,
    )
    from pinterest_client.model.conversion_report_time_type import ConversionReportTimeType as ConversionReportTimeType
    from pinterest_client.model.conversion_tag import ConversionTag as ConversionTag
    from pinterest_client.model.conversion_tag_common import ConversionTagCommon as ConversionTagCommon
    from pinterest_client.model.conversion_tag_configs import ConversionTagConfigs as ConversionTagConfigs
    from pinterest_client.model.conversion_tag_create import ConversionTagCreate as ConversionTagCreate
    from pinterest_client.model.conversion_tag_list_response import (
        ConversionTagListResponse as ConversionTagListResponse,
    )
    from pinterest_client.model.conversion_tag_response import ConversionTagResponse as ConversionTagResponse
    from pinterest_client.model.conversion_tag_type import ConversionTagType as ConversionTagType
    from pinterest_client.model.conversion_tags_list_response import (
        ConversionTagsListResponse as ConversionTagsListResponse,
    )
    from pinterest_client.model.conversion_tags_ocpm_eligible_response import (
        ConversionTagsOcpmEligibleResponse as ConversionTagsOcpmEligibleResponse,
    )
    from pinterest_client.model.country import Country as Country
    from pinterest_client.model.country_filter import CountryFilter as CountryFilter
    from pinterest_client.model.create_asset_access_request_body import (
        CreateAssetAccessRequestBody as CreateAssetAccessRequestBody,
    )
    from pinterest_client.model.create_asset_access_request_body import (
        CreateAssetAccessRequestBodyAssetRequestsItem as CreateAssetAccessRequestBodyAssetRequestsItem,
    )
    from pinterest_client.model.create_asset_access_request_body_asset_requests import (
        CreateAssetAccessRequestBodyAssetRequests as CreateAssetAccessRequestBodyAssetRequests,
    )
    from pinterest_client.model.create_asset_access_request_error_message import (
        CreateAssetAccessRequestErrorMessage as CreateAssetAccessRequestErrorMessage,
    )
    from pinterest_client.model.create_asset_access_request_error_message import (
        CreateAssetAccessRequestErrorMessageItem as CreateAssetAccessRequestErrorMessageItem,
    )
    from pinterest_client.model.create_asset_access_request_response import (
        CreateAssetAccessRequestResponse as CreateAssetAccessRequestResponse,
    )
    from pinterest_client.model.create_asset_group_body import CreateAssetGroupBody as CreateAssetGroupBody
    from pinterest_client.model.create_asset_group_response import CreateAssetGroupResponse as CreateAssetGroupResponse
    from pinterest_client.model.create_asset_invites_request import (
        CreateAssetInvitesRequest as CreateAssetInvitesRequest,
    )
    from pinterest_client.model.create_asset_invites_request_item import (
        CreateAssetInvitesRequestItem as CreateAssetInvitesRequestItem,
    )
    from pinterest_client.model.create_invites_results_response_array import (
        CreateInvitesResultsResponseArray as CreateInvitesResultsResponseArray,
    )
    from pinterest_client.model.create_invites_results_response_array import (
        CreateInvitesResultsResponseArrayItemsItem as CreateInvitesResultsResponseArrayItemsItem,
    )
    from pinterest_client.model.create_invites_results_response_array import (
        CreateInvitesResultsResponseArrayItemsItemInvite as CreateInvitesResultsResponseArrayItemsItemInvite,
    )
    from pinterest_client.model.create_invites_results_response_array_invite import (
        CreateInvitesResultsResponseArrayInvite as CreateInvitesResultsResponseArrayInvite,
    )
    from pinterest_client.model.create_invites_results_response_array_items import (
        CreateInvitesResultsResponseArrayItems as CreateInvitesResultsResponseArrayItems,
    )
    from pinterest_client.model.create_membership_or_partnership_invites_body import (
        CreateMembershipOrPartnershipInvitesBody as CreateMembershipOrPartnershipInvitesBody,
    )
    from pinterest_client.model.create_mmm_report_request import CreateMMMReportRequest as CreateMMMReportRequest
    from pinterest_client.model.create_mmm_report_request_all_of import (
        CreateMMMReportRequestAllOf as CreateMMMReportRequestAllOf,
    )
    from pinterest_client.model.create_mmm_report_response import CreateMMMReportResponse as CreateMMMReportResponse
    from pinterest_client.model.create_mmm_report_response import (
        CreateMMMReportResponseData as CreateMMMReportResponseData,
    )
    from pinterest_client.model.creative_assets_id_filter import CreativeAssetsIdFilter as CreativeAssetsIdFilter
    from pinterest_client.model.creative_assets_processing_record import (
        CreativeAssetsProcessingRecord as CreativeAssetsProcessingRecord,
    )
    from pinterest_client.model.creative_assets_visibility_type import (
        CreativeAssetsVisibilityType as CreativeAssetsVisibilityType,
    )
    from pinterest_client.model.creative_type import CreativeType as CreativeType
    from pinterest_client.model.currency import Currency as Currency
    from pinterest_client.model.currency_filter import CurrencyFilter as CurrencyFilter
    from pinterest_client.model.custom_column_id import CustomColumnId as CustomColumnId
    from pinterest_client.model.custom_label0_filter import CustomLabel0Filter as CustomLabel0Filter
    from pinterest_client.model.custom_label1_filter import CustomLabel1Filter as CustomLabel1Filter
    from pinterest_client.model.custom_label2_filter import CustomLabel2Filter as CustomLabel2Filter
    from pinterest_client.model.custom_label3_filter import CustomLabel3Filter as CustomLabel3Filter
    from pinterest_client.model.custom_label4_filter import CustomLabel4Filter as CustomLabel4Filter
    from pinterest_client.model.custom_number0_filter import CustomNumber0Filter as CustomNumber0Filter
    from pinterest_client.model.custom_number1_filter import CustomNumber1Filter as CustomNumber1Filter
    from pinterest_client.model.custom_number2_filter import CustomNumber2Filter as CustomNumber2Filter
    from pinterest_client.model.custom_number3_filter import CustomNumber3Filter as CustomNumber3Filter
    from pinterest_client.model.custom_number4_filter import CustomNumber4Filter as CustomNumber4Filter
    from pinterest_client.model.customer_list import CustomerList as CustomerList
    from pinterest_client.model.customer_list_request import CustomerListRequest as CustomerListRequest
    from pinterest_client.model.customer_list_update_request import (
        CustomerListUpdateRequest as CustomerListUpdateRequest,
    )
    from pinterest_client.model.customer_list_upload import CustomerListUpload as CustomerListUpload
    from pinterest_client.model.customer_list_upload import (
        CustomerListUploadErrorCountsItem as CustomerListUploadErrorCountsItem,
    )
    from pinterest_client.model.customer_list_upload import (
        CustomerListUploadRecordCounts as CustomerListUploadRecordCounts,
    )
    from pinterest_client.model.customer_list_upload_create_request import (
        CustomerListUploadCreateRequest as CustomerListUploadCreateRequest,
    )
    from pinterest_client.model.customer_list_upload_create_response import (
        CustomerListUploadCreateResponse as CustomerListUploadCreateResponse,
    )
    from pinterest_client.model.customer_list_upload_response import (
        CustomerListUploadResponse as CustomerListUploadResponse,
    )
    from pinterest_client.model.customer_list_upload_response import (
        CustomerListUploadResponseErrorCountsItem as CustomerListUploadResponseErrorCountsItem,
    )
    from pinterest_client.model.customer_list_upload_response import (
        CustomerListUploadResponseRecordCounts as CustomerListUploadResponseRecordCounts,
    )
    from pinterest_client.model.customer_lists_list_response import (
        CustomerListsListResponse as CustomerListsListResponse,
    )
    from pinterest_client.model.customizable_cta_type import CustomizableCTAType as CustomizableCTAType
    from pinterest_client.model.data_output_format import DataOutputFormat as DataOutputFormat
    from pinterest_client.model.data_status import DataStatus as DataStatus
    from pinterest_client.model.delete_asset_group_body import DeleteAssetGroupBody as DeleteAssetGroupBody
    from pinterest_client.model.delete_asset_group_response import DeleteAssetGroupResponse as DeleteAssetGroupResponse
    from pinterest_client.model.delete_asset_group_response import (
        DeleteAssetGroupResponseExceptionsItem as DeleteAssetGroupResponseExceptionsItem,
    )
    from pinterest_client.model.delete_asset_group_response_exceptions import (
        DeleteAssetGroupResponseExceptions as DeleteAssetGroupResponseExceptions,
    )
    from pinterest_client.model.delete_invites_results_response_array import (
        DeleteInvitesResultsResponseArray as DeleteInvitesResultsResponseArray,
    )
    from pinterest_client.model.delete_invites_results_response_array import (
        DeleteInvitesResultsResponseArrayItemsItem as DeleteInvitesResultsResponseArrayItemsItem,
    )
    from pinterest_client.model.delete_invites_results_response_array import (
        DeleteInvitesResultsResponseArrayItemsItemException as DeleteInvitesResultsResponseArrayItemsItemException,
    )
    from pinterest_client.model.delete_invites_results_response_array_exception import (
        DeleteInvitesResultsResponseArrayException as DeleteInvitesResultsResponseArrayException,
    )
    from pinterest_client.model.delete_invites_results_response_array_items import (
        DeleteInvitesResultsResponseArrayItems as DeleteInvitesResultsResponseArrayItems,
    )
    from pinterest_client.model.delete_member_access_result import DeleteMemberAccessResult as DeleteMemberAccessResult
    from pinterest_client.model.delete_member_access_results_response_array import (
        DeleteMemberAccessResultsResponseArray as DeleteMemberAccessResultsResponseArray,
    )
    from pinterest_client.model.delete_partner_asset_access_body import (
        DeletePartnerAssetAccessBody as DeletePartnerAssetAccessBody,
    )
    from pinterest_client.model.delete_partner_asset_access_body import (
        DeletePartnerAssetAccessBodyAccessesItem as DeletePartnerAssetAccessBodyAccessesItem,
    )
    from pinterest_client.model.delete_partner_asset_access_body_accesses import (
        DeletePartnerAssetAccessBodyAccesses as DeletePartnerAssetAccessBodyAccesses,
    )
    from pinterest_client.model.delete_partner_assets_result import (
        DeletePartnerAssetsResult as DeletePartnerAssetsResult,
    )
    from pinterest_client.model.delete_partner_assets_results_response_array import (
        DeletePartnerAssetsResultsResponseArray as DeletePartnerAssetsResultsResponseArray,
    )
    from pinterest_client.model.delete_partners_request import DeletePartnersRequest as DeletePartnersRequest
    from pinterest_client.model.delete_partners_response import DeletePartnersResponse as DeletePartnersResponse
    from pinterest_client.model.deleted_members_response import DeletedMembersResponse as DeletedMembersResponse
    from pinterest_client.model.delivery_metrics_response import DeliveryMetricsResponse as DeliveryMetricsResponse
    from pinterest_client.model.delivery_metrics_response import (
        DeliveryMetricsResponseItemsItem as DeliveryMetricsResponseItemsItem,
    )
    from pinterest_client.model.delivery_metrics_response_items import (
        DeliveryMetricsResponseItems as DeliveryMetricsResponseItems,
    )
    from pinterest_client.model.detailed_error import DetailedError as DetailedError
    from pinterest_client.model.disclosure_type import DisclosureType as DisclosureType
    from pinterest_client.model.enhanced_match_status_type import EnhancedMatchStatusType as EnhancedMatchStatusType
    from pinterest_client.model.entity_id import EntityId as EntityId
    from pinterest_client.model.entity_status import EntityStatus as EntityStatus
    from pinterest_client.model.error import Error as Error
    from pinterest_client.model.error_response import ErrorResponse as ErrorResponse
    from pinterest_client.model.event_data import EventData as EventData
    from pinterest_client.model.event_quality_score import EventQualityScore as EventQualityScore
    from pinterest_client.model.exception import Exception as Exception
    from pinterest_client.model.featured_trend import FeaturedTrend as FeaturedTrend
    from pinterest_client.model.feed_fields import FeedFields as FeedFields
    from pinterest_client.model.feed_fields1 import FeedFields1 as FeedFields1
    from pinterest_client.model.feed_fields2 import FeedFields2 as FeedFields2
    from pinterest_client.model.feed_processing_results_list_response import (
        FeedProcessingResultsListResponse as FeedProcessingResultsListResponse,
    )
    from pinterest_client.model.feeds_create_request import FeedsCreateRequest as FeedsCreateRequest
    from pinterest_client.model.feeds_list_response import FeedsListResponse as FeedsListResponse
    from pinterest_client.model.feeds_update_request import FeedsUpdateRequest as FeedsUpdateRequest
    from pinterest_client.model.follow_user_request import FollowUserRequest as FollowUserRequest
    from pinterest_client.model.followers_list_response import FollowersListResponse as FollowersListResponse
    from pinterest_client.model.gender import Gender as Gender
    from pinterest_client.model.gender_bucket import GenderBucket as GenderBucket
    from pinterest_client.model.gender_demographics import GenderDemographics as GenderDemographics
    from pinterest_client.model.gender_filter import GenderFilter as GenderFilter
    from pinterest_client.model.gender_list import GenderList as GenderList
    from pinterest_client.model.get_audiences_order_by import GetAudiencesOrderBy as GetAudiencesOrderBy
    from pinterest_client.model.get_business_asset_type_response import (
        GetBusinessAssetTypeResponse as GetBusinessAssetTypeResponse,
    )
    from pinterest_client.model.get_business_assets_response import (
        GetBusinessAssetsResponse as GetBusinessAssetsResponse,
    )
    from pinterest_client.model.get_business_assets_response import (
        GetBusinessAssetsResponseCatalogInfo as GetBusinessAssetsResponseCatalogInfo,
    )
    from pinterest_client.model.get_business_employers_response import (
        GetBusinessEmployersResponse as GetBusinessEmployersResponse,
    )
    from pinterest_client.model.get_business_members_response import (
        GetBusinessMembersResponse as GetBusinessMembersResponse,
    )
    from pinterest_client.model.get_business_partners_response import (
        GetBusinessPartnersResponse as GetBusinessPartnersResponse,
    )
    from pinterest_client.model.get_invites_response import GetInvitesResponse as GetInvitesResponse
    from pinterest_client.model.get_mmm_report_response import GetMMMReportResponse as GetMMMReportResponse
    from pinterest_client.model.get_mmm_report_response import GetMMMReportResponseData as GetMMMReportResponseData
    from pinterest_client.model.get_partner_assets_response import GetPartnerAssetsResponse as GetPartnerAssetsResponse
    from pinterest_client.model.google_product_category0_filter import (
        GoogleProductCategory0Filter as GoogleProductCategory0Filter,
    )
    from pinterest_client.model.google_product_category1_filter import (
        GoogleProductCategory1Filter as GoogleProductCategory1Filter,
    )
    from pinterest_client.model.google_product_category2_filter import (
        GoogleProductCategory2Filter as GoogleProductCategory2Filter,
    )
    from pinterest_client.model.google_product_category3_filter import (
        GoogleProductCategory3Filter as GoogleProductCategory3Filter,
    )
    from pinterest_client.model.google_product_category4_filter import (
        GoogleProductCategory4Filter as GoogleProductCategory4Filter,
    )
    from pinterest_client.model.google_product_category5_filter import (
        GoogleProductCategory5Filter as GoogleProductCategory5Filter,
    )
    from pinterest_client.model.google_product_category6_filter import (
        GoogleProductCategory6Filter as GoogleProductCategory6Filter,
    )
    from pinterest_client.model.granularity import Granularity as Granularity
    from pinterest_client.model.grid_click_type import GridClickType as GridClickType
    from pinterest_client.model.hotel_id_filter import HotelIdFilter as HotelIdFilter
    from pinterest_client.model.hotel_processing_record import HotelProcessingRecord as HotelProcessingRecord
    from pinterest_client.model.image_base64 import ImageBase64 as ImageBase64
    from pinterest_client.model.image_details import ImageDetails as ImageDetails
    from pinterest_client.model.image_metadata import ImageMetadata as ImageMetadata
    from pinterest_client.model.image_metadata_images import ImageMetadataImages as ImageMetadataImages
    from pinterest_client.model.image_size import ImageSize as ImageSize
    from pinterest_client.model.ingestion_source_options import IngestionSourceOptions as IngestionSourceOptions
    from pinterest_client.model.inline_object import InlineObject as InlineObject
    from pinterest_client.model.inline_object1 import InlineObject1 as InlineObject1
    from pinterest_client.model.inline_object2 import InlineObject2 as InlineObject2
    from pinterest_client.model.inline_object3 import InlineObject3 as InlineObject3
    from pinterest_client.model.inline_object4 import InlineObject4 as InlineObject4
    from pinterest_client.model.inline_response200 import InlineResponse200 as InlineResponse200
    from pinterest_client.model.inline_response2001 import InlineResponse2001 as InlineResponse2001
    from pinterest_client.model.inner_product_categories_metrics_highlights import (
        InnerProductCategoriesMetricsHighlights as InnerProductCategoriesMetricsHighlights,
    )
    from pinterest_client.model.integration_log import IntegrationLog as IntegrationLog
    from pinterest_client.model.integration_log_client_error import (
        IntegrationLogClientError as IntegrationLogClientError,
    )
    from pinterest_client.model.integration_log_client_request import (
        IntegrationLogClientRequest as IntegrationLogClientRequest,
    )
    from pinterest_client.model.integration_logs_invalid_log_response import (
        IntegrationLogsInvalidLogResponse as IntegrationLogsInvalidLogResponse,
    )
    from pinterest_client.model.integration_logs_invalid_log_response import (
        IntegrationLogsInvalidLogResponseRejectedLogsItem as IntegrationLogsInvalidLogResponseRejectedLogsItem,
    )
    from pinterest_client.model.integration_logs_invalid_log_response_rejected_logs import (
        IntegrationLogsInvalidLogResponseRejectedLogs as IntegrationLogsInvalidLogResponseRejectedLogs,
    )
    from pinterest_client.model.integration_logs_request import IntegrationLogsRequest as IntegrationLogsRequest
    from pinterest_client.model.integration_logs_success_response import (
        IntegrationLogsSuccessResponse as IntegrationLogsSuccessResponse,
    )
    from pinterest_client.model.integration_metadata import IntegrationMetadata as IntegrationMetadata
    from pinterest_client.model.integration_record import IntegrationRecord as IntegrationRecord
    from pinterest_client.model.integration_request import IntegrationRequest as IntegrationRequest
    from pinterest_client.model.integration_request_patch import IntegrationRequestPatch as IntegrationRequestPatch
    from pinterest_client.model.integrations_get_list_response import (
        IntegrationsGetListResponse as IntegrationsGetListResponse,
    )
    from pinterest_client.model.interest import Interest as Interest
    from pinterest_client.model.interests_enum import InterestsEnum as InterestsEnum
    from pinterest_client.model.invite_assets_summary import InviteAssetsSummary as InviteAssetsSummary
    from pinterest_client.model.invite_assets_summary import (
        InviteAssetsSummaryAdAccountsItem as InviteAssetsSummaryAdAccountsItem,
    )
    from pinterest_client.model.invite_assets_summary import (
        InviteAssetsSummaryProfilesItem as InviteAssetsSummaryProfilesItem,
    )
    from pinterest_client.model.invite_assets_summary_ad_accounts import (
        InviteAssetsSummaryAdAccounts as InviteAssetsSummaryAdAccounts,
    )
    from pinterest_client.model.invite_assets_summary_profiles import (
        InviteAssetsSummaryProfiles as InviteAssetsSummaryProfiles,
    )
    from pinterest_client.model.invite_business_role_binding import (
        InviteBusinessRoleBinding as InviteBusinessRoleBinding,
    )
    from pinterest_client.model.invite_exception_response import InviteExceptionResponse as InviteExceptionResponse
    from pinterest_client.model.invite_response import InviteResponse as InviteResponse
    from pinterest_client.model.invite_status import InviteStatus as InviteStatus
    from pinterest_client.model.invite_type import InviteType as InviteType
    from pinterest_client.model.item_attributes import ItemAttributes as ItemAttributes
    from pinterest_client.model.item_attributes_all_of import ItemAttributesAllOf as ItemAttributesAllOf
    from pinterest_client.model.item_attributes_request import ItemAttributesRequest as ItemAttributesRequest
    from pinterest_client.model.item_attributes_request_all_of import (
        ItemAttributesRequestAllOf as ItemAttributesRequestAllOf,
    )
    from pinterest_client.model.item_attributes_request_all_of1 import (
        ItemAttributesRequestAllOf1 as ItemAttributesRequestAllOf1,
    )
    from pinterest_client.model.item_batch_record import ItemBatchRecord as ItemBatchRecord
    from pinterest_client.model.item_create_batch_record import ItemCreateBatchRecord as ItemCreateBatchRecord
    from pinterest_client.model.item_delete_batch_record import ItemDeleteBatchRecord as ItemDeleteBatchRecord
    from pinterest_client.model.item_delete_discontinued_batch_record import (
        ItemDeleteDiscontinuedBatchRecord as ItemDeleteDiscontinuedBatchRecord,
    )
    from pinterest_client.model.item_group_id_filter import ItemGroupIdFilter as ItemGroupIdFilter
    from pinterest_client.model.item_id_filter import ItemIdFilter as ItemIdFilter
    from pinterest_client.model.item_processing_record import ItemProcessingRecord as ItemProcessingRecord
    from pinterest_client.model.item_processing_status import ItemProcessingStatus as ItemProcessingStatus
    from pinterest_client.model.item_response import ItemResponse as ItemResponse
    from pinterest_client.model.item_response import ItemResponseOption1 as ItemResponseOption1
    from pinterest_client.model.item_response import ItemResponseOption2 as ItemResponseOption2
    from pinterest_client.model.item_response_any_of import ItemResponseAnyOf as ItemResponseAnyOf
    from pinterest_client.model.item_response_any_of1 import ItemResponseAnyOf1 as ItemResponseAnyOf1
    from pinterest_client.model.item_update_batch_record import ItemUpdateBatchRecord as ItemUpdateBatchRecord
    from pinterest_client.model.item_upsert_batch_record import ItemUpsertBatchRecord as ItemUpsertBatchRecord
    from pinterest_client.model.item_validation_event import ItemValidationEvent as ItemValidationEvent
    from pinterest_client.model.items_batch_post_request import ItemsBatchPostRequest as ItemsBatchPostRequest
    from pinterest_client.model.items_issues_list_response import ItemsIssuesListResponse as ItemsIssuesListResponse
    from pinterest_client.model.keyword import Keyword as Keyword
    from pinterest_client.model.keyword_all_of import KeywordAllOf as KeywordAllOf
    from pinterest_client.model.keyword_error import KeywordError as KeywordError
    from pinterest_client.model.keyword_list import KeywordList as KeywordList
    from pinterest_client.model.keyword_metrics import KeywordMetrics as KeywordMetrics
    from pinterest_client.model.keyword_metrics_response import KeywordMetricsResponse as KeywordMetricsResponse
    from pinterest_client.model.keyword_update import KeywordUpdate as KeywordUpdate
    from pinterest_client.model.keyword_update_body import KeywordUpdateBody as KeywordUpdateBody
    from pinterest_client.model.keywords_common import KeywordsCommon as KeywordsCommon
    from pinterest_client.model.keywords_get_response import KeywordsGetResponse as KeywordsGetResponse
    from pinterest_client.model.keywords_metrics_array_response import (
        KeywordsMetricsArrayResponse as KeywordsMetricsArrayResponse,
    )
    from pinterest_client.model.keywords_request import KeywordsRequest as KeywordsRequest
    from pinterest_client.model.keywords_response import KeywordsResponse as KeywordsResponse
    from pinterest_client.model.l1_interest_list import L1InterestList as L1InterestList
    from pinterest_client.model.label import Label as Label
    from pinterest_client.model.label_create_request import LabelCreateRequest as LabelCreateRequest
    from pinterest_client.model.label_create_request import LabelCreateRequestLabelsItem as LabelCreateRequestLabelsItem
    from pinterest_client.model.label_create_request_labels import LabelCreateRequestLabels as LabelCreateRequestLabels
    from pinterest_client.model.label_error import LabelError as LabelError
    from pinterest_client.model.label_parent_type import LabelParentType as LabelParentType
    from pinterest_client.model.label_status import LabelStatus as LabelStatus
    from pinterest_client.model.label_type import LabelType as LabelType
    from pinterest_client.model.label_update_request import LabelUpdateRequest as LabelUpdateRequest
    from pinterest_client.model.label_update_request import LabelUpdateRequestLabelsItem as LabelUpdateRequestLabelsItem
    from pinterest_client.model.label_update_request_labels import LabelUpdateRequestLabels as LabelUpdateRequestLabels
    from pinterest_client.model.labels_list_response import LabelsListResponse as LabelsListResponse
    from pinterest_client.model.labels_response import LabelsResponse as LabelsResponse
    from pinterest_client.model.language import Language as Language
    from pinterest_client.model.lead_form_array_response import LeadFormArrayResponse as LeadFormArrayResponse
    from pinterest_client.model.lead_form_array_response import (
        LeadFormArrayResponseItemsItem as LeadFormArrayResponseItemsItem,
    )
    from pinterest_client.model.lead_form_array_response_items import (
        LeadFormArrayResponseItems as LeadFormArrayResponseItems,
    )
    from pinterest_client.model.lead_form_common import LeadFormCommon as LeadFormCommon
    from pinterest_client.model.lead_form_common import LeadFormCommonPolicyLinksItem as LeadFormCommonPolicyLinksItem
    from pinterest_client.model.lead_form_common_policy_links import (
        LeadFormCommonPolicyLinks as LeadFormCommonPolicyLinks,
    )
    from pinterest_client.model.lead_form_create_request import LeadFormCreateRequest as LeadFormCreateRequest
    from pinterest_client.model.lead_form_question import LeadFormQuestion as LeadFormQuestion
    from pinterest_client.model.lead_form_question_field_type import (
        LeadFormQuestionFieldType as LeadFormQuestionFieldType,
    )
    from pinterest_client.model.lead_form_question_type import LeadFormQuestionType as LeadFormQuestionType
    from pinterest_client.model.lead_form_response import LeadFormResponse as LeadFormResponse
    from pinterest_client.model.lead_form_response_all_of import LeadFormResponseAllOf as LeadFormResponseAllOf
    from pinterest_client.model.lead_form_status import LeadFormStatus as LeadFormStatus
    from pinterest_client.model.lead_form_test_request import LeadFormTestRequest as LeadFormTestRequest
    from pinterest_client.model.lead_form_test_response import LeadFormTestResponse as LeadFormTestResponse
    from pinterest_client.model.lead_form_update_request import LeadFormUpdateRequest as LeadFormUpdateRequest
    from pinterest_client.model.lead_form_update_request_all_of import (
        LeadFormUpdateRequestAllOf as LeadFormUpdateRequestAllOf,
    )
    from pinterest_client.model.lead_forms_list_response import LeadFormsListResponse as LeadFormsListResponse
    from pinterest_client.model.lead_subscription import LeadSubscription as LeadSubscription
    from pinterest_client.model.lead_subscription_post_params_create import (
        LeadSubscriptionPostParamsCreate as LeadSubscriptionPostParamsCreate,
    )
    from pinterest_client.model.lead_subscription_post_params_create_all_of import (
        LeadSubscriptionPostParamsCreateAllOf as LeadSubscriptionPostParamsCreateAllOf,
    )
    from pinterest_client.model.lead_subscription_post_params_create_partner_metadata import (
        LeadSubscriptionPostParamsCreatePartnerMetadata as LeadSubscriptionPostParamsCreatePartnerMetadata,
    )
    from pinterest_client.model.leads_export_create_request import LeadsExportCreateRequest as LeadsExportCreateRequest
    from pinterest_client.model.leads_export_create_response import (
        LeadsExportCreateResponse as LeadsExportCreateResponse,
    )
    from pinterest_client.model.leads_export_response_data import LeadsExportResponseData as LeadsExportResponseData
    from pinterest_client.model.leads_export_status import LeadsExportStatus as LeadsExportStatus
    from pinterest_client.model.line_item import LineItem as LineItem
    from pinterest_client.model.linked_business import LinkedBusiness as LinkedBusiness
    from pinterest_client.model.local_store_id import LocalStoreId as LocalStoreId
    from pinterest_client.model.local_store_update import LocalStoreUpdate as LocalStoreUpdate
    from pinterest_client.model.lookback_period_options import LookbackPeriodOptions as LookbackPeriodOptions
    from pinterest_client.model.match_type import MatchType as MatchType
    from pinterest_client.model.match_type_response import MatchTypeResponse as MatchTypeResponse
    from pinterest_client.model.max_price_filter import MaxPriceFilter as MaxPriceFilter
    from pinterest_client.model.media import Media as Media
    from pinterest_client.model.media_list_response import MediaListResponse as MediaListResponse
    from pinterest_client.model.media_type import MediaType as MediaType
    from pinterest_client.model.media_type_filter import MediaTypeFilter as MediaTypeFilter
    from pinterest_client.model.media_upload import MediaUpload as MediaUpload
    from pinterest_client.model.media_upload_all_of import MediaUploadAllOf as MediaUploadAllOf
    from pinterest_client.model.media_upload_all_of_upload_parameters import (
        MediaUploadAllOfUploadParameters as MediaUploadAllOfUploadParameters,
    )
    from pinterest_client.model.media_upload_create import MediaUploadCreate as MediaUploadCreate
    from pinterest_client.model.media_upload_details import MediaUploadDetails as MediaUploadDetails
    from pinterest_client.model.media_upload_parameters import MediaUploadParameters as MediaUploadParameters
    from pinterest_client.model.media_upload_request import MediaUploadRequest as MediaUploadRequest
    from pinterest_client.model.media_upload_status import MediaUploadStatus as MediaUploadStatus
    from pinterest_client.model.media_upload_type import MediaUploadType as MediaUploadType
    from pinterest_client.model.member_business_role import MemberBusinessRole as MemberBusinessRole
    from pinterest_client.model.members_to_delete_body import MembersToDeleteBody as MembersToDeleteBody
    from pinterest_client.model.members_to_delete_body import (
        MembersToDeleteBodyMembersItem as MembersToDeleteBodyMembersItem,
    )
    from pinterest_client.model.members_to_delete_body_members import (
        MembersToDeleteBodyMembers as MembersToDeleteBodyMembers,
    )
    from pinterest_client.model.metrics import Metrics as Metrics
    from pinterest_client.model.metrics_reporting_level import MetricsReportingLevel as MetricsReportingLevel
    from pinterest_client.model.metrics_response import MetricsResponse as MetricsResponse
    from pinterest_client.model.min_price_filter import MinPriceFilter as MinPriceFilter
    from pinterest_client.model.mmm_reporting_column import MMMReportingColumn as MMMReportingColumn
    from pinterest_client.model.mmm_reporting_targeting_type import (
        MMMReportingTargetingType as MMMReportingTargetingType,
    )
    from pinterest_client.model.non_draft_entity_status import NonDraftEntityStatus as NonDraftEntityStatus
    from pinterest_client.model.non_nullable_catalogs_currency import (
        NonNullableCatalogsCurrency as NonNullableCatalogsCurrency,
    )
    from pinterest_client.model.non_nullable_product_availability_type import (
        NonNullableProductAvailabilityType as NonNullableProductAvailabilityType,
    )
    from pinterest_client.model.notification import Notification as Notification
    from pinterest_client.model.notification_post_request import NotificationPostRequest as NotificationPostRequest
    from pinterest_client.model.notification_post_response import NotificationPostResponse as NotificationPostResponse
    from pinterest_client.model.notification_response import NotificationResponse as NotificationResponse
    from pinterest_client.model.notifications import Notifications as Notifications
    from pinterest_client.model.nullable_catalogs_item_field_type import (
        NullableCatalogsItemFieldType as NullableCatalogsItemFieldType,
    )
    from pinterest_client.model.nullable_currency import NullableCurrency as NullableCurrency
    from pinterest_client.model.oauth_access_token_request import OauthAccessTokenRequest as OauthAccessTokenRequest
    from pinterest_client.model.oauth_access_token_request_client_credentials import (
        OauthAccessTokenRequestClientCredentials as OauthAccessTokenRequestClientCredentials,
    )
    from pinterest_client.model.oauth_access_token_request_client_credentials_all_of import (
        OauthAccessTokenRequestClientCredentialsAllOf as OauthAccessTokenRequestClientCredentialsAllOf,
    )
    from pinterest_client.model.oauth_access_token_request_code import (
        OauthAccessTokenRequestCode as OauthAccessTokenRequestCode,
    )
    from pinterest_client.model.oauth_access_token_request_code_all_of import (
        OauthAccessTokenRequestCodeAllOf as OauthAccessTokenRequestCodeAllOf,
    )
    from pinterest_client.model.oauth_access_token_request_refresh import (
        OauthAccessTokenRequestRefresh as OauthAccessTokenRequestRefresh,
    )
    from pinterest_client.model.oauth_access_token_request_refresh_all_of import (
        OauthAccessTokenRequestRefreshAllOf as OauthAccessTokenRequestRefreshAllOf,
    )
    from pinterest_client.model.oauth_access_token_response import OauthAccessTokenResponse as OauthAccessTokenResponse
    from pinterest_client.model.oauth_access_token_response_client_credentials import (
        OauthAccessTokenResponseClientCredentials as OauthAccessTokenResponseClientCredentials,
    )
    from pinterest_client.model.oauth_access_token_response_code import (
        OauthAccessTokenResponseCode as OauthAccessTokenResponseCode,
    )
    from pinterest_client.model.oauth_access_token_response_code_all_of import (
        OauthAccessTokenResponseCodeAllOf as OauthAccessTokenResponseCodeAllOf,
    )
    from pinterest_client.model.oauth_access_token_response_everlasting_refresh import (
        OauthAccessTokenResponseEverlastingRefresh as OauthAccessTokenResponseEverlastingRefresh,
    )
    from pinterest_client.model.oauth_access_token_response_everlasting_refresh_all_of import (
        OauthAccessTokenResponseEverlastingRefreshAllOf as OauthAccessTokenResponseEverlastingRefreshAllOf,
    )
    from pinterest_client.model.oauth_access_token_response_integration_refresh import (
        OauthAccessTokenResponseIntegrationRefresh as OauthAccessTokenResponseIntegrationRefresh,
    )
    from pinterest_client.model.oauth_access_token_response_integration_refresh_all_of import (
        OauthAccessTokenResponseIntegrationRefreshAllOf as OauthAccessTokenResponseIntegrationRefreshAllOf,
    )
    from pinterest_client.model.oauth_access_token_response_refresh import (
        OauthAccessTokenResponseRefresh as OauthAccessTokenResponseRefresh,
    )
    from pinterest_client.model.oauth_access_token_response_refresh_all_of import (
        OauthAccessTokenResponseRefreshAllOf as OauthAccessTokenResponseRefreshAllOf,
    )
    from pinterest_client.model.oauth_access_token_response_refresh_all_of1 import (
        OauthAccessTokenResponseRefreshAllOf1 as OauthAccessTokenResponseRefreshAllOf1,
    )
    from pinterest_client.model.objective_type import ObjectiveType as ObjectiveType
    from pinterest_client.model.operation_type import OperationType as OperationType
    from pinterest_client.model.optimization_goal_metadata import OptimizationGoalMetadata as OptimizationGoalMetadata
    from pinterest_client.model.optimization_goal_metadata import (
        OptimizationGoalMetadataConversionTagV3GoalMetadata as OptimizationGoalMetadataConversionTagV3GoalMetadata,
    )
    from pinterest_client.model.optimization_goal_metadata import (
        OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows as OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows,
    )
    from pinterest_client.model.optimization_goal_metadata import (
        OptimizationGoalMetadataFrequencyGoalMetadata as OptimizationGoalMetadataFrequencyGoalMetadata,
    )
    from pinterest_client.model.optimization_goal_metadata import (
        OptimizationGoalMetadataScrollupGoalMetadata as OptimizationGoalMetadataScrollupGoalMetadata,
    )
    from pinterest_client.model.order_line import OrderLine as OrderLine
    from pinterest_client.model.order_line_all_of import OrderLineAllOf as OrderLineAllOf
    from pinterest_client.model.order_line_error import OrderLineError as OrderLineError
    from pinterest_client.model.order_line_paid_type import OrderLinePaidType as OrderLinePaidType
    from pinterest_client.model.order_line_response import OrderLineResponse as OrderLineResponse
    from pinterest_client.model.order_line_single_response import OrderLineSingleResponse as OrderLineSingleResponse
    from pinterest_client.model.order_line_status import OrderLineStatus as OrderLineStatus
    from pinterest_client.model.order_lines import OrderLines as OrderLines
    from pinterest_client.model.order_lines_array_response import OrderLinesArrayResponse as OrderLinesArrayResponse
    from pinterest_client.model.order_lines_list_response import OrderLinesListResponse as OrderLinesListResponse
    from pinterest_client.model.overall_status_options import OverallStatusOptions as OverallStatusOptions
    from pinterest_client.model.pacing_delivery_type import PacingDeliveryType as PacingDeliveryType
    from pinterest_client.model.page_visit_conversion_tags_get_response import (
        PageVisitConversionTagsGetResponse as PageVisitConversionTagsGetResponse,
    )
    from pinterest_client.model.paginated import Paginated as Paginated
    from pinterest_client.model.partner_type import PartnerType as PartnerType
    from pinterest_client.model.permissions import Permissions as Permissions
    from pinterest_client.model.permissions_response import PermissionsResponse as PermissionsResponse
    from pinterest_client.model.permissions_with_owner import PermissionsWithOwner as PermissionsWithOwner
    from pinterest_client.model.pin import Pin as Pin
    from pinterest_client.model.pin_analytics_metrics_response import (
        PinAnalyticsMetricsResponse as PinAnalyticsMetricsResponse,
    )
    from pinterest_client.model.pin_analytics_metrics_response import (
        PinAnalyticsMetricsResponseDailyMetricsItem as PinAnalyticsMetricsResponseDailyMetricsItem,
    )
    from pinterest_client.model.pin_analytics_metrics_response_daily_metrics import (
        PinAnalyticsMetricsResponseDailyMetrics as PinAnalyticsMetricsResponseDailyMetrics,
    )
    from pinterest_client.model.pin_analytics_response import PinAnalyticsResponse as PinAnalyticsResponse
    from pinterest_client.model.pin_create import PinCreate as PinCreate
    from pinterest_client.model.pin_media import PinMedia as PinMedia
    from pinterest_client.model.pin_media_base import PinMediaBase as PinMediaBase
    from pinterest_client.model.pin_media_metadata import PinMediaMetadata as PinMediaMetadata
    from pinterest_client.model.pin_media_source import PinMediaSource as PinMediaSource
    from pinterest_client.model.pin_media_source_image_base64 import (
        PinMediaSourceImageBase64 as PinMediaSourceImageBase64,
    )
    from pinterest_client.model.pin_media_source_image_url import PinMediaSourceImageURL as PinMediaSourceImageURL
    from pinterest_client.model.pin_media_source_images_base64 import (
        PinMediaSourceImagesBase64 as PinMediaSourceImagesBase64,
    )
    from pinterest_client.model.pin_media_source_images_base64_item import (
        PinMediaSourceImagesBase64Item as PinMediaSourceImagesBase64Item,
    )
    from pinterest_client.model.pin_media_source_images_base64_items import (
        PinMediaSourceImagesBase64Items as PinMediaSourceImagesBase64Items,
    )
    from pinterest_client.model.pin_media_source_images_url import PinMediaSourceImagesURL as PinMediaSourceImagesURL
    from pinterest_client.model.pin_media_source_images_url_item import (
        PinMediaSourceImagesURLItem as PinMediaSourceImagesURLItem,
    )
    from pinterest_client.model.pin_media_source_images_url_items import (
        PinMediaSourceImagesURLItems as PinMediaSourceImagesURLItems,
    )
    from pinterest_client.model.pin_media_source_pin_url import PinMediaSourcePinURL as PinMediaSourcePinURL
    from pinterest_client.model.pin_media_source_video_id import PinMediaSourceVideoID as PinMediaSourceVideoID
    from pinterest_client.model.pin_media_with_image import PinMediaWithImage as PinMediaWithImage
    from pinterest_client.model.pin_media_with_image_all_of import PinMediaWithImageAllOf as PinMediaWithImageAllOf
    from pinterest_client.model.pin_media_with_image_and_video import (
        PinMediaWithImageAndVideo as PinMediaWithImageAndVideo,
    )
    from pinterest_client.model.pin_media_with_image_and_video_all_of import (
        PinMediaWithImageAndVideoAllOf as PinMediaWithImageAndVideoAllOf,
    )
    from pinterest_client.model.pin_media_with_images import PinMediaWithImages as PinMediaWithImages
    from pinterest_client.model.pin_media_with_images_all_of import PinMediaWithImagesAllOf as PinMediaWithImagesAllOf
    from pinterest_client.model.pin_media_with_video import PinMediaWithVideo as PinMediaWithVideo
    from pinterest_client.model.pin_media_with_video_all_of import PinMediaWithVideoAllOf as PinMediaWithVideoAllOf
    from pinterest_client.model.pin_media_with_videos import PinMediaWithVideos as PinMediaWithVideos
    from pinterest_client.model.pin_media_with_videos_all_of import PinMediaWithVideosAllOf as PinMediaWithVideosAllOf
    from pinterest_client.model.pin_promotion_summary_status import (
        PinPromotionSummaryStatus as PinPromotionSummaryStatus,
    )
    from pinterest_client.model.pin_update import PinUpdate as PinUpdate
    from pinterest_client.model.pin_update_carousel_slots import PinUpdateCarouselSlots as PinUpdateCarouselSlots
    from pinterest_client.model.pins_list_response import PinsListResponse as PinsListResponse
    from pinterest_client.model.pins_save_request import PinsSaveRequest as PinsSaveRequest
    from pinterest_client.model.pinterest_lib_error import PinterestLibError as PinterestLibError
    from pinterest_client.model.pinterest_lib_integer_format_type import (
        PinterestLibIntegerFormatType as PinterestLibIntegerFormatType,
    )
    from pinterest_client.model.pinterest_lib_pagination_order import (
        PinterestLibPaginationOrder as PinterestLibPaginationOrder,
    )
    from pinterest_client.model.pinterest_lib_status204 import PinterestLibStatus204 as PinterestLibStatus204
    from pinterest_client.model.pinterest_tag_event_data import PinterestTagEventData as PinterestTagEventData
    from pinterest_client.model.placement_group_type import PlacementGroupType as PlacementGroupType
    from pinterest_client.model.placement_multipliers import PlacementMultipliers as PlacementMultipliers
    from pinterest_client.model.price_filter import PriceFilter as PriceFilter
    from pinterest_client.model.price_filter import PriceFilterPRICE as PriceFilterPRICE
    from pinterest_client.model.product_availability_type import ProductAvailabilityType as ProductAvailabilityType
    from pinterest_client.model.product_categories_demographic import (
        ProductCategoriesDemographic as ProductCategoriesDemographic,
    )
    from pinterest_client.model.product_categories_engagement_type import (
        ProductCategoriesEngagementType as ProductCategoriesEngagementType,
    )
    from pinterest_client.model.product_categories_metrics_highlights import (
        ProductCategoriesMetricsHighlights as ProductCategoriesMetricsHighlights,
    )
    from pinterest_client.model.product_category_detail_lookback_window import (
        ProductCategoryDetailLookbackWindow as ProductCategoryDetailLookbackWindow,
    )
    from pinterest_client.model.product_category_details import ProductCategoryDetails as ProductCategoryDetails
    from pinterest_client.model.product_category_enum import ProductCategoryEnum as ProductCategoryEnum
    from pinterest_client.model.product_category_region import ProductCategoryRegion as ProductCategoryRegion
    from pinterest_client.model.product_group_analytics_response import (
        ProductGroupAnalyticsResponse as ProductGroupAnalyticsResponse,
    )
    from pinterest_client.model.product_group_analytics_response import (
        ProductGroupAnalyticsResponseItem as ProductGroupAnalyticsResponseItem,
    )
    from pinterest_client.model.product_group_promotion import ProductGroupPromotion as ProductGroupPromotion
    from pinterest_client.model.product_group_promotion_array_element import (
        ProductGroupPromotionArrayElement as ProductGroupPromotionArrayElement,
    )
    from pinterest_client.model.product_group_promotion_array_response import (
        ProductGroupPromotionArrayResponse as ProductGroupPromotionArrayResponse,
    )
    from pinterest_client.model.product_group_promotion_common import (
        ProductGroupPromotionCommon as ProductGroupPromotionCommon,
    )
    from pinterest_client.model.product_group_promotion_create_request import (
        ProductGroupPromotionCreateRequest as ProductGroupPromotionCreateRequest,
    )
    from pinterest_client.model.product_group_promotion_create_request_element import (
        ProductGroupPromotionCreateRequestElement as ProductGroupPromotionCreateRequestElement,
    )
    from pinterest_client.model.product_group_promotion_create_request_element_all_of import (
        ProductGroupPromotionCreateRequestElementAllOf as ProductGroupPromotionCreateRequestElementAllOf,
    )
    from pinterest_client.model.product_group_promotion_response import (
        ProductGroupPromotionResponse as ProductGroupPromotionResponse,
    )
    from pinterest_client.model.product_group_promotion_response_element import (
        ProductGroupPromotionResponseElement as ProductGroupPromotionResponseElement,
    )
    from pinterest_client.model.product_group_promotion_response_item import (
        ProductGroupPromotionResponseItem as ProductGroupPromotionResponseItem,
    )
    from pinterest_client.model.product_group_promotion_update_item import (
        ProductGroupPromotionUpdateItem as ProductGroupPromotionUpdateItem,
    )
    from pinterest_client.model.product_group_promotion_update_request import (
        ProductGroupPromotionUpdateRequest as ProductGroupPromotionUpdateRequest,
    )
    from pinterest_client.model.product_group_promotion_update_response_item import (
        ProductGroupPromotionUpdateResponseItem as ProductGroupPromotionUpdateResponseItem,
    )
    from pinterest_client.model.product_group_promotions_list_response import (
        ProductGroupPromotionsListResponse as ProductGroupPromotionsListResponse,
    )
    from pinterest_client.model.product_group_reference_filter import (
        ProductGroupReferenceFilter as ProductGroupReferenceFilter,
    )
    from pinterest_client.model.product_group_summary_status import (
        ProductGroupSummaryStatus as ProductGroupSummaryStatus,
    )
    from pinterest_client.model.product_groups_create_request_feed_base_case import (
        ProductGroupsCreateRequestFeedBaseCase as ProductGroupsCreateRequestFeedBaseCase,
    )
    from pinterest_client.model.product_tag import ProductTag as ProductTag
    from pinterest_client.model.product_type0_filter import ProductType0Filter as ProductType0Filter
    from pinterest_client.model.product_type1_filter import ProductType1Filter as ProductType1Filter
    from pinterest_client.model.product_type2_filter import ProductType2Filter as ProductType2Filter
    from pinterest_client.model.product_type3_filter import ProductType3Filter as ProductType3Filter
    from pinterest_client.model.product_type4_filter import ProductType4Filter as ProductType4Filter
    from pinterest_client.model.products_by_product_group_filter_list_response import (
        ProductsByProductGroupFilterListResponse as ProductsByProductGroupFilterListResponse,
    )
    from pinterest_client.model.promotion_array_element import PromotionArrayElement as PromotionArrayElement
    from pinterest_client.model.promotion_common import PromotionCommon as PromotionCommon
    from pinterest_client.model.promotion_create_request import PromotionCreateRequest as PromotionCreateRequest
    from pinterest_client.model.promotion_response import PromotionResponse as PromotionResponse
    from pinterest_client.model.promotion_response_all_of import PromotionResponseAllOf as PromotionResponseAllOf
    from pinterest_client.model.promotion_template_value import PromotionTemplateValue as PromotionTemplateValue
    from pinterest_client.model.promotion_type import PromotionType as PromotionType
    from pinterest_client.model.promotion_update_request import PromotionUpdateRequest as PromotionUpdateRequest
    from pinterest_client.model.promotion_update_request_all_of import (
        PromotionUpdateRequestAllOf as PromotionUpdateRequestAllOf,
    )
    from pinterest_client.model.promotions_list_response import PromotionsListResponse as PromotionsListResponse
    from pinterest_client.model.promotions_response import PromotionsResponse as PromotionsResponse
    from pinterest_client.model.quality_component_details import QualityComponentDetails as QualityComponentDetails
    from pinterest_client.model.quality_component_issue import QualityComponentIssue as QualityComponentIssue
    from pinterest_client.model.quality_components import QualityComponents as QualityComponents
    from pinterest_client.model.quiz_pin_data import QuizPinData as QuizPinData
    from pinterest_client.model.quiz_pin_option import QuizPinOption as QuizPinOption
    from pinterest_client.model.quiz_pin_question import QuizPinQuestion as QuizPinQuestion
    from pinterest_client.model.quiz_pin_result import QuizPinResult as QuizPinResult
    from pinterest_client.model.related_terms import RelatedTerms as RelatedTerms
    from pinterest_client.model.related_terms import (
        RelatedTermsRelatedTermsListItem as RelatedTermsRelatedTermsListItem,
    )
    from pinterest_client.model.related_terms_related_terms_list import (
        RelatedTermsRelatedTermsList as RelatedTermsRelatedTermsList,
    )
    from pinterest_client.model.reporting_column_async import ReportingColumnAsync as ReportingColumnAsync
    from pinterest_client.model.reporting_time_zone import ReportingTimeZone as ReportingTimeZone
    from pinterest_client.model.reports_stats_parameters import ReportsStatsParameters as ReportsStatsParameters
    from pinterest_client.model.reports_stats_response import ReportsStatsResponse as ReportsStatsResponse
    from pinterest_client.model.resource_error import ResourceError as ResourceError
    from pinterest_client.model.resource_id_to_roles import ResourceIdToRoles as ResourceIdToRoles
    from pinterest_client.model.respond_to_invites_response_array import (
        RespondToInvitesResponseArray as RespondToInvitesResponseArray,
    )
    from pinterest_client.model.respond_to_invites_response_array import (
        RespondToInvitesResponseArrayItemsItem as RespondToInvitesResponseArrayItemsItem,
    )
    from pinterest_client.model.respond_to_invites_response_array_items import (
        RespondToInvitesResponseArrayItems as RespondToInvitesResponseArrayItems,
    )
    from pinterest_client.model.role import Role as Role
    from pinterest_client.model.s3_file_part import S3FilePart as S3FilePart
    from pinterest_client.model.s3_multipart_upload_data import S3MultipartUploadData as S3MultipartUploadData
    from pinterest_client.model.search_partner_pins_response import (
        SearchPartnerPinsResponse as SearchPartnerPinsResponse,
    )
    from pinterest_client.model.search_user_boards_get_response import (
        SearchUserBoardsGetResponse as SearchUserBoardsGetResponse,
    )
    from pinterest_client.model.search_user_pins_list_response import (
        SearchUserPinsListResponse as SearchUserPinsListResponse,
    )
    from pinterest_client.model.shared_audience import SharedAudience as SharedAudience
    from pinterest_client.model.shared_audience1 import SharedAudience1 as SharedAudience1
    from pinterest_client.model.shared_audience_account import SharedAudienceAccount as SharedAudienceAccount
    from pinterest_client.model.shared_audience_common import SharedAudienceCommon as SharedAudienceCommon
    from pinterest_client.model.shared_audience_response import SharedAudienceResponse as SharedAudienceResponse
    from pinterest_client.model.shared_audience_response1 import SharedAudienceResponse1 as SharedAudienceResponse1
    from pinterest_client.model.shared_audience_response_common import (
        SharedAudienceResponseCommon as SharedAudienceResponseCommon,
    )
    from pinterest_client.model.shared_audiences_for_business_list_response import (
        SharedAudiencesForBusinessListResponse as SharedAudiencesForBusinessListResponse,
    )
    from pinterest_client.model.single_interest_targeting_option_response import (
        SingleInterestTargetingOptionResponse as SingleInterestTargetingOptionResponse,
    )
    from pinterest_client.model.source_platform_options import SourcePlatformOptions as SourcePlatformOptions
    from pinterest_client.model.ssio_account_address import SSIOAccountAddress as SSIOAccountAddress
    from pinterest_client.model.ssio_account_item import SSIOAccountItem as SSIOAccountItem
    from pinterest_client.model.ssio_account_pmp_name import SSIOAccountPMPName as SSIOAccountPMPName
    from pinterest_client.model.ssio_account_response import SSIOAccountResponse as SSIOAccountResponse
    from pinterest_client.model.ssio_create_insertion_order_request import (
        SSIOCreateInsertionOrderRequest as SSIOCreateInsertionOrderRequest,
    )
    from pinterest_client.model.ssio_create_insertion_order_request_all_of import (
        SSIOCreateInsertionOrderRequestAllOf as SSIOCreateInsertionOrderRequestAllOf,
    )
    from pinterest_client.model.ssio_create_insertion_order_response import (
        SSIOCreateInsertionOrderResponse as SSIOCreateInsertionOrderResponse,
    )
    from pinterest_client.model.ssio_edit_insertion_order_request import (
        SSIOEditInsertionOrderRequest as SSIOEditInsertionOrderRequest,
    )
    from pinterest_client.model.ssio_edit_insertion_order_request_all_of import (
        SSIOEditInsertionOrderRequestAllOf as SSIOEditInsertionOrderRequestAllOf,
    )
    from pinterest_client.model.ssio_edit_insertion_order_response import (
        SSIOEditInsertionOrderResponse as SSIOEditInsertionOrderResponse,
    )
    from pinterest_client.model.ssio_insertion_order_common import SSIOInsertionOrderCommon as SSIOInsertionOrderCommon
    from pinterest_client.model.ssio_insertion_order_status import SSIOInsertionOrderStatus as SSIOInsertionOrderStatus
    from pinterest_client.model.ssio_insertion_order_status_response import (
        SSIOInsertionOrderStatusResponse as SSIOInsertionOrderStatusResponse,
    )
    from pinterest_client.model.ssio_insertion_orders_status_get_by_ad_account_response import (
        SsioInsertionOrdersStatusGetByAdAccountResponse as SsioInsertionOrdersStatusGetByAdAccountResponse,
    )
    from pinterest_client.model.ssio_order_line import SSIOOrderLine as SSIOOrderLine
    from pinterest_client.model.ssio_order_lines_get_by_ad_account_response import (
        SsioOrderLinesGetByAdAccountResponse as SsioOrderLinesGetByAdAccountResponse,
    )
    from pinterest_client.model.summary_pin import SummaryPin as SummaryPin
    from pinterest_client.model.system_user_update_request import SystemUserUpdateRequest as SystemUserUpdateRequest
    from pinterest_client.model.targeting_advertiser_country import (
        TargetingAdvertiserCountry as TargetingAdvertiserCountry,
    )
    from pinterest_client.model.targeting_option_response import TargetingOptionResponse as TargetingOptionResponse
    from pinterest_client.model.targeting_spec import TargetingSpec as TargetingSpec
    from pinterest_client.model.targeting_spec1 import TargetingSpec1 as TargetingSpec1
    from pinterest_client.model.targeting_spec_age_bucket import TargetingSpecAgeBucket as TargetingSpecAgeBucket
    from pinterest_client.model.targeting_spec_app_type import TargetingSpecAppType as TargetingSpecAppType
    from pinterest_client.model.targeting_spec_gender import TargetingSpecGender as TargetingSpecGender
    from pinterest_client.model.targeting_spec_operation_age_bucket import (
        TargetingSpecOperationAgeBucket as TargetingSpecOperationAgeBucket,
    )
    from pinterest_client.model.targeting_spec_operation_app_type import (
        TargetingSpecOperationAppType as TargetingSpecOperationAppType,
    )
    from pinterest_client.model.targeting_spec_operation_gender import (
        TargetingSpecOperationGender as TargetingSpecOperationGender,
    )
    from pinterest_client.model.targeting_spec_operation_list import (
        TargetingSpecOperationList as TargetingSpecOperationList,
    )
    from pinterest_client.model.targeting_spec_operation_min_max_age import (
        TargetingSpecOperationMinMaxAge as TargetingSpecOperationMinMaxAge,
    )
    from pinterest_client.model.targeting_spec_operation_shopping_retargeting import (
        TargetingSpecOperationShoppingRetargeting as TargetingSpecOperationShoppingRetargeting,
    )
    from pinterest_client.model.targeting_spec_operation_string import (
        TargetingSpecOperationString as TargetingSpecOperationString,
    )
    from pinterest_client.model.targeting_spec_shopping_retargeting import (
        TargetingSpecShoppingRetargeting as TargetingSpecShoppingRetargeting,
    )
    from pinterest_client.model.targeting_spec_shoppingretargeting import (
        TargetingSpecSHOPPINGRETARGETING as TargetingSpecSHOPPINGRETARGETING,
    )
    from pinterest_client.model.targeting_spec_shoppingretargeting1 import (
        TargetingSpecSHOPPINGRETARGETING1 as TargetingSpecSHOPPINGRETARGETING1,
    )
    from pinterest_client.model.targeting_template_audience_sizing import (
        TargetingTemplateAudienceSizing as TargetingTemplateAudienceSizing,
    )
    from pinterest_client.model.targeting_template_audience_sizing import (
        TargetingTemplateAudienceSizingReachEstimate as TargetingTemplateAudienceSizingReachEstimate,
    )
    from pinterest_client.model.targeting_template_common import TargetingTemplateCommon as TargetingTemplateCommon
    from pinterest_client.model.targeting_template_create import TargetingTemplateCreate as TargetingTemplateCreate
    from pinterest_client.model.targeting_template_create_all_of import (
        TargetingTemplateCreateAllOf as TargetingTemplateCreateAllOf,
    )
    from pinterest_client.model.targeting_template_get_response_data import (
        TargetingTemplateGetResponseData as TargetingTemplateGetResponseData,
    )
    from pinterest_client.model.targeting_template_get_response_data1 import (
        TargetingTemplateGetResponseData1 as TargetingTemplateGetResponseData1,
    )
    from pinterest_client.model.targeting_template_keyword import TargetingTemplateKeyword as TargetingTemplateKeyword
    from pinterest_client.model.targeting_template_list_response import (
        TargetingTemplateListResponse as TargetingTemplateListResponse,
    )
    from pinterest_client.model.targeting_template_response_data import (
        TargetingTemplateResponseData as TargetingTemplateResponseData,
    )
    from pinterest_client.model.targeting_template_response_data1 import (
        TargetingTemplateResponseData1 as TargetingTemplateResponseData1,
    )
    from pinterest_client.model.targeting_template_update_request import (
        TargetingTemplateUpdateRequest as TargetingTemplateUpdateRequest,
    )
    from pinterest_client.model.targeting_type_filter import TargetingTypeFilter as TargetingTypeFilter
    from pinterest_client.model.template_based_report import TemplateBasedReport as TemplateBasedReport
    from pinterest_client.model.template_response import TemplateResponse as TemplateResponse
    from pinterest_client.model.template_response import TemplateResponseDateRange as TemplateResponseDateRange
    from pinterest_client.model.template_response import (
        TemplateResponseDateRangeAbsoluteDateRange as TemplateResponseDateRangeAbsoluteDateRange,
    )
    from pinterest_client.model.template_response import (
        TemplateResponseDateRangeDynamicDateRange as TemplateResponseDateRangeDynamicDateRange,
    )
    from pinterest_client.model.template_response import (
        TemplateResponseDateRangeRelativeDateRange as TemplateResponseDateRangeRelativeDateRange,
    )
    from pinterest_client.model.templates_list_response import TemplatesListResponse as TemplatesListResponse
    from pinterest_client.model.terms_of_service import TermsOfService as TermsOfService
    from pinterest_client.model.terms_suggested_response import TermsSuggestedResponse as TermsSuggestedResponse
    from pinterest_client.model.title_keywords_filter import TitleKeywordsFilter as TitleKeywordsFilter
    from pinterest_client.model.token_revocation_request import TokenRevocationRequest as TokenRevocationRequest
    from pinterest_client.model.top_pins_analytics_response import TopPinsAnalyticsResponse as TopPinsAnalyticsResponse
    from pinterest_client.model.top_pins_analytics_response import (
        TopPinsAnalyticsResponseDateAvailability as TopPinsAnalyticsResponseDateAvailability,
    )
    from pinterest_client.model.top_pins_analytics_response import (
        TopPinsAnalyticsResponsePinsItem as TopPinsAnalyticsResponsePinsItem,
    )
    from pinterest_client.model.top_pins_analytics_response_pins import (
        TopPinsAnalyticsResponsePins as TopPinsAnalyticsResponsePins,
    )
    from pinterest_client.model.top_video_pins_analytics_response import (
        TopVideoPinsAnalyticsResponse as TopVideoPinsAnalyticsResponse,
    )
    from pinterest_client.model.top_video_pins_analytics_response import (
        TopVideoPinsAnalyticsResponseDateAvailability as TopVideoPinsAnalyticsResponseDateAvailability,
    )
    from pinterest_client.model.top_video_pins_analytics_response import (
        TopVideoPinsAnalyticsResponsePinsItem as TopVideoPinsAnalyticsResponsePinsItem,
    )
    from pinterest_client.model.top_video_pins_analytics_response_pins import (
        TopVideoPinsAnalyticsResponsePins as TopVideoPinsAnalyticsResponsePins,
    )
    from pinterest_client.model.tracking_urls import TrackingUrls as TrackingUrls
    from pinterest_client.model.trend_type import TrendType as TrendType
    from pinterest_client.model.trending_keyword import TrendingKeyword as TrendingKeyword
    from pinterest_client.model.trending_keywords_response import TrendingKeywordsResponse as TrendingKeywordsResponse
    from pinterest_client.model.trending_keywords_response import (
        TrendingKeywordsResponseTrendsItem as TrendingKeywordsResponseTrendsItem,
    )
    from pinterest_client.model.trending_keywords_response import (
        TrendingKeywordsResponseTrendsItemDemographics as TrendingKeywordsResponseTrendsItemDemographics,
    )
    from pinterest_client.model.trending_keywords_response import (
        TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution as TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution,
    )
    from pinterest_client.model.trending_keywords_response import (
        TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution as TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution,
    )
    from pinterest_client.model.trending_keywords_response import (
        TrendingKeywordsResponseTrendsItemPredictedTimeSeries as TrendingKeywordsResponseTrendsItemPredictedTimeSeries,
    )
    from pinterest_client.model.trending_keywords_response import (
        TrendingKeywordsResponseTrendsItemTimeSeries as TrendingKeywordsResponseTrendsItemTimeSeries,
    )
    from pinterest_client.model.trending_keywords_response_trends import (
        TrendingKeywordsResponseTrends as TrendingKeywordsResponseTrends,
    )
    from pinterest_client.model.trending_pin import TrendingPin as TrendingPin
    from pinterest_client.model.trending_product_category import TrendingProductCategory as TrendingProductCategory
    from pinterest_client.model.trending_topic import TrendingTopic as TrendingTopic
    from pinterest_client.model.trends_supported_region import TrendsSupportedRegion as TrendsSupportedRegion
    from pinterest_client.model.updatable_item_attributes import UpdatableItemAttributes as UpdatableItemAttributes
    from pinterest_client.model.update_asset_group_body import UpdateAssetGroupBody as UpdateAssetGroupBody
    from pinterest_client.model.update_asset_group_body import (
        UpdateAssetGroupBodyAssetGroupsToUpdateItem as UpdateAssetGroupBodyAssetGroupsToUpdateItem,
    )
    from pinterest_client.model.update_asset_group_body_asset_groups_to_update import (
        UpdateAssetGroupBodyAssetGroupsToUpdate as UpdateAssetGroupBodyAssetGroupsToUpdate,
    )
    from pinterest_client.model.update_asset_group_response import UpdateAssetGroupResponse as UpdateAssetGroupResponse
    from pinterest_client.model.update_asset_group_response import (
        UpdateAssetGroupResponseExceptionsItem as UpdateAssetGroupResponseExceptionsItem,
    )
    from pinterest_client.model.update_asset_group_response_exceptions import (
        UpdateAssetGroupResponseExceptions as UpdateAssetGroupResponseExceptions,
    )
    from pinterest_client.model.update_invites_results_response_array import (
        UpdateInvitesResultsResponseArray as UpdateInvitesResultsResponseArray,
    )
    from pinterest_client.model.update_invites_results_response_array import (
        UpdateInvitesResultsResponseArrayItemsItem as UpdateInvitesResultsResponseArrayItemsItem,
    )
    from pinterest_client.model.update_invites_results_response_array_items import (
        UpdateInvitesResultsResponseArrayItems as UpdateInvitesResultsResponseArrayItems,
    )
    from pinterest_client.model.update_mask_bid_option_field import UpdateMaskBidOptionField as UpdateMaskBidOptionField
    from pinterest_client.model.update_mask_field_type import UpdateMaskFieldType as UpdateMaskFieldType
    from pinterest_client.model.update_member_asset_access_body import (
        UpdateMemberAssetAccessBody as UpdateMemberAssetAccessBody,
    )
    from pinterest_client.model.update_member_asset_access_body import (
        UpdateMemberAssetAccessBodyAccessesItem as UpdateMemberAssetAccessBodyAccessesItem,
    )
    from pinterest_client.model.update_member_asset_access_body_accesses import (
        UpdateMemberAssetAccessBodyAccesses as UpdateMemberAssetAccessBodyAccesses,
    )
    from pinterest_client.model.update_member_assets_results_response_array import (
        UpdateMemberAssetsResultsResponseArray as UpdateMemberAssetsResultsResponseArray,
    )
    from pinterest_client.model.update_member_assets_results_response_array import (
        UpdateMemberAssetsResultsResponseArrayItemsItem as UpdateMemberAssetsResultsResponseArrayItemsItem,
    )
    from pinterest_client.model.update_member_assets_results_response_array_items import (
        UpdateMemberAssetsResultsResponseArrayItems as UpdateMemberAssetsResultsResponseArrayItems,
    )
    from pinterest_client.model.update_member_business_role_body import (
        UpdateMemberBusinessRoleBody as UpdateMemberBusinessRoleBody,
    )
    from pinterest_client.model.update_member_result import UpdateMemberResult as UpdateMemberResult
    from pinterest_client.model.update_member_results_response_array import (
        UpdateMemberResultsResponseArray as UpdateMemberResultsResponseArray,
    )
    from pinterest_client.model.update_partner_asset_access_body import (
        UpdatePartnerAssetAccessBody as UpdatePartnerAssetAccessBody,
    )
    from pinterest_client.model.update_partner_asset_access_body import (
        UpdatePartnerAssetAccessBodyAccessesItem as UpdatePartnerAssetAccessBodyAccessesItem,
    )
    from pinterest_client.model.update_partner_asset_access_body_accesses import (
        UpdatePartnerAssetAccessBodyAccesses as UpdatePartnerAssetAccessBodyAccesses,
    )
    from pinterest_client.model.update_partner_assets_result import (
        UpdatePartnerAssetsResult as UpdatePartnerAssetsResult,
    )
    from pinterest_client.model.update_partner_assets_results_response_array import (
        UpdatePartnerAssetsResultsResponseArray as UpdatePartnerAssetsResultsResponseArray,
    )
    from pinterest_client.model.update_partner_results_response_array import (
        UpdatePartnerResultsResponseArray as UpdatePartnerResultsResponseArray,
    )
    from pinterest_client.model.update_partner_results_response_array import (
        UpdatePartnerResultsResponseArrayItemsItem as UpdatePartnerResultsResponseArrayItemsItem,
    )
    from pinterest_client.model.update_partner_results_response_array_items import (
        UpdatePartnerResultsResponseArrayItems as UpdatePartnerResultsResponseArrayItems,
    )
    from pinterest_client.model.user_account_followed_interests_response import (
        UserAccountFollowedInterestsResponse as UserAccountFollowedInterestsResponse,
    )
    from pinterest_client.model.user_business_role_binding import UserBusinessRoleBinding as UserBusinessRoleBinding
    from pinterest_client.model.user_following_feed_type import UserFollowingFeedType as UserFollowingFeedType
    from pinterest_client.model.user_following_get_response import UserFollowingGetResponse as UserFollowingGetResponse
    from pinterest_client.model.user_list_operation_type import UserListOperationType as UserListOperationType
    from pinterest_client.model.user_list_type import UserListType as UserListType
    from pinterest_client.model.user_single_asset_binding import UserSingleAssetBinding as UserSingleAssetBinding
    from pinterest_client.model.user_summary import UserSummary as UserSummary
    from pinterest_client.model.user_website_summary import UserWebsiteSummary as UserWebsiteSummary
    from pinterest_client.model.user_website_verification_code import (
        UserWebsiteVerificationCode as UserWebsiteVerificationCode,
    )
    from pinterest_client.model.user_website_verify_request import UserWebsiteVerifyRequest as UserWebsiteVerifyRequest
    from pinterest_client.model.user_websites_get_response import UserWebsitesGetResponse as UserWebsitesGetResponse
    from pinterest_client.model.users_for_individual_asset_response import (
        UsersForIndividualAssetResponse as UsersForIndividualAssetResponse,
    )
    from pinterest_client.model.vertical_product_category import VerticalProductCategory as VerticalProductCategory
    from pinterest_client.model.video_metadata import VideoMetadata as VideoMetadata
    from pinterest_client.model.video_metadata_with_item_type import (
        VideoMetadataWithItemType as VideoMetadataWithItemType,
    )

_MODULES = {
    "Account": "account",
    "ActionType": "action_type",
    "AdAccount": "ad_account",
    "AdAccountAnalyticsResponse": "ad_account_analytics_response",
    "AdAccountAnalyticsResponseItem": "ad_account_analytics_response",
    "AdAccountCreate": "ad_account_create",
    "AdAccountCreateRequest": "ad_account_create_request",
    "AdAccountCreateSubscriptionRequest": "ad_account_create_subscription_request",
    "AdAccountCreateSubscriptionRequestPartnerMetadata": "ad_account_create_subscription_request",
    "AdAccountCreateSubscriptionResponse": "ad_account_create_subscription_response",
    "AdAccountGetSubscriptionResponse": "ad_account_get_subscription_response",
    "AdAccountGetSubscriptionResponseAllOf": "ad_account_get_subscription_response_all_of",
    "AdAccountGetSubscriptionResponseAllOf1": "ad_account_get_subscription_response_all_of1",
    "AdAccountOwner": "ad_account_owner",
    "AdAccountsAudiencesSharedAccountsListResponse": "ad_accounts_audiences_shared_accounts_list_response",
    "AdAccountsCountryResponse": "ad_accounts_country_response",
    "AdAccountsCountryResponseData": "ad_accounts_country_response_data",
    "AdAccountsListResponse": "ad_accounts_list_response",
    "AdAccountsSubscriptionsGetListResponse": "ad_accounts_subscriptions_get_list_response",
    "AdArrayResponse": "ad_array_response",
    "AdArrayResponseElement": "ad_array_response_element",
    "AdCommon": "ad_common",
    "AdCountry": "ad_country",
    "AdCreateRequest": "ad_create_request",
    "AdGroupArrayResponse": "ad_group_array_response",
    "AdGroupArrayResponseElement": "ad_group_array_response_element",
    "AdGroupAudienceSizingRequest": "ad_group_audience_sizing_request",
    "AdGroupAudienceSizingRequestKeywords": "ad_group_audience_sizing_request_keywords",
    "AdGroupAudienceSizingRequestKeywordsItem": "ad_group_audience_sizing_request",
    "AdGroupAudienceSizingResponse": "ad_group_audience_sizing_response",
    "AdGroupCommon": "ad_group_common",
    "AdGroupCreateRequest": "ad_group_create_request",
    "AdGroupCreateRequestAllOf": "ad_group_create_request_all_of",
    "AdGroupIdFilter": "ad_group_id_filter",
    "AdGroupResponse": "ad_group_response",
    "AdGroupResponseAllOf": "ad_group_response_all_of",
    "AdGroupSummaryStatus": "ad_group_summary_status",
    "AdGroupUpdateRequest": "ad_group_update_request",
    "AdGroupUpdateRequestAllOf": "ad_group_update_request_all_of",
    "AdGroupsAnalyticsResponse": "ad_groups_analytics_response",
    "AdGroupsAnalyticsResponseItem": "ad_groups_analytics_response",
    "AdGroupsListResponse": "ad_groups_list_response",
    "AdPinAnalytics": "ad_pin_analytics",
    "AdPinId": "ad_pin_id",
    "AdPinsAnalyticsResponse": "ad_pins_analytics_response",
    "AdPreviewCreateFromImage": "ad_preview_create_from_image",
    "AdPreviewCreateFromPin": "ad_preview_create_from_pin",
    "AdPreviewRequest": "ad_preview_request",
    "AdPreviewRequestAdPreviewCreateFromImage": "ad_preview_request",
    "AdPreviewRequestAdPreviewCreateFromPin": "ad_preview_request",
    "AdPreviewRequestAdPreviewShopping": "ad_preview_request",
    "AdPreviewShopping": "ad_preview_shopping",
    "AdPreviewURLResponse": "ad_preview_url_response",
    "AdResponse": "ad_response",
    "AdResponseAllOf": "ad_response_all_of",
    "AdUpdateRequest": "ad_update_request",
    "AdUpdateRequest1": "ad_update_request1",
    "AdsAnalyticsAdGroupTargetingType": "ads_analytics_ad_group_targeting_type",
    "AdsAnalyticsAdTargetingType": "ads_analytics_ad_targeting_type",
    "AdsAnalyticsCampaignTargetingType": "ads_analytics_campaign_targeting_type",
    "AdsAnalyticsCreateAsyncRequest": "ads_analytics_create_async_request",
    "AdsAnalyticsCreateAsyncRequestAllOf": "ads_analytics_create_async_request_all_of",
    "AdsAnalyticsCreateAsyncRequestAllOf1": "ads_analytics_create_async_request_all_of1",
    "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem": "ads_analytics_create_async_request",
    "AdsAnalyticsCreateAsyncResponse": "ads_analytics_create_async_response",
    "AdsAnalyticsFilterColumn": "ads_analytics_filter_column",
    "AdsAnalyticsFilterOperator": "ads_analytics_filter_operator",
    "AdsAnalyticsGetAsyncResponse": "ads_analytics_get_async_response",
    "AdsAnalyticsMetricsFilter": "ads_analytics_metrics_filter",
    "AdsAnalyticsResponse": "ads_analytics_response",
    "AdsAnalyticsResponseItem": "ads_analytics_response",
    "AdsAnalyticsTargetingType": "ads_analytics_targeting_type",
    "AdsCreditDiscountsResponse": "ads_credit_discounts_response",
    "AdsCreditRedeemRequest": "ads_credit_redeem_request",
    "AdsCreditRedeemResponse": "ads_credit_redeem_response",
    "AdsCreditsDiscountsGetResponse": "ads_credits_discounts_get_response",
    "AdsListResponse": "ads_list_response",
    "AdvancedAuctionBidOptions": "advanced_auction_bid_options",
    "AdvancedAuctionItem": "advanced_auction_item",
    "AdvancedAuctionItemAllOf": "advanced_auction_item_all_of",
    "AdvancedAuctionItems": "advanced_auction_items",
    "AdvancedAuctionItemsGetRecord": "advanced_auction_items_get_record",
    "AdvancedAuctionItemsGetRequest": "advanced_auction_items_get_request",
    "AdvancedAuctionItemsSubmitDeleteRecord": "advanced_auction_items_submit_delete_record",
    "AdvancedAuctionItemsSubmitRecord": "advanced_auction_items_submit_record",
    "AdvancedAuctionItemsSubmitRequest": "advanced_auction_items_submit_request",
    "AdvancedAuctionItemsSubmitUpsertRecord": "advanced_auction_items_submit_upsert_record",
    "AdvancedAuctionItemsSubmitUpsertRecordAllOf": "advanced_auction_items_submit_upsert_record_all_of",
    "AdvancedAuctionKey": "advanced_auction_key",
    "AdvancedAuctionOperation": "advanced_auction_operation",
    "AdvancedAuctionOperationError": "advanced_auction_operation_error",
    "AdvancedAuctionProcessedItem": "advanced_auction_processed_item",
    "AdvancedAuctionProcessedItemAllOf": "advanced_auction_processed_item_all_of",
    "AdvancedAuctionProcessedItems": "advanced_auction_processed_items",
    "AdvertiserDefinedEventsGetResponse": "advertiser_defined_events_get_response",
    "AdvertiserDefinedEventsGetResponseItemsItem": "advertiser_defined_events_get_response",
    "AgeBucketList": "age_bucket_list",
    "AgeTrendsBucket": "age_trends_bucket",
    "AllOf": "all_of",
    "AmazonConnectRequest": "amazon_connect_request",
    "AnalyticsDailyMetrics": "analytics_daily_metrics",
    "AnalyticsMetricsResponse": "analytics_metrics_response",
    "AnalyticsMetricsResponseDailyMetrics": "analytics_metrics_response_daily_metrics",
    "AnalyticsResponse": "analytics_response",
    "AnyOf": "any_of",
    "AppTypeMultipliers": "app_type_multipliers",
    "AssetGroupBinding": "asset_group_binding",
    "AssetGroupType": "asset_group_type",
    "AssetGroupTypes": "asset_group_types",
    "AssetIdPermissions": "asset_id_permissions",
    "AssetIdToPermissions": "asset_id_to_permissions",
    "AssetTypeResponse": "asset_type_response",
    "Audience": "audience",
    "AudienceAccountType": "audience_account_type",
    "AudienceCategory": "audience_category",
    "AudienceCategorySubcategoriesItem": "audience_category",
    "AudienceCommon": "audience_common",
    "AudienceCreateCustomRequest": "audience_create_custom_request",
    "AudienceCreateCustomRequest1": "audience_create_custom_request1",
    "AudienceCreateRequest": "audience_create_request",
    "AudienceCreateRequest1": "audience_create_request1",
    "AudienceDataParty": "audience_data_party",
    "AudienceDefinition": "audience_definition",
    "AudienceDefinitionResponse": "audience_definition_response",
    "AudienceDefinitionScope": "audience_definition_scope",
    "AudienceDefinitionType": "audience_definition_type",
    "AudienceDemographicValue": "audience_demographic_value",
    "AudienceDemographics": "audience_demographics",
    "AudienceDescription": "audience_description",
    "AudienceInsightCategoryArrayResponse": "audience_insight_category_array_response",
    "AudienceInsightCategoryCommon": "audience_insight_category_common",
    "AudienceInsightType": "audience_insight_type",
    "AudienceInsightsResponse": "audience_insights_response",
    "AudienceRule": "audience_rule",
    "AudienceShareType": "audience_share_type",
    "AudienceSharingType": "audience_sharing_type",
    "AudienceSubcategory": "audience_subcategory",
    "AudienceType": "audience_type",
    "AudienceUpdateOperationType": "audience_update_operation_type",
    "AudienceUpdateRequest": "audience_update_request",
    "AudienceUpdateRequest1": "audience_update_request1",
    "AudiencesListResponse": "audiences_list_response",
    "AuthRespondInvitesBody": "auth_respond_invites_body",
    "AuthRespondInvitesBodyAction": "auth_respond_invites_body_action",
    "AuthRespondInvitesBodyInvites": "auth_respond_invites_body_invites",
    "AuthRespondInvitesBodyInvitesItem": "auth_respond_invites_body",
    "AuthRespondInvitesBodyInvitesItemAction": "auth_respond_invites_body",
    "AvailabilityFilter": "availability_filter",
    "BaseInviteDataResponse": "base_invite_data_response",
    "BaseInviteDataResponseInviteData": "base_invite_data_response",
    "BatchOperation": "batch_operation",
    "BatchOperationStatus": "batch_operation_status",
    "BidFloor": "bid_floor",
    "BidFloorRequest": "bid_floor_request",
    "BidFloorRequestBidFloorSpecsItem": "bid_floor_request",
    "BidFloorSpec": "bid_floor_spec",
    "BidInMicroCurrency": "bid_in_micro_currency",
    "BillingInvoiceDownloadResponse": "billing_invoice_download_response",
    "BillingInvoiceResponse": "billing_invoice_response",
    "BillingInvoicesGetResponse": "billing_invoices_get_response",
    "BillingProfilesGetResponse": "billing_profiles_get_response",
    "BillingProfilesResponse": "billing_profiles_response",
    "Board": "board",
    "BoardBase": "board_base",
    "BoardCategoriesEnum": "board_categories_enum",
    "BoardCreate": "board_create",
    "BoardInfo": "board_info",
    "BoardMedia": "board_media",
    "BoardOwner": "board_owner",
    "BoardPrivacy": "board_privacy",
    "BoardPrivacyFilter": "board_privacy_filter",
    "BoardSection": "board_section",
    "BoardSectionsListPinsResponse": "board_sections_list_pins_response",
    "BoardSectionsListResponse": "board_sections_list_response",
    "BoardUpdate": "board_update",
    "BoardUpdatePrivacy": "board_update_privacy",
    "BoardWithUpdatePrivacy": "board_with_update_privacy",
    "BoardWithUpdatePrivacyUpdate": "board_with_update_privacy_update",
    "BoardsListPinsResponse": "boards_list_pins_response",
    "BoardsListResponse": "boards_list_response",
    "BoardsUserFollowsListResponse": "boards_user_follows_list_response",
    "BookClosedResponse": "book_closed_response",
    "BrandAccountsCreateRequest": "brand_accounts_create_request",
    "BrandAccountsCreateRequestProfileImage": "brand_accounts_create_request",
    "BrandAccountsCreateResponse": "brand_accounts_create_response",
    "BrandAccountsUpdateRequest": "brand_accounts_update_request",
    "BrandAccountsUpdateRequestProfileImage": "brand_accounts_update_request",
    "BrandAccountsUpdateResponse": "brand_accounts_update_response",
    "BrandFilter": "brand_filter",
    "BudgetType": "budget_type",
    "BulkDownloadRequest": "bulk_download_request",
    "BulkDownloadRequestCampaignFilter": "bulk_download_request",
    "BulkDownloadResponse": "bulk_download_response",
    "BulkEntityType": "bulk_entity_type",
    "BulkOutputFormat": "bulk_output_format",
    "BulkPinAnalyticsResponse": "bulk_pin_analytics_response",
    "BulkReportingJobStatus": "bulk_reporting_job_status",
    "BulkUpsertRequest": "bulk_upsert_request",
    "BulkUpsertRequestCreate": "bulk_upsert_request_create",
    "BulkUpsertRequestCreateCatalogProductGroupsItem": "bulk_upsert_request_create",
    "BulkUpsertRequestUpdate": "bulk_upsert_request_update",
    "BulkUpsertRequestUpdateCatalogProductGroupsItem": "bulk_upsert_request_update",
    "BulkUpsertRequestUpdateLabelsItem": "bulk_upsert_request_update",
    "BulkUpsertResponse": "bulk_upsert_response",
    "BulkUpsertStatus": "bulk_upsert_status",
    "BulkUpsertStatusResponse": "bulk_upsert_status_response",
    "BusinessAccessError": "business_access_error",
    "BusinessAccessRole": "business_access_role",
    "BusinessAccessUserSummary": "business_access_user_summary",
    "BusinessAccountAudiencesSharedAccountsListResponse": "business_account_audiences_shared_accounts_list_response",
    "BusinessAssetMembersGetResponse": "business_asset_members_get_response",
    "BusinessAssetPartnersGetResponse": "business_asset_partners_get_response",
    "BusinessAssetsGetResponse": "business_assets_get_response",
    "BusinessMemberAssetsGetResponse": "business_member_assets_get_response",
    "BusinessMemberAssetsSummary": "business_member_assets_summary",
    "BusinessMemberAssetsSummaryAdAccounts": "business_member_assets_summary_ad_accounts",
    "BusinessMemberAssetsSummaryAdAccountsItem": "business_member_assets_summary",
    "BusinessMemberAssetsSummaryProfiles": "business_member_assets_summary_profiles",
    "BusinessMemberAssetsSummaryProfilesItem": "business_member_assets_summary",
    "BusinessMembersAssetAccessDeleteRequest": "business_members_asset_access_delete_request",
    "BusinessMembersAssetAccessDeleteRequestAccessesItem": "business_members_asset_access_delete_request",
    "BusinessPartnerAssetAccessGetResponse": "business_partner_asset_access_get_response",
    "BusinessRole": "business_role",
    "BusinessRoleCheckMode": "business_role_check_mode",
    "BusinessRoleForMembers": "business_role_for_members",
    "BusinessRoleResponse": "business_role_response",
    "BusinessSharedAudience": "business_shared_audience",
    "BusinessSharedAudience1": "business_shared_audience1",
    "BusinessSharedAudienceResponse": "business_shared_audience_response",
    "BusinessSharedAudienceResponse1": "business_shared_audience_response1",
    "BusinessesBusinessIdMembersAssetsAccessAccesses": "businesses_business_id_members_assets_access_accesses",
    "CampaignAudienceMultipliers": "campaign_audience_multipliers",
    "CampaignBidOptions": "campaign_bid_options",
    "CampaignBidOptionsCreate": "campaign_bid_options_create",
    "CampaignBidOptionsUpdate": "campaign_bid_options_update",
    "CampaignBidOptionsUpdateAllOf": "campaign_bid_options_update_all_of",
    "CampaignCommon": "campaign_common",
    "CampaignCreateCommon": "campaign_create_common",
    "CampaignCreateCommonAllOf": "campaign_create_common_all_of",
    "CampaignCreateRequest": "campaign_create_request",
    "CampaignCreateRequestAllOf": "campaign_create_request_all_of",
    "CampaignCreateResponse": "campaign_create_response",
    "CampaignCreateResponseData": "campaign_create_response_data",
    "CampaignCreateResponseDataAllOf": "campaign_create_response_data_all_of",
    "CampaignCreateResponseItem": "campaign_create_response_item",
    "CampaignId": "campaign_id",
    "CampaignIdFilter": "campaign_id_filter",
    "CampaignIsAutomatedCampaign": "campaign_is_automated_campaign",
    "CampaignIsCampaignBudgetOptimization": "campaign_is_campaign_budget_optimization",
    "CampaignIsFlexibleDailyBudgets": "campaign_is_flexible_daily_budgets",
    "CampaignObjectivesFilter": "campaign_objectives_filter",
    "CampaignResponse": "campaign_response",
    "CampaignResponseAllOf": "campaign_response_all_of",
    "CampaignSummaryStatus": "campaign_summary_status",
    "CampaignUpdateRequest": "campaign_update_request",
    "CampaignUpdateRequestAllOf": "campaign_update_request_all_of",
    "CampaignUpdateResponse": "campaign_update_response",
    "CampaignsAnalyticsResponse": "campaigns_analytics_response",
    "CampaignsAnalyticsResponseItem": "campaigns_analytics_response",
    "CampaignsListResponse": "campaigns_list_response",
    "CancelInvitesBody": "cancel_invites_body",
    "CarouselSlot": "carousel_slot",
    "Catalog": "catalog",
    "CatalogAllOf": "catalog_all_of",
    "CatalogProductGroup": "catalog_product_group",
    "CatalogsAvailableFilterValues": "catalogs_available_filter_values",
    "CatalogsCreateCreativeAssetsItem": "catalogs_create_creative_assets_item",
    "CatalogsCreateHotelItem": "catalogs_create_hotel_item",
    "CatalogsCreateReportResponse": "catalogs_create_report_response",
    "CatalogsCreateRequest": "catalogs_create_request",
    "CatalogsCreateRetailItem": "catalogs_create_retail_item",
    "CatalogsCreativeAssetsAttributes": "catalogs_creative_assets_attributes",
    "CatalogsCreativeAssetsAttributesAllOf": "catalogs_creative_assets_attributes_all_of",
    "CatalogsCreativeAssetsAvailableFilterValues": "catalogs_creative_assets_available_filter_values",
    "CatalogsCreativeAssetsAvailableFilterValuesFilterValues": "catalogs_creative_assets_available_filter_values",
    "CatalogsCreativeAssetsBatchItem": "catalogs_creative_assets_batch_item",
    "CatalogsCreativeAssetsBatchRequest": "catalogs_creative_assets_batch_request",
    "CatalogsCreativeAssetsFeed": "catalogs_creative_assets_feed",
    "CatalogsCreativeAssetsFeedsCreateRequest": "catalogs_creative_assets_feeds_create_request",
    "CatalogsCreativeAssetsFeedsUpdateRequest": "catalogs_creative_assets_feeds_update_request",
    "CatalogsCreativeAssetsFilterValuesMap": "catalogs_creative_assets_filter_values_map",
    "CatalogsCreativeAssetsItemErrorResponse": "catalogs_creative_assets_item_error_response",
    "CatalogsCreativeAssetsItemResponse": "catalogs_creative_assets_item_response",
    "CatalogsCreativeAssetsItemsBatch": "catalogs_creative_assets_items_batch",
    "CatalogsCreativeAssetsItemsFilter": "catalogs_creative_assets_items_filter",
    "CatalogsCreativeAssetsItemsPostFilter": "catalogs_creative_assets_items_post_filter",
    "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest": "catalogs_creative_assets_list_products_by_catalog_based_filter_request",
    "CatalogsCreativeAssetsProduct": "catalogs_creative_assets_product",
    "CatalogsCreativeAssetsProductGroup": "catalogs_creative_assets_product_group",
    "CatalogsCreativeAssetsProductGroupCreateRequest": "catalogs_creative_assets_product_group_create_request",
    "CatalogsCreativeAssetsProductGroupFilterKeys": "catalogs_creative_assets_product_group_filter_keys",
    "CatalogsCreativeAssetsProductGroupFilters": "catalogs_creative_assets_product_group_filters",
    "CatalogsCreativeAssetsProductGroupFiltersAllOf": "catalogs_creative_assets_product_group_filters_all_of",
    "CatalogsCreativeAssetsProductGroupFiltersAnyOf": "catalogs_creative_assets_product_group_filters_any_of",
    "CatalogsCreativeAssetsProductGroupProductCounts": "catalogs_creative_assets_product_group_product_counts",
    "CatalogsCreativeAssetsProductGroupUpdateRequest": "catalogs_creative_assets_product_group_update_request",
    "CatalogsCreativeAssetsProductMetadata": "catalogs_creative_assets_product_metadata",
    "CatalogsDbItem": "catalogs_db_item",
    "CatalogsDeleteCreativeAssetsItem": "catalogs_delete_creative_assets_item",
    "CatalogsDeleteHotelItem": "catalogs_delete_hotel_item",
    "CatalogsDeleteRetailItem": "catalogs_delete_retail_item",
    "CatalogsFeed": "catalogs_feed",
    "CatalogsFeedCredentials": "catalogs_feed_credentials",
    "CatalogsFeedIngestion": "catalogs_feed_ingestion",
    "CatalogsFeedIngestionDetails": "catalogs_feed_ingestion_details",
    "CatalogsFeedIngestionErrors": "catalogs_feed_ingestion_errors",
    "CatalogsFeedIngestionInfo": "catalogs_feed_ingestion_info",
    "CatalogsFeedIngestionWarnings": "catalogs_feed_ingestion_warnings",
    "CatalogsFeedProcessingResult": "catalogs_feed_processing_result",
    "CatalogsFeedProcessingResultFields": "catalogs_feed_processing_result_fields",
    "CatalogsFeedProcessingSchedule": "catalogs_feed_processing_schedule",
    "CatalogsFeedProcessingStatus": "catalogs_feed_processing_status",
    "CatalogsFeedProductCounts": "catalogs_feed_product_counts",
    "CatalogsFeedValidationDetails": "catalogs_feed_validation_details",
    "CatalogsFeedValidationErrors": "catalogs_feed_validation_errors",
    "CatalogsFeedValidationWarnings": "catalogs_feed_validation_warnings",
    "CatalogsFeedVideoCounts": "catalogs_feed_video_counts",
    "CatalogsFeedsCreateRequest": "catalogs_feeds_create_request",
    "CatalogsFeedsUpdateRequest": "catalogs_feeds_update_request",
    "CatalogsFormat": "catalogs_format",
    "CatalogsHotelAddress": "catalogs_hotel_address",
    "CatalogsHotelAttributes": "catalogs_hotel_attributes",
    "CatalogsHotelAttributesAllOf": "catalogs_hotel_attributes_all_of",
    "CatalogsHotelAttributesAllOfMainImage": "catalogs_hotel_attributes_all_of_main_image",
    "CatalogsHotelAttributesMainImage": "catalogs_hotel_attributes",
    "CatalogsHotelAvailableFilterValues": "catalogs_hotel_available_filter_values",
    "CatalogsHotelAvailableFilterValuesFilterValues": "catalogs_hotel_available_filter_values",
    "CatalogsHotelBatchItem": "catalogs_hotel_batch_item",
    "CatalogsHotelBatchRequest": "catalogs_hotel_batch_request",
    "CatalogsHotelFeed": "catalogs_hotel_feed",
    "CatalogsHotelFeedsCreateRequest": "catalogs_hotel_feeds_create_request",
    "CatalogsHotelFeedsUpdateRequest": "catalogs_hotel_feeds_update_request",
    "CatalogsHotelFilterValuesMap": "catalogs_hotel_filter_values_map",
    "CatalogsHotelGuestRatings": "catalogs_hotel_guest_ratings",
    "CatalogsHotelItemErrorResponse": "catalogs_hotel_item_error_response",
    "CatalogsHotelItemResponse": "catalogs_hotel_item_response",
    "CatalogsHotelItemsBatch": "catalogs_hotel_items_batch",
    "CatalogsHotelItemsFilter": "catalogs_hotel_items_filter",
    "CatalogsHotelItemsPostFilter": "catalogs_hotel_items_post_filter",
    "CatalogsHotelListProductsByCatalogBasedFilterRequest": "catalogs_hotel_list_products_by_catalog_based_filter_request",
    "CatalogsHotelProduct": "catalogs_hotel_product",
    "CatalogsHotelProductGroup": "catalogs_hotel_product_group",
    "CatalogsHotelProductGroupCreateRequest": "catalogs_hotel_product_group_create_request",
    "CatalogsHotelProductGroupFilterKeys": "catalogs_hotel_product_group_filter_keys",
    "CatalogsHotelProductGroupFilters": "catalogs_hotel_product_group_filters",
    "CatalogsHotelProductGroupFiltersAllOf": "catalogs_hotel_product_group_filters_all_of",
    "CatalogsHotelProductGroupFiltersAnyOf": "catalogs_hotel_product_group_filters_any_of",
    "CatalogsHotelProductGroupProductCounts": "catalogs_hotel_product_group_product_counts",
    "CatalogsHotelProductGroupType": "catalogs_hotel_product_group_type",
    "CatalogsHotelProductGroupUpdateRequest": "catalogs_hotel_product_group_update_request",
    "CatalogsHotelProductMetadata": "catalogs_hotel_product_metadata",
    "CatalogsHotelReportParameters": "catalogs_hotel_report_parameters",
    "CatalogsHotelReportParametersReport": "catalogs_hotel_report_parameters",
    "CatalogsHotelReportStatsParameters": "catalogs_hotel_report_stats_parameters",
    "CatalogsHotelReportStatsParametersReport": "catalogs_hotel_report_stats_parameters",
    "CatalogsItemValidationDetails": "catalogs_item_validation_details",
    "CatalogsItemValidationErrors": "catalogs_item_validation_errors",
    "CatalogsItemValidationIssue": "catalogs_item_validation_issue",
    "CatalogsItemValidationIssues": "catalogs_item_validation_issues",
    "CatalogsItemValidationWarnings": "catalogs_item_validation_warnings",
    "CatalogsItems": "catalogs_items",
    "CatalogsItemsBatch": "catalogs_items_batch",
    "CatalogsItemsBatchRequest": "catalogs_items_batch_request",
    "CatalogsItemsCreateBatchRequest": "catalogs_items_create_batch_request",
    "CatalogsItemsDeleteBatchRequest": "catalogs_items_delete_batch_request",
    "CatalogsItemsDeleteDiscontinuedBatchRequest": "catalogs_items_delete_discontinued_batch_request",
    "CatalogsItemsFilters": "catalogs_items_filters",
    "CatalogsItemsPostFilters": "catalogs_items_post_filters",
    "CatalogsItemsRequest": "catalogs_items_request",
    "CatalogsItemsUpdateBatchRequest": "catalogs_items_update_batch_request",
    "CatalogsItemsUpsertBatchRequest": "catalogs_items_upsert_batch_request",
    "CatalogsListProductsByFeedBasedFilter": "catalogs_list_products_by_feed_based_filter",
    "CatalogsListProductsByFilterRequest": "catalogs_list_products_by_filter_request",
    "CatalogsListProductsByFilterRequestOneOf": "catalogs_list_products_by_filter_request_one_of",
    "CatalogsListResponse": "catalogs_list_response",
    "CatalogsLocale": "catalogs_locale",
    "CatalogsProduct": "catalogs_product",
    "CatalogsProductGroup": "catalogs_product_group",
    "CatalogsProductGroupCatalogsProductGroupFeedBasedCase": "catalogs_product_group",
    "CatalogsProductGroupCatalogsProductGroupMerchantBasedCase": "catalogs_product_group",
    "CatalogsProductGroupCreateRequest": "catalogs_product_group_create_request",
    "CatalogsProductGroupCurrencyCriteria": "catalogs_product_group_currency_criteria",
    "CatalogsProductGroupFeedBasedCase": "catalogs_product_group_feed_based_case",
    "CatalogsProductGroupFilterKeys": "catalogs_product_group_filter_keys",
    "CatalogsProductGroupFilterOperatorTypeCriteria": "catalogs_product_group_filter_operator_type_criteria",
    "CatalogsProductGroupFilters": "catalogs_product_group_filters",
    "CatalogsProductGroupFiltersAllOf": "catalogs_product_group_filters_all_of",
    "CatalogsProductGroupFiltersAllOfRequest": "catalogs_product_group_filters_all_of_request",
    "CatalogsProductGroupFiltersAllOfRequestAnyOf": "catalogs_product_group_filters_all_of_request_any_of",
    "CatalogsProductGroupFiltersAllOfRequestAnyOf1": "catalogs_product_group_filters_all_of_request_any_of1",
    "CatalogsProductGroupFiltersAllOfRequestOption1": "catalogs_product_group_filters_all_of_request",
    "CatalogsProductGroupFiltersAllOfRequestOption2": "catalogs_product_group_filters_all_of_request",
    "CatalogsProductGroupFiltersAnyOf": "catalogs_product_group_filters_any_of",
    "CatalogsProductGroupFiltersRequest": "catalogs_product_group_filters_request",
    "CatalogsProductGroupFiltersRequestAllOf": "catalogs_product_group_filters_request",
    "CatalogsProductGroupFiltersRequestAnyOf": "catalogs_product_group_filters_request",
    "CatalogsProductGroupFiltersRequestAnyOf1": "catalogs_product_group_filters_request_any_of1",
    "CatalogsProductGroupMerchantBasedCase": "catalogs_product_group_merchant_based_case",
    "CatalogsProductGroupMultipleCountriesCriteria": "catalogs_product_group_multiple_countries_criteria",
    "CatalogsProductGroupMultipleGenderCriteria": "catalogs_product_group_multiple_gender_criteria",
    "CatalogsProductGroupMultipleMediaTypesCriteria": "catalogs_product_group_multiple_media_types_criteria",
    "CatalogsProductGroupMultipleStringCriteria": "catalogs_product_group_multiple_string_criteria",
    "CatalogsProductGroupMultipleStringListCriteria": "catalogs_product_group_multiple_string_list_criteria",
    "CatalogsProductGroupPinsListResponse": "catalogs_product_group_pins_list_response",
    "CatalogsProductGroupPricingCriteria": "catalogs_product_group_pricing_criteria",
    "CatalogsProductGroupPricingCurrencyCriteria": "catalogs_product_group_pricing_currency_criteria",
    "CatalogsProductGroupProductCounts": "catalogs_product_group_product_counts",
    "CatalogsProductGroupProductCountsVertical": "catalogs_product_group_product_counts_vertical",
    "CatalogsProductGroupStatus": "catalogs_product_group_status",
    "CatalogsProductGroupType": "catalogs_product_group_type",
    "CatalogsProductGroupUint32Criteria": "catalogs_product_group_uint32_criteria",
    "CatalogsProductGroupUpdateRequest": "catalogs_product_group_update_request",
    "CatalogsProductGroupsCreateManyRequestItem": "catalogs_product_groups_create_many_request_item",
    "CatalogsProductGroupsCreateRequest": "catalogs_product_groups_create_request",
    "CatalogsProductGroupsListResponse": "catalogs_product_groups_list_response",
    "CatalogsProductGroupsUpdateRequest": "catalogs_product_groups_update_request",
    "CatalogsProductMetadata": "catalogs_product_metadata",
    "CatalogsReport": "catalogs_report",
    "CatalogsReportAllItemsFilter": "catalogs_report_all_items_filter",
    "CatalogsReportDistributionIssueFilter": "catalogs_report_distribution_issue_filter",
    "CatalogsReportDistributionStats": "catalogs_report_distribution_stats",
    "CatalogsReportFeedIngestionFilter": "catalogs_report_feed_ingestion_filter",
    "CatalogsReportFeedIngestionStats": "catalogs_report_feed_ingestion_stats",
    "CatalogsReportParameters": "catalogs_report_parameters",
    "CatalogsReportStats": "catalogs_report_stats",
    "CatalogsRetailAvailableFilterValues": "catalogs_retail_available_filter_values",
    "CatalogsRetailAvailableFilterValuesFilterValues": "catalogs_retail_available_filter_values",
    "CatalogsRetailBatchRequest": "catalogs_retail_batch_request",
    "CatalogsRetailBatchRequestItemsItem": "catalogs_retail_batch_request",
    "CatalogsRetailFeed": "catalogs_retail_feed",
    "CatalogsRetailFeedsCreateRequest": "catalogs_retail_feeds_create_request",
    "CatalogsRetailFeedsUpdateRequest": "catalogs_retail_feeds_update_request",
    "CatalogsRetailFilterValuesMap": "catalogs_retail_filter_values_map",
    "CatalogsRetailItemErrorResponse": "catalogs_retail_item_error_response",
    "CatalogsRetailItemResponse": "catalogs_retail_item_response",
    "CatalogsRetailItemsBatch": "catalogs_retail_items_batch",
    "CatalogsRetailItemsFilter": "catalogs_retail_items_filter",
    "CatalogsRetailItemsPostFilter": "catalogs_retail_items_post_filter",
    "CatalogsRetailListProductsByCatalogBasedFilterRequest": "catalogs_retail_list_products_by_catalog_based_filter_request",
    "CatalogsRetailProduct": "catalogs_retail_product",
    "CatalogsRetailProductGroup": "catalogs_retail_product_group",
    "CatalogsRetailProductGroupCreateRequest": "catalogs_retail_product_group_create_request",
    "CatalogsRetailProductGroupProductCounts": "catalogs_retail_product_group_product_counts",
    "CatalogsRetailProductGroupUpdateRequest": "catalogs_retail_product_group_update_request",
    "CatalogsRetailProductMetadata": "catalogs_retail_product_metadata",
    "CatalogsRetailReportParameters": "catalogs_retail_report_parameters",
    "CatalogsRetailReportParametersReport": "catalogs_retail_report_parameters",
    "CatalogsRetailReportStatsParameters": "catalogs_retail_report_stats_parameters",
    "CatalogsRetailReportStatsParametersReport": "catalogs_retail_report_stats_parameters",
    "CatalogsStatus": "catalogs_status",
    "CatalogsType": "catalogs_type",
    "CatalogsUpdatableCreativeAssetsAttributes": "catalogs_updatable_creative_assets_attributes",
    "CatalogsUpdatableHotelAttributes": "catalogs_updatable_hotel_attributes",
    "CatalogsUpdateCreativeAssetsItem": "catalogs_update_creative_assets_item",
    "CatalogsUpdateHotelItem": "catalogs_update_hotel_item",
    "CatalogsUpdateRetailItem": "catalogs_update_retail_item",
    "CatalogsUpsertCreativeAssetsItem": "catalogs_upsert_creative_assets_item",
    "CatalogsUpsertHotelItem": "catalogs_upsert_hotel_item",
    "CatalogsUpsertRetailItem": "catalogs_upsert_retail_item",
    "CatalogsVerticalBatchRequest": "catalogs_vertical_batch_request",
    "CatalogsVerticalFeedsCreateRequest": "catalogs_vertical_feeds_create_request",
    "CatalogsVerticalFeedsUpdateRequest": "catalogs_vertical_feeds_update_request",
    "CatalogsVerticalProductGroup": "catalogs_vertical_product_group",
    "CatalogsVerticalProductGroupCreateRequest": "catalogs_vertical_product_group_create_request",
    "CatalogsVerticalProductGroupUpdateRequest": "catalogs_vertical_product_group_update_request",
    "CatalogsVerticalsListProductsByCatalogBasedFilterRequest": "catalogs_verticals_list_products_by_catalog_based_filter_request",
    "ConditionFilter": "condition_filter",
    "ContentType": "content_type",
    "ConversionAccessTokenResponse": "conversion_access_token_response",
    "ConversionApiResponse": "conversion_api_response",
    "ConversionApiResponseEvents": "conversion_api_response_events",
    "ConversionApiResponseEventsItem": "conversion_api_response",
    "ConversionAttributionWindowDays": "conversion_attribution_window_days",
    "ConversionEventAppInfo": "conversion_event_app_info",
    "ConversionEventDeviceInfo": "conversion_event_device_info",
    "ConversionEventResponse": "conversion_event_response",
    "ConversionEvents": "conversion_events",
    "ConversionEventsCustomData": "conversion_events_custom_data",
    "ConversionEventsCustomDataContents": "conversion_events_custom_data_contents",
    "ConversionEventsData": "conversion_events_data",
    "ConversionEventsDataItem": "conversion_events",
    "ConversionEventsDataItemCustomData": "conversion_events",
    "ConversionEventsDataItemCustomDataContentsItem": "conversion_events",
    "ConversionEventsUserData": "conversion_events_user_data",
    "ConversionEventsUserDataAnyOf": "conversion_events_user_data_any_of",
    "ConversionEventsUserDataAnyOf1": "conversion_events_user_data_any_of1",
    "ConversionEventsUserDataAnyOf2": "conversion_events_user_data_any_of2",
    "ConversionEventsUserDataProperties": "conversion_events_user_data_properties",
    "ConversionHealthSelectionItem": "conversion_health_selection_item",
    "ConversionMSOTEvents": "conversion_msot_events",
    "ConversionProductReportRequest": "conversion_product_report_request",
    "ConversionProductReportRequestConversionProductAttributionType": "conversion_product_report_request",
    "ConversionProductReportingColumn": "conversion_product_reporting_column",
    "ConversionReportAttributionType": "conversion_report_attribution_type",
    "ConversionReportTimeType": "conversion_report_time_type",
    "ConversionTag": "conversion_tag",
    "ConversionTagCommon": "conversion_tag_common",
    "ConversionTagConfigs": "conversion_tag_configs",
    "ConversionTagCreate": "conversion_tag_create",
    "ConversionTagListResponse": "conversion_tag_list_response",
    "ConversionTagResponse": "conversion_tag_response",
    "ConversionTagType": "conversion_tag_type",
    "ConversionTagsListResponse": "conversion_tags_list_response",
    "ConversionTagsOcpmEligibleResponse": "conversion_tags_ocpm_eligible_response",
    "Country": "country",
    "CountryFilter": "country_filter",
    "CreateAssetAccessRequestBody": "create_asset_access_request_body",
    "CreateAssetAccessRequestBodyAssetRequests": "create_asset_access_request_body_asset_requests",
    "CreateAssetAccessRequestBodyAssetRequestsItem": "create_asset_access_request_body",
    "CreateAssetAccessRequestErrorMessage": "create_asset_access_request_error_message",
    "CreateAssetAccessRequestErrorMessageItem": "create_asset_access_request_error_message",
    "CreateAssetAccessRequestResponse": "create_asset_access_request_response",
    "CreateAssetGroupBody": "create_asset_group_body",
    "CreateAssetGroupResponse": "create_asset_group_response",
    "CreateAssetInvitesRequest": "create_asset_invites_request",
    "CreateAssetInvitesRequestItem": "create_asset_invites_request_item",
    "CreateInvitesResultsResponseArray": "create_invites_results_response_array",
    "CreateInvitesResultsResponseArrayInvite": "create_invites_results_response_array_invite",
    "CreateInvitesResultsResponseArrayItems": "create_invites_results_response_array_items",
    "CreateInvitesResultsResponseArrayItemsItem": "create_invites_results_response_array",
    "CreateInvitesResultsResponseArrayItemsItemInvite": "create_invites_results_response_array",
    "CreateMMMReportRequest": "create_mmm_report_request",
    "CreateMMMReportRequestAllOf": "create_mmm_report_request_all_of",
    "CreateMMMReportResponse": "create_mmm_report_response",
    "CreateMMMReportResponseData": "create_mmm_report_response",
    "CreateMembershipOrPartnershipInvitesBody": "create_membership_or_partnership_invites_body",
    "CreativeAssetsIdFilter": "creative_assets_id_filter",
    "CreativeAssetsProcessingRecord": "creative_assets_processing_record",
    "CreativeAssetsVisibilityType": "creative_assets_visibility_type",
    "CreativeType": "creative_type",
    "Currency": "currency",
    "CurrencyFilter": "currency_filter",
    "CustomColumnId": "custom_column_id",
    "CustomLabel0Filter": "custom_label0_filter",
    "CustomLabel1Filter": "custom_label1_filter",
    "CustomLabel2Filter": "custom_label2_filter",
    "CustomLabel3Filter": "custom_label3_filter",
    "CustomLabel4Filter": "custom_label4_filter",
    "CustomNumber0Filter": "custom_number0_filter",
    "CustomNumber1Filter": "custom_number1_filter",
    "CustomNumber2Filter": "custom_number2_filter",
    "CustomNumber3Filter": "custom_number3_filter",
    "CustomNumber4Filter": "custom_number4_filter",
    "CustomerList": "customer_list",
    "CustomerListRequest": "customer_list_request",
    "CustomerListUpdateRequest": "customer_list_update_request",
    "CustomerListUpload": "customer_list_upload",
    "CustomerListUploadCreateRequest": "customer_list_upload_create_request",
    "CustomerListUploadCreateResponse": "customer_list_upload_create_response",
    "CustomerListUploadErrorCountsItem": "customer_list_upload",
    "CustomerListUploadRecordCounts": "customer_list_upload",
    "CustomerListUploadResponse": "customer_list_upload_response",
    "CustomerListUploadResponseErrorCountsItem": "customer_list_upload_response",
    "CustomerListUploadResponseRecordCounts": "customer_list_upload_response",
    "CustomerListsListResponse": "customer_lists_list_response",
    "CustomizableCTAType": "customizable_cta_type",
    "DataOutputFormat": "data_output_format",
    "DataStatus": "data_status",
    "DeleteAssetGroupBody": "delete_asset_group_body",
    "DeleteAssetGroupResponse": "delete_asset_group_response",
    "DeleteAssetGroupResponseExceptions": "delete_asset_group_response_exceptions",
    "DeleteAssetGroupResponseExceptionsItem": "delete_asset_group_response",
    "DeleteInvitesResultsResponseArray": "delete_invites_results_response_array",
    "DeleteInvitesResultsResponseArrayException": "delete_invites_results_response_array_exception",
    "DeleteInvitesResultsResponseArrayItems": "delete_invites_results_response_array_items",
    "DeleteInvitesResultsResponseArrayItemsItem": "delete_invites_results_response_array",
    "DeleteInvitesResultsResponseArrayItemsItemException": "delete_invites_results_response_array",
    "DeleteMemberAccessResult": "delete_member_access_result",
    "DeleteMemberAccessResultsResponseArray": "delete_member_access_results_response_array",
    "DeletePartnerAssetAccessBody": "delete_partner_asset_access_body",
    "DeletePartnerAssetAccessBodyAccesses": "delete_partner_asset_access_body_accesses",
    "DeletePartnerAssetAccessBodyAccessesItem": "delete_partner_asset_access_body",
    "DeletePartnerAssetsResult": "delete_partner_assets_result",
    "DeletePartnerAssetsResultsResponseArray": "delete_partner_assets_results_response_array",
    "DeletePartnersRequest": "delete_partners_request",
    "DeletePartnersResponse": "delete_partners_response",
    "DeletedMembersResponse": "deleted_members_response",
    "DeliveryMetricsResponse": "delivery_metrics_response",
    "DeliveryMetricsResponseItems": "delivery_metrics_response_items",
    "DeliveryMetricsResponseItemsItem": "delivery_metrics_response",
    "DetailedError": "detailed_error",
    "DisclosureType": "disclosure_type",
    "EnhancedMatchStatusType": "enhanced_match_status_type",
    "EntityId": "entity_id",
    "EntityStatus": "entity_status",
    "Error": "error",
    "ErrorResponse": "error_response",
    "EventData": "event_data",
    "EventQualityScore": "event_quality_score",
    "Exception": "exception",
    "FeaturedTrend": "featured_trend",
    "FeedFields": "feed_fields",
    "FeedFields1": "feed_fields1",
    "FeedFields2": "feed_fields2",
    "FeedProcessingResultsListResponse": "feed_processing_results_list_response",
    "FeedsCreateRequest": "feeds_create_request",
    "FeedsListResponse": "feeds_list_response",
    "FeedsUpdateRequest": "feeds_update_request",
    "FollowUserRequest": "follow_user_request",
    "FollowersListResponse": "followers_list_response",
    "Gender": "gender",
    "GenderBucket": "gender_bucket",
    "GenderDemographics": "gender_demographics",
    "GenderFilter": "gender_filter",
    "GenderList": "gender_list",
    "GetAudiencesOrderBy": "get_audiences_order_by",
    "GetBusinessAssetTypeResponse": "get_business_asset_type_response",
    "GetBusinessAssetsResponse": "get_business_assets_response",
    "GetBusinessAssetsResponseCatalogInfo": "get_business_assets_response",
    "GetBusinessEmployersResponse": "get_business_employers_response",
    "GetBusinessMembersResponse": "get_business_members_response",
    "GetBusinessPartnersResponse": "get_business_partners_response",
    "GetInvitesResponse": "get_invites_response",
    "GetMMMReportResponse": "get_mmm_report_response",
    "GetMMMReportResponseData": "get_mmm_report_response",
    "GetPartnerAssetsResponse": "get_partner_assets_response",
    "GoogleProductCategory0Filter": "google_product_category0_filter",
    "GoogleProductCategory1Filter": "google_product_category1_filter",
    "GoogleProductCategory2Filter": "google_product_category2_filter",
    "GoogleProductCategory3Filter": "google_product_category3_filter",
    "GoogleProductCategory4Filter": "google_product_category4_filter",
    "GoogleProductCategory5Filter": "google_product_category5_filter",
    "GoogleProductCategory6Filter": "google_product_category6_filter",
    "Granularity": "granularity",
    "GridClickType": "grid_click_type",
    "HotelIdFilter": "hotel_id_filter",
    "HotelProcessingRecord": "hotel_processing_record",
    "ImageBase64": "image_base64",
    "ImageDetails": "image_details",
    "ImageMetadata": "image_metadata",
    "ImageMetadataImages": "image_metadata_images",
    "ImageSize": "image_size",
    "IngestionSourceOptions": "ingestion_source_options",
    "InlineObject": "inline_object",
    "InlineObject1": "inline_object1",
    "InlineObject2": "inline_object2",
    "InlineObject3": "inline_object3",
    "InlineObject4": "inline_object4",
    "InlineResponse200": "inline_response200",
    "InlineResponse2001": "inline_response2001",
    "InnerProductCategoriesMetricsHighlights": "inner_product_categories_metrics_highlights",
    "IntegrationLog": "integration_log",
    "IntegrationLogClientError": "integration_log_client_error",
    "IntegrationLogClientRequest": "integration_log_client_request",
    "IntegrationLogsInvalidLogResponse": "integration_logs_invalid_log_response",
    "IntegrationLogsInvalidLogResponseRejectedLogs": "integration_logs_invalid_log_response_rejected_logs",
    "IntegrationLogsInvalidLogResponseRejectedLogsItem": "integration_logs_invalid_log_response",
    "IntegrationLogsRequest": "integration_logs_request",
    "IntegrationLogsSuccessResponse": "integration_logs_success_response",
    "IntegrationMetadata": "integration_metadata",
    "IntegrationRecord": "integration_record",
    "IntegrationRequest": "integration_request",
    "IntegrationRequestPatch": "integration_request_patch",
    "IntegrationsGetListResponse": "integrations_get_list_response",
    "Interest": "interest",
    "InterestsEnum": "interests_enum",
    "InviteAssetsSummary": "invite_assets_summary",
    "InviteAssetsSummaryAdAccounts": "invite_assets_summary_ad_accounts",
    "InviteAssetsSummaryAdAccountsItem": "invite_assets_summary",
    "InviteAssetsSummaryProfiles": "invite_assets_summary_profiles",
    "InviteAssetsSummaryProfilesItem": "invite_assets_summary",
    "InviteBusinessRoleBinding": "invite_business_role_binding",
    "InviteExceptionResponse": "invite_exception_response",
    "InviteResponse": "invite_response",
    "InviteStatus": "invite_status",
    "InviteType": "invite_type",
    "ItemAttributes": "item_attributes",
    "ItemAttributesAllOf": "item_attributes_all_of",
    "ItemAttributesRequest": "item_attributes_request",
    "ItemAttributesRequestAllOf": "item_attributes_request_all_of",
    "ItemAttributesRequestAllOf1": "item_attributes_request_all_of1",
    "ItemBatchRecord": "item_batch_record",
    "ItemCreateBatchRecord": "item_create_batch_record",
    "ItemDeleteBatchRecord": "item_delete_batch_record",
    "ItemDeleteDiscontinuedBatchRecord": "item_delete_discontinued_batch_record",
    "ItemGroupIdFilter": "item_group_id_filter",
    "ItemIdFilter": "item_id_filter",
    "ItemProcessingRecord": "item_processing_record",
    "ItemProcessingStatus": "item_processing_status",
    "ItemResponse": "item_response",
    "ItemResponseAnyOf": "item_response_any_of",
    "ItemResponseAnyOf1": "item_response_any_of1",
    "ItemResponseOption1": "item_response",
    "ItemResponseOption2": "item_response",
    "ItemUpdateBatchRecord": "item_update_batch_record",
    "ItemUpsertBatchRecord": "item_upsert_batch_record",
    "ItemValidationEvent": "item_validation_event",
    "ItemsBatchPostRequest": "items_batch_post_request",
    "ItemsIssuesListResponse": "items_issues_list_response",
    "Keyword": "keyword",
    "KeywordAllOf": "keyword_all_of",
    "KeywordError": "keyword_error",
    "KeywordList": "keyword_list",
    "KeywordMetrics": "keyword_metrics",
    "KeywordMetricsResponse": "keyword_metrics_response",
    "KeywordUpdate": "keyword_update",
    "KeywordUpdateBody": "keyword_update_body",
    "KeywordsCommon": "keywords_common",
    "KeywordsGetResponse": "keywords_get_response",
    "KeywordsMetricsArrayResponse": "keywords_metrics_array_response",
    "KeywordsRequest": "keywords_request",
    "KeywordsResponse": "keywords_response",
    "L1InterestList": "l1_interest_list",
    "Label": "label",
    "LabelCreateRequest": "label_create_request",
    "LabelCreateRequestLabels": "label_create_request_labels",
    "LabelCreateRequestLabelsItem": "label_create_request",
    "LabelError": "label_error",
    "LabelParentType": "label_parent_type",
    "LabelStatus": "label_status",
    "LabelType": "label_type",
    "LabelUpdateRequest": "label_update_request",
    "LabelUpdateRequestLabels": "label_update_request_labels",
    "LabelUpdateRequestLabelsItem": "label_update_request",
    "LabelsListResponse": "labels_list_response",
    "LabelsResponse": "labels_response",
    "Language": "language",
    "LeadFormArrayResponse": "lead_form_array_response",
    "LeadFormArrayResponseItems": "lead_form_array_response_items",
    "LeadFormArrayResponseItemsItem": "lead_form_array_response",
    "LeadFormCommon": "lead_form_common",
    "LeadFormCommonPolicyLinks": "lead_form_common_policy_links",
    "LeadFormCommonPolicyLinksItem": "lead_form_common",
    "LeadFormCreateRequest": "lead_form_create_request",
    "LeadFormQuestion": "lead_form_question",
    "LeadFormQuestionFieldType": "lead_form_question_field_type",
    "LeadFormQuestionType": "lead_form_question_type",
    "LeadFormResponse": "lead_form_response",
    "LeadFormResponseAllOf": "lead_form_response_all_of",
    "LeadFormStatus": "lead_form_status",
    "LeadFormTestRequest": "lead_form_test_request",
    "LeadFormTestResponse": "lead_form_test_response",
    "LeadFormUpdateRequest": "lead_form_update_request",
    "LeadFormUpdateRequestAllOf": "lead_form_update_request_all_of",
    "LeadFormsListResponse": "lead_forms_list_response",
    "LeadSubscription": "lead_subscription",
    "LeadSubscriptionPostParamsCreate": "lead_subscription_post_params_create",
    "LeadSubscriptionPostParamsCreateAllOf": "lead_subscription_post_params_create_all_of",
    "LeadSubscriptionPostParamsCreatePartnerMetadata": "lead_subscription_post_params_create_partner_metadata",
    "LeadsExportCreateRequest": "leads_export_create_request",
    "LeadsExportCreateResponse": "leads_export_create_response",
    "LeadsExportResponseData": "leads_export_response_data",
    "LeadsExportStatus": "leads_export_status",
    "LineItem": "line_item",
    "LinkedBusiness": "linked_business",
    "LocalStoreId": "local_store_id",
    "LocalStoreUpdate": "local_store_update",
    "LookbackPeriodOptions": "lookback_period_options",
    "MMMReportingColumn": "mmm_reporting_column",
    "MMMReportingTargetingType": "mmm_reporting_targeting_type",
    "MatchType": "match_type",
    "MatchTypeResponse": "match_type_response",
    "MaxPriceFilter": "max_price_filter",
    "Media": "media",
    "MediaListResponse": "media_list_response",
    "MediaType": "media_type",
    "MediaTypeFilter": "media_type_filter",
    "MediaUpload": "media_upload",
    "MediaUploadAllOf": "media_upload_all_of",
    "MediaUploadAllOfUploadParameters": "media_upload_all_of_upload_parameters",
    "MediaUploadCreate": "media_upload_create",
    "MediaUploadDetails": "media_upload_details",
    "MediaUploadParameters": "media_upload_parameters",
    "MediaUploadRequest": "media_upload_request",
    "MediaUploadStatus": "media_upload_status",
    "MediaUploadType": "media_upload_type",
    "MemberBusinessRole": "member_business_role",
    "MembersToDeleteBody": "members_to_delete_body",
    "MembersToDeleteBodyMembers": "members_to_delete_body_members",
    "MembersToDeleteBodyMembersItem": "members_to_delete_body",
    "Metrics": "metrics",
    "MetricsReportingLevel": "metrics_reporting_level",
    "MetricsResponse": "metrics_response",
    "MinPriceFilter": "min_price_filter",
    "NonDraftEntityStatus": "non_draft_entity_status",
    "NonNullableCatalogsCurrency": "non_nullable_catalogs_currency",
    "NonNullableProductAvailabilityType": "non_nullable_product_availability_type",
    "Notification": "notification",
    "NotificationPostRequest": "notification_post_request",
    "NotificationPostResponse": "notification_post_response",
    "NotificationResponse": "notification_response",
    "Notifications": "notifications",
    "NullableCatalogsItemFieldType": "nullable_catalogs_item_field_type",
    "NullableCurrency": "nullable_currency",
    "OauthAccessTokenRequest": "oauth_access_token_request",
    "OauthAccessTokenRequestClientCredentials": "oauth_access_token_request_client_credentials",
    "OauthAccessTokenRequestClientCredentialsAllOf": "oauth_access_token_request_client_credentials_all_of",
    "OauthAccessTokenRequestCode": "oauth_access_token_request_code",
    "OauthAccessTokenRequestCodeAllOf": "oauth_access_token_request_code_all_of",
    "OauthAccessTokenRequestRefresh": "oauth_access_token_request_refresh",
    "OauthAccessTokenRequestRefreshAllOf": "oauth_access_token_request_refresh_all_of",
    "OauthAccessTokenResponse": "oauth_access_token_response",
    "OauthAccessTokenResponseClientCredentials": "oauth_access_token_response_client_credentials",
    "OauthAccessTokenResponseCode": "oauth_access_token_response_code",
    "OauthAccessTokenResponseCodeAllOf": "oauth_access_token_response_code_all_of",
    "OauthAccessTokenResponseEverlastingRefresh": "oauth_access_token_response_everlasting_refresh",
    "OauthAccessTokenResponseEverlastingRefreshAllOf": "oauth_access_token_response_everlasting_refresh_all_of",
    "OauthAccessTokenResponseIntegrationRefresh": "oauth_access_token_response_integration_refresh",
    "OauthAccessTokenResponseIntegrationRefreshAllOf": "oauth_access_token_response_integration_refresh_all_of",
    "OauthAccessTokenResponseRefresh": "oauth_access_token_response_refresh",
    "OauthAccessTokenResponseRefreshAllOf": "oauth_access_token_response_refresh_all_of",
    "OauthAccessTokenResponseRefreshAllOf1": "oauth_access_token_response_refresh_all_of1",
    "ObjectiveType": "objective_type",
    "OperationType": "operation_type",
    "OptimizationGoalMetadata": "optimization_goal_metadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadata": "optimization_goal_metadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows": "optimization_goal_metadata",
    "OptimizationGoalMetadataFrequencyGoalMetadata": "optimization_goal_metadata",
    "OptimizationGoalMetadataScrollupGoalMetadata": "optimization_goal_metadata",
    "OrderLine": "order_line",
    "OrderLineAllOf": "order_line_all_of",
    "OrderLineError": "order_line_error",
    "OrderLinePaidType": "order_line_paid_type",
    "OrderLineResponse": "order_line_response",
    "OrderLineSingleResponse": "order_line_single_response",
    "OrderLineStatus": "order_line_status",
    "OrderLines": "order_lines",
    "OrderLinesArrayResponse": "order_lines_array_response",
    "OrderLinesListResponse": "order_lines_list_response",
    "OverallStatusOptions": "overall_status_options",
    "PacingDeliveryType": "pacing_delivery_type",
    "PageVisitConversionTagsGetResponse": "page_visit_conversion_tags_get_response",
    "Paginated": "paginated",
    "PartnerType": "partner_type",
    "Permissions": "permissions",
    "PermissionsResponse": "permissions_response",
    "PermissionsWithOwner": "permissions_with_owner",
    "Pin": "pin",
    "PinAnalyticsMetricsResponse": "pin_analytics_metrics_response",
    "PinAnalyticsMetricsResponseDailyMetrics": "pin_analytics_metrics_response_daily_metrics",
    "PinAnalyticsMetricsResponseDailyMetricsItem": "pin_analytics_metrics_response",
    "PinAnalyticsResponse": "pin_analytics_response",
    "PinCreate": "pin_create",
    "PinMedia": "pin_media",
    "PinMediaBase": "pin_media_base",
    "PinMediaMetadata": "pin_media_metadata",
    "PinMediaSource": "pin_media_source",
    "PinMediaSourceImageBase64": "pin_media_source_image_base64",
    "PinMediaSourceImageURL": "pin_media_source_image_url",
    "PinMediaSourceImagesBase64": "pin_media_source_images_base64",
    "PinMediaSourceImagesBase64Item": "pin_media_source_images_base64_item",
    "PinMediaSourceImagesBase64Items": "pin_media_source_images_base64_items",
    "PinMediaSourceImagesURL": "pin_media_source_images_url",
    "PinMediaSourceImagesURLItem": "pin_media_source_images_url_item",
    "PinMediaSourceImagesURLItems": "pin_media_source_images_url_items",
    "PinMediaSourcePinURL": "pin_media_source_pin_url",
    "PinMediaSourceVideoID": "pin_media_source_video_id",
    "PinMediaWithImage": "pin_media_with_image",
    "PinMediaWithImageAllOf": "pin_media_with_image_all_of",
    "PinMediaWithImageAndVideo": "pin_media_with_image_and_video",
    "PinMediaWithImageAndVideoAllOf": "pin_media_with_image_and_video_all_of",
    "PinMediaWithImages": "pin_media_with_images",
    "PinMediaWithImagesAllOf": "pin_media_with_images_all_of",
    "PinMediaWithVideo": "pin_media_with_video",
    "PinMediaWithVideoAllOf": "pin_media_with_video_all_of",
    "PinMediaWithVideos": "pin_media_with_videos",
    "PinMediaWithVideosAllOf": "pin_media_with_videos_all_of",
    "PinPromotionSummaryStatus": "pin_promotion_summary_status",
    "PinUpdate": "pin_update",
    "PinUpdateCarouselSlots": "pin_update_carousel_slots",
    "PinsListResponse": "pins_list_response",
    "PinsSaveRequest": "pins_save_request",
    "PinterestLibError": "pinterest_lib_error",
    "PinterestLibIntegerFormatType": "pinterest_lib_integer_format_type",
    "PinterestLibPaginationOrder": "pinterest_lib_pagination_order",
    "PinterestLibStatus204": "pinterest_lib_status204",
    "PinterestTagEventData": "pinterest_tag_event_data",
    "PlacementGroupType": "placement_group_type",
    "PlacementMultipliers": "placement_multipliers",
    "PriceFilter": "price_filter",
    "PriceFilterPRICE": "price_filter",
    "ProductAvailabilityType": "product_availability_type",
    "ProductCategoriesDemographic": "product_categories_demographic",
    "ProductCategoriesEngagementType": "product_categories_engagement_type",
    "ProductCategoriesMetricsHighlights": "product_categories_metrics_highlights",
    "ProductCategoryDetailLookbackWindow": "product_category_detail_lookback_window",
    "ProductCategoryDetails": "product_category_details",
    "ProductCategoryEnum": "product_category_enum",
    "ProductCategoryRegion": "product_category_region",
    "ProductGroupAnalyticsResponse": "product_group_analytics_response",
    "ProductGroupAnalyticsResponseItem": "product_group_analytics_response",
    "ProductGroupPromotion": "product_group_promotion",
    "ProductGroupPromotionArrayElement": "product_group_promotion_array_element",
    "ProductGroupPromotionArrayResponse": "product_group_promotion_array_response",
    "ProductGroupPromotionCommon": "product_group_promotion_common",
    "ProductGroupPromotionCreateRequest": "product_group_promotion_create_request",
    "ProductGroupPromotionCreateRequestElement": "product_group_promotion_create_request_element",
    "ProductGroupPromotionCreateRequestElementAllOf": "product_group_promotion_create_request_element_all_of",
    "ProductGroupPromotionResponse": "product_group_promotion_response",
    "ProductGroupPromotionResponseElement": "product_group_promotion_response_element",
    "ProductGroupPromotionResponseItem": "product_group_promotion_response_item",
    "ProductGroupPromotionUpdateItem": "product_group_promotion_update_item",
    "ProductGroupPromotionUpdateRequest": "product_group_promotion_update_request",
    "ProductGroupPromotionUpdateResponseItem": "product_group_promotion_update_response_item",
    "ProductGroupPromotionsListResponse": "product_group_promotions_list_response",
    "ProductGroupReferenceFilter": "product_group_reference_filter",
    "ProductGroupSummaryStatus": "product_group_summary_status",
    "ProductGroupsCreateRequestFeedBaseCase": "product_groups_create_request_feed_base_case",
    "ProductTag": "product_tag",
    "ProductType0Filter": "product_type0_filter",
    "ProductType1Filter": "product_type1_filter",
    "ProductType2Filter": "product_type2_filter",
    "ProductType3Filter": "product_type3_filter",
    "ProductType4Filter": "product_type4_filter",
    "ProductsByProductGroupFilterListResponse": "products_by_product_group_filter_list_response",
    "PromotionArrayElement": "promotion_array_element",
    "PromotionCommon": "promotion_common",
    "PromotionCreateRequest": "promotion_create_request",
    "PromotionResponse": "promotion_response",
    "PromotionResponseAllOf": "promotion_response_all_of",
    "PromotionTemplateValue": "promotion_template_value",
    "PromotionType": "promotion_type",
    "PromotionUpdateRequest": "promotion_update_request",
    "PromotionUpdateRequestAllOf": "promotion_update_request_all_of",
    "PromotionsListResponse": "promotions_list_response",
    "PromotionsResponse": "promotions_response",
    "QualityComponentDetails": "quality_component_details",
    "QualityComponentIssue": "quality_component_issue",
    "QualityComponents": "quality_components",
    "QuizPinData": "quiz_pin_data",
    "QuizPinOption": "quiz_pin_option",
    "QuizPinQuestion": "quiz_pin_question",
    "QuizPinResult": "quiz_pin_result",
    "RelatedTerms": "related_terms",
    "RelatedTermsRelatedTermsList": "related_terms_related_terms_list",
    "RelatedTermsRelatedTermsListItem": "related_terms",
    "ReportingColumnAsync": "reporting_column_async",
    "ReportingTimeZone": "reporting_time_zone",
    "ReportsStatsParameters": "reports_stats_parameters",
    "ReportsStatsResponse": "reports_stats_response",
    "ResourceError": "resource_error",
    "ResourceIdToRoles": "resource_id_to_roles",
    "RespondToInvitesResponseArray": "respond_to_invites_response_array",
    "RespondToInvitesResponseArrayItems": "respond_to_invites_response_array_items",
    "RespondToInvitesResponseArrayItemsItem": "respond_to_invites_response_array",
    "Role": "role",
    "S3FilePart": "s3_file_part",
    "S3MultipartUploadData": "s3_multipart_upload_data",
    "SSIOAccountAddress": "ssio_account_address",
    "SSIOAccountItem": "ssio_account_item",
    "SSIOAccountPMPName": "ssio_account_pmp_name",
    "SSIOAccountResponse": "ssio_account_response",
    "SSIOCreateInsertionOrderRequest": "ssio_create_insertion_order_request",
    "SSIOCreateInsertionOrderRequestAllOf": "ssio_create_insertion_order_request_all_of",
    "SSIOCreateInsertionOrderResponse": "ssio_create_insertion_order_response",
    "SSIOEditInsertionOrderRequest": "ssio_edit_insertion_order_request",
    "SSIOEditInsertionOrderRequestAllOf": "ssio_edit_insertion_order_request_all_of",
    "SSIOEditInsertionOrderResponse": "ssio_edit_insertion_order_response",
    "SSIOInsertionOrderCommon": "ssio_insertion_order_common",
    "SSIOInsertionOrderStatus": "ssio_insertion_order_status",
    "SSIOInsertionOrderStatusResponse": "ssio_insertion_order_status_response",
    "SSIOOrderLine": "ssio_order_line",
    "SearchPartnerPinsResponse": "search_partner_pins_response",
    "SearchUserBoardsGetResponse": "search_user_boards_get_response",
    "SearchUserPinsListResponse": "search_user_pins_list_response",
    "SharedAudience": "shared_audience",
    "SharedAudience1": "shared_audience1",
    "SharedAudienceAccount": "shared_audience_account",
    "SharedAudienceCommon": "shared_audience_common",
    "SharedAudienceResponse": "shared_audience_response",
    "SharedAudienceResponse1": "shared_audience_response1",
    "SharedAudienceResponseCommon": "shared_audience_response_common",
    "SharedAudiencesForBusinessListResponse": "shared_audiences_for_business_list_response",
    "SingleInterestTargetingOptionResponse": "single_interest_targeting_option_response",
    "SourcePlatformOptions": "source_platform_options",
    "SsioInsertionOrdersStatusGetByAdAccountResponse": "ssio_insertion_orders_status_get_by_ad_account_response",
    "SsioOrderLinesGetByAdAccountResponse": "ssio_order_lines_get_by_ad_account_response",
    "SummaryPin": "summary_pin",
    "SystemUserUpdateRequest": "system_user_update_request",
    "TargetingAdvertiserCountry": "targeting_advertiser_country",
    "TargetingOptionResponse": "targeting_option_response",
    "TargetingSpec": "targeting_spec",
    "TargetingSpec1": "targeting_spec1",
    "TargetingSpecAgeBucket": "targeting_spec_age_bucket",
    "TargetingSpecAppType": "targeting_spec_app_type",
    "TargetingSpecGender": "targeting_spec_gender",
    "TargetingSpecOperationAgeBucket": "targeting_spec_operation_age_bucket",
    "TargetingSpecOperationAppType": "targeting_spec_operation_app_type",
    "TargetingSpecOperationGender": "targeting_spec_operation_gender",
    "TargetingSpecOperationList": "targeting_spec_operation_list",
    "TargetingSpecOperationMinMaxAge": "targeting_spec_operation_min_max_age",
    "TargetingSpecOperationShoppingRetargeting": "targeting_spec_operation_shopping_retargeting",
    "TargetingSpecOperationString": "targeting_spec_operation_string",
    "TargetingSpecSHOPPINGRETARGETING": "targeting_spec_shoppingretargeting",
    "TargetingSpecSHOPPINGRETARGETING1": "targeting_spec_shoppingretargeting1",
    "TargetingSpecShoppingRetargeting": "targeting_spec_shopping_retargeting",
    "TargetingTemplateAudienceSizing": "targeting_template_audience_sizing",
    "TargetingTemplateAudienceSizingReachEstimate": "targeting_template_audience_sizing",
    "TargetingTemplateCommon": "targeting_template_common",
    "TargetingTemplateCreate": "targeting_template_create",
    "TargetingTemplateCreateAllOf": "targeting_template_create_all_of",
    "TargetingTemplateGetResponseData": "targeting_template_get_response_data",
    "TargetingTemplateGetResponseData1": "targeting_template_get_response_data1",
    "TargetingTemplateKeyword": "targeting_template_keyword",
    "TargetingTemplateListResponse": "targeting_template_list_response",
    "TargetingTemplateResponseData": "targeting_template_response_data",
    "TargetingTemplateResponseData1": "targeting_template_response_data1",
    "TargetingTemplateUpdateRequest": "targeting_template_update_request",
    "TargetingTypeFilter": "targeting_type_filter",
    "TemplateBasedReport": "template_based_report",
    "TemplateResponse": "template_response",
    "TemplateResponseDateRange": "template_response",
    "TemplateResponseDateRangeAbsoluteDateRange": "template_response",
    "TemplateResponseDateRangeDynamicDateRange": "template_response",
    "TemplateResponseDateRangeRelativeDateRange": "template_response",
    "TemplatesListResponse": "templates_list_response",
    "TermsOfService": "terms_of_service",
    "TermsSuggestedResponse": "terms_suggested_response",
    "TitleKeywordsFilter": "title_keywords_filter",
    "TokenRevocationRequest": "token_revocation_request",
    "TopPinsAnalyticsResponse": "top_pins_analytics_response",
    "TopPinsAnalyticsResponseDateAvailability": "top_pins_analytics_response",
    "TopPinsAnalyticsResponsePins": "top_pins_analytics_response_pins",
    "TopPinsAnalyticsResponsePinsItem": "top_pins_analytics_response",
    "TopVideoPinsAnalyticsResponse": "top_video_pins_analytics_response",
    "TopVideoPinsAnalyticsResponseDateAvailability": "top_video_pins_analytics_response",
    "TopVideoPinsAnalyticsResponsePins": "top_video_pins_analytics_response_pins",
    "TopVideoPinsAnalyticsResponsePinsItem": "top_video_pins_analytics_response",
    "TrackingUrls": "tracking_urls",
    "TrendType": "trend_type",
    "TrendingKeyword": "trending_keyword",
    "TrendingKeywordsResponse": "trending_keywords_response",
    "TrendingKeywordsResponseTrends": "trending_keywords_response_trends",
    "TrendingKeywordsResponseTrendsItem": "trending_keywords_response",
    "TrendingKeywordsResponseTrendsItemDemographics": "trending_keywords_response",
    "TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution": "trending_keywords_response",
    "TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution": "trending_keywords_response",
    "TrendingKeywordsResponseTrendsItemPredictedTimeSeries": "trending_keywords_response",
    "TrendingKeywordsResponseTrendsItemTimeSeries": "trending_keywords_response",
    "TrendingPin": "trending_pin",
    "TrendingProductCategory": "trending_product_category",
    "TrendingTopic": "trending_topic",
    "TrendsSupportedRegion": "trends_supported_region",
    "UpdatableItemAttributes": "updatable_item_attributes",
    "UpdateAssetGroupBody": "update_asset_group_body",
    "UpdateAssetGroupBodyAssetGroupsToUpdate": "update_asset_group_body_asset_groups_to_update",
    "UpdateAssetGroupBodyAssetGroupsToUpdateItem": "update_asset_group_body",
    "UpdateAssetGroupResponse": "update_asset_group_response",
    "UpdateAssetGroupResponseExceptions": "update_asset_group_response_exceptions",
    "UpdateAssetGroupResponseExceptionsItem": "update_asset_group_response",
    "UpdateInvitesResultsResponseArray": "update_invites_results_response_array",
    "UpdateInvitesResultsResponseArrayItems": "update_invites_results_response_array_items",
    "UpdateInvitesResultsResponseArrayItemsItem": "update_invites_results_response_array",
    "UpdateMaskBidOptionField": "update_mask_bid_option_field",
    "UpdateMaskFieldType": "update_mask_field_type",
    "UpdateMemberAssetAccessBody": "update_member_asset_access_body",
    "UpdateMemberAssetAccessBodyAccesses": "update_member_asset_access_body_accesses",
    "UpdateMemberAssetAccessBodyAccessesItem": "update_member_asset_access_body",
    "UpdateMemberAssetsResultsResponseArray": "update_member_assets_results_response_array",
    "UpdateMemberAssetsResultsResponseArrayItems": "update_member_assets_results_response_array_items",
    "UpdateMemberAssetsResultsResponseArrayItemsItem": "update_member_assets_results_response_array",
    "UpdateMemberBusinessRoleBody": "update_member_business_role_body",
    "UpdateMemberResult": "update_member_result",
    "UpdateMemberResultsResponseArray": "update_member_results_response_array",
    "UpdatePartnerAssetAccessBody": "update_partner_asset_access_body",
    "UpdatePartnerAssetAccessBodyAccesses": "update_partner_asset_access_body_accesses",
    "UpdatePartnerAssetAccessBodyAccessesItem": "update_partner_asset_access_body",
    "UpdatePartnerAssetsResult": "update_partner_assets_result",
    "UpdatePartnerAssetsResultsResponseArray": "update_partner_assets_results_response_array",
    "UpdatePartnerResultsResponseArray": "update_partner_results_response_array",
    "UpdatePartnerResultsResponseArrayItems": "update_partner_results_response_array_items",
    "UpdatePartnerResultsResponseArrayItemsItem": "update_partner_results_response_array",
    "UserAccountFollowedInterestsResponse": "user_account_followed_interests_response",
    "UserBusinessRoleBinding": "user_business_role_binding",
    "UserFollowingFeedType": "user_following_feed_type",
    "UserFollowingGetResponse": "user_following_get_response",
    "UserListOperationType": "user_list_operation_type",
    "UserListType": "user_list_type",
    "UserSingleAssetBinding": "user_single_asset_binding",
    "UserSummary": "user_summary",
    "UserWebsiteSummary": "user_website_summary",
    "UserWebsiteVerificationCode": "user_website_verification_code",
    "UserWebsiteVerifyRequest": "user_website_verify_request",
    "UserWebsitesGetResponse": "user_websites_get_response",
    "UsersForIndividualAssetResponse": "users_for_individual_asset_response",
    "VerticalProductCategory": "vertical_product_category",
    "VideoMetadata": "video_metadata",
    "VideoMetadataWithItemType": "video_metadata_with_item_type",
}

__all__ = [
    "Account",
    "ActionType",
    "AdAccount",
    "AdAccountAnalyticsResponse",
    "AdAccountAnalyticsResponseItem",
    "AdAccountCreate",
    "AdAccountCreateRequest",
    "AdAccountCreateSubscriptionRequest",
    "AdAccountCreateSubscriptionRequestPartnerMetadata",
    "AdAccountCreateSubscriptionResponse",
    "AdAccountGetSubscriptionResponse",
    "AdAccountOwner",
    "AdAccountsAudiencesSharedAccountsListResponse",
    "AdAccountsCountryResponse",
    "AdAccountsCountryResponseData",
    "AdAccountsListResponse",
    "AdAccountsSubscriptionsGetListResponse",
    "AdArrayResponse",
    "AdArrayResponseElement",
    "AdCommon",
    "AdCountry",
    "AdCreateRequest",
    "AdGroupArrayResponse",
    "AdGroupArrayResponseElement",
    "AdGroupAudienceSizingRequest",
    "AdGroupAudienceSizingRequestKeywordsItem",
    "AdGroupAudienceSizingResponse",
    "AdGroupCommon",
    "AdGroupCreateRequest",
    "AdGroupIdFilter",
    "AdGroupResponse",
    "AdGroupSummaryStatus",
    "AdGroupUpdateRequest",
    "AdGroupsAnalyticsResponse",
    "AdGroupsAnalyticsResponseItem",
    "AdGroupsListResponse",
    "AdPinAnalytics",
    "AdPinId",
    "AdPinsAnalyticsResponse",
    "AdPreviewRequest",
    "AdPreviewRequestAdPreviewCreateFromImage",
    "AdPreviewRequestAdPreviewCreateFromPin",
    "AdPreviewRequestAdPreviewShopping",
    "AdPreviewURLResponse",
    "AdResponse",
    "AdUpdateRequest",
    "AdsAnalyticsAdGroupTargetingType",
    "AdsAnalyticsAdTargetingType",
    "AdsAnalyticsCampaignTargetingType",
    "AdsAnalyticsCreateAsyncRequest",
    "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem",
    "AdsAnalyticsCreateAsyncResponse",
    "AdsAnalyticsFilterColumn",
    "AdsAnalyticsFilterOperator",
    "AdsAnalyticsGetAsyncResponse",
    "AdsAnalyticsMetricsFilter",
    "AdsAnalyticsResponse",
    "AdsAnalyticsResponseItem",
    "AdsAnalyticsTargetingType",
    "AdsCreditDiscountsResponse",
    "AdsCreditRedeemRequest",
    "AdsCreditRedeemResponse",
    "AdsCreditsDiscountsGetResponse",
    "AdsListResponse",
    "AdvancedAuctionBidOptions",
    "AdvancedAuctionItem",
    "AdvancedAuctionItems",
    "AdvancedAuctionItemsGetRecord",
    "AdvancedAuctionItemsGetRequest",
    "AdvancedAuctionItemsSubmitDeleteRecord",
    "AdvancedAuctionItemsSubmitRecord",
    "AdvancedAuctionItemsSubmitRequest",
    "AdvancedAuctionItemsSubmitUpsertRecord",
    "AdvancedAuctionKey",
    "AdvancedAuctionOperation",
    "AdvancedAuctionOperationError",
    "AdvancedAuctionProcessedItem",
    "AdvancedAuctionProcessedItems",
    "AdvertiserDefinedEventsGetResponse",
    "AdvertiserDefinedEventsGetResponseItemsItem",
    "AgeBucketList",
    "AgeTrendsBucket",
    "AmazonConnectRequest",
    "AnalyticsDailyMetrics",
    "AnalyticsMetricsResponse",
    "AnalyticsResponse",
    "AppTypeMultipliers",
    "AssetGroupBinding",
    "AssetGroupType",
    "AssetGroupTypes",
    "AssetIdPermissions",
    "AssetIdToPermissions",
    "AssetTypeResponse",
    "Audience",
    "AudienceAccountType",
    "AudienceCategory",
    "AudienceCategorySubcategoriesItem",
    "AudienceCommon",
    "AudienceCreateCustomRequest",
    "AudienceCreateRequest",
    "AudienceDataParty",
    "AudienceDefinition",
    "AudienceDefinitionResponse",
    "AudienceDefinitionScope",
    "AudienceDefinitionType",
    "AudienceDemographicValue",
    "AudienceDemographics",
    "AudienceDescription",
    "AudienceInsightCategoryArrayResponse",
    "AudienceInsightCategoryCommon",
    "AudienceInsightType",
    "AudienceInsightsResponse",
    "AudienceRule",
    "AudienceShareType",
    "AudienceSharingType",
    "AudienceType",
    "AudienceUpdateOperationType",
    "AudienceUpdateRequest",
    "AudiencesListResponse",
    "AuthRespondInvitesBody",
    "AuthRespondInvitesBodyInvitesItem",
    "AuthRespondInvitesBodyInvitesItemAction",
    "AvailabilityFilter",
    "BaseInviteDataResponse",
    "BaseInviteDataResponseInviteData",
    "BatchOperation",
    "BatchOperationStatus",
    "BidFloor",
    "BidFloorRequest",
    "BidFloorRequestBidFloorSpecsItem",
    "BidInMicroCurrency",
    "BillingInvoiceDownloadResponse",
    "BillingInvoiceResponse",
    "BillingInvoicesGetResponse",
    "BillingProfilesGetResponse",
    "BillingProfilesResponse",
    "Board",
    "BoardBase",
    "BoardCategoriesEnum",
    "BoardCreate",
    "BoardInfo",
    "BoardMedia",
    "BoardOwner",
    "BoardPrivacy",
    "BoardPrivacyFilter",
    "BoardSection",
    "BoardSectionsListPinsResponse",
    "BoardSectionsListResponse",
    "BoardUpdate",
    "BoardUpdatePrivacy",
    "BoardWithUpdatePrivacy",
    "BoardWithUpdatePrivacyUpdate",
    "BoardsListPinsResponse",
    "BoardsListResponse",
    "BoardsUserFollowsListResponse",
    "BookClosedResponse",
    "BrandAccountsCreateRequest",
    "BrandAccountsCreateRequestProfileImage",
    "BrandAccountsCreateResponse",
    "BrandAccountsUpdateRequest",
    "BrandAccountsUpdateRequestProfileImage",
    "BrandAccountsUpdateResponse",
    "BrandFilter",
    "BudgetType",
    "BulkDownloadRequest",
    "BulkDownloadRequestCampaignFilter",
    "BulkDownloadResponse",
    "BulkEntityType",
    "BulkOutputFormat",
    "BulkPinAnalyticsResponse",
    "BulkReportingJobStatus",
    "BulkUpsertRequest",
    "BulkUpsertRequestCreate",
    "BulkUpsertRequestCreateCatalogProductGroupsItem",
    "BulkUpsertRequestUpdate",
    "BulkUpsertRequestUpdateCatalogProductGroupsItem",
    "BulkUpsertRequestUpdateLabelsItem",
    "BulkUpsertResponse",
    "BulkUpsertStatus",
    "BulkUpsertStatusResponse",
    "BusinessAccessError",
    "BusinessAccessRole",
    "BusinessAccessUserSummary",
    "BusinessAccountAudiencesSharedAccountsListResponse",
    "BusinessAssetMembersGetResponse",
    "BusinessAssetPartnersGetResponse",
    "BusinessAssetsGetResponse",
    "BusinessMemberAssetsGetResponse",
    "BusinessMemberAssetsSummary",
    "BusinessMemberAssetsSummaryAdAccountsItem",
    "BusinessMemberAssetsSummaryProfilesItem",
    "BusinessMembersAssetAccessDeleteRequest",
    "BusinessMembersAssetAccessDeleteRequestAccessesItem",
    "BusinessPartnerAssetAccessGetResponse",
    "BusinessRole",
    "BusinessRoleCheckMode",
    "BusinessRoleForMembers",
    "BusinessRoleResponse",
    "BusinessSharedAudience",
    "BusinessSharedAudienceResponse",
    "CampaignAudienceMultipliers",
    "CampaignBidOptions",
    "CampaignBidOptionsCreate",
    "CampaignBidOptionsUpdate",
    "CampaignCommon",
    "CampaignCreateCommon",
    "CampaignCreateRequest",
    "CampaignCreateResponse",
    "CampaignCreateResponseData",
    "CampaignCreateResponseItem",
    "CampaignId",
    "CampaignIdFilter",
    "CampaignIsAutomatedCampaign",
    "CampaignIsCampaignBudgetOptimization",
    "CampaignIsFlexibleDailyBudgets",
    "CampaignObjectivesFilter",
    "CampaignResponse",
    "CampaignSummaryStatus",
    "CampaignUpdateRequest",
    "CampaignUpdateResponse",
    "CampaignsAnalyticsResponse",
    "CampaignsAnalyticsResponseItem",
    "CampaignsListResponse",
    "CancelInvitesBody",
    "CarouselSlot",
    "Catalog",
    "CatalogProductGroup",
    "CatalogsAvailableFilterValues",
    "CatalogsCreateCreativeAssetsItem",
    "CatalogsCreateHotelItem",
    "CatalogsCreateReportResponse",
    "CatalogsCreateRequest",
    "CatalogsCreateRetailItem",
    "CatalogsCreativeAssetsAttributes",
    "CatalogsCreativeAssetsAvailableFilterValues",
    "CatalogsCreativeAssetsAvailableFilterValuesFilterValues",
    "CatalogsCreativeAssetsBatchItem",
    "CatalogsCreativeAssetsBatchRequest",
    "CatalogsCreativeAssetsFeed",
    "CatalogsCreativeAssetsFeedsCreateRequest",
    "CatalogsCreativeAssetsFeedsUpdateRequest",
    "CatalogsCreativeAssetsItemErrorResponse",
    "CatalogsCreativeAssetsItemResponse",
    "CatalogsCreativeAssetsItemsBatch",
    "CatalogsCreativeAssetsItemsFilter",
    "CatalogsCreativeAssetsItemsPostFilter",
    "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest",
    "CatalogsCreativeAssetsProduct",
    "CatalogsCreativeAssetsProductGroup",
    "CatalogsCreativeAssetsProductGroupCreateRequest",
    "CatalogsCreativeAssetsProductGroupFilterKeys",
    "CatalogsCreativeAssetsProductGroupFilters",
    "CatalogsCreativeAssetsProductGroupFiltersAllOf",
    "CatalogsCreativeAssetsProductGroupFiltersAnyOf",
    "CatalogsCreativeAssetsProductGroupProductCounts",
    "CatalogsCreativeAssetsProductGroupUpdateRequest",
    "CatalogsCreativeAssetsProductMetadata",
    "CatalogsDbItem",
    "CatalogsDeleteCreativeAssetsItem",
    "CatalogsDeleteHotelItem",
    "CatalogsDeleteRetailItem",
    "CatalogsFeed",
    "CatalogsFeedCredentials",
    "CatalogsFeedIngestion",
    "CatalogsFeedIngestionDetails",
    "CatalogsFeedIngestionErrors",
    "CatalogsFeedIngestionInfo",
    "CatalogsFeedIngestionWarnings",
    "CatalogsFeedProcessingResult",
    "CatalogsFeedProcessingSchedule",
    "CatalogsFeedProcessingStatus",
    "CatalogsFeedProductCounts",
    "CatalogsFeedValidationDetails",
    "CatalogsFeedValidationErrors",
    "CatalogsFeedValidationWarnings",
    "CatalogsFeedVideoCounts",
    "CatalogsFeedsCreateRequest",
    "CatalogsFeedsUpdateRequest",
    "CatalogsFormat",
    "CatalogsHotelAddress",
    "CatalogsHotelAttributes",
    "CatalogsHotelAttributesMainImage",
    "CatalogsHotelAvailableFilterValues",
    "CatalogsHotelAvailableFilterValuesFilterValues",
    "CatalogsHotelBatchItem",
    "CatalogsHotelBatchRequest",
    "CatalogsHotelFeed",
    "CatalogsHotelFeedsCreateRequest",
    "CatalogsHotelFeedsUpdateRequest",
    "CatalogsHotelGuestRatings",
    "CatalogsHotelItemErrorResponse",
    "CatalogsHotelItemResponse",
    "CatalogsHotelItemsBatch",
    "CatalogsHotelItemsFilter",
    "CatalogsHotelItemsPostFilter",
    "CatalogsHotelListProductsByCatalogBasedFilterRequest",
    "CatalogsHotelProduct",
    "CatalogsHotelProductGroup",
    "CatalogsHotelProductGroupCreateRequest",
    "CatalogsHotelProductGroupFilterKeys",
    "CatalogsHotelProductGroupFilters",
    "CatalogsHotelProductGroupFiltersAllOf",
    "CatalogsHotelProductGroupFiltersAnyOf",
    "CatalogsHotelProductGroupProductCounts",
    "CatalogsHotelProductGroupType",
    "CatalogsHotelProductGroupUpdateRequest",
    "CatalogsHotelProductMetadata",
    "CatalogsHotelReportParameters",
    "CatalogsHotelReportParametersReport",
    "CatalogsHotelReportStatsParameters",
    "CatalogsHotelReportStatsParametersReport",
    "CatalogsItemValidationDetails",
    "CatalogsItemValidationErrors",
    "CatalogsItemValidationIssue",
    "CatalogsItemValidationIssues",
    "CatalogsItemValidationWarnings",
    "CatalogsItems",
    "CatalogsItemsBatch",
    "CatalogsItemsBatchRequest",
    "CatalogsItemsCreateBatchRequest",
    "CatalogsItemsDeleteBatchRequest",
    "CatalogsItemsDeleteDiscontinuedBatchRequest",
    "CatalogsItemsFilters",
    "CatalogsItemsPostFilters",
    "CatalogsItemsRequest",
    "CatalogsItemsUpdateBatchRequest",
    "CatalogsItemsUpsertBatchRequest",
    "CatalogsListProductsByFeedBasedFilter",
    "CatalogsListProductsByFilterRequest",
    "CatalogsListResponse",
    "CatalogsLocale",
    "CatalogsProduct",
    "CatalogsProductGroup",
    "CatalogsProductGroupCatalogsProductGroupFeedBasedCase",
    "CatalogsProductGroupCatalogsProductGroupMerchantBasedCase",
    "CatalogsProductGroupCreateRequest",
    "CatalogsProductGroupCurrencyCriteria",
    "CatalogsProductGroupFilterKeys",
    "CatalogsProductGroupFilterOperatorTypeCriteria",
    "CatalogsProductGroupFilters",
    "CatalogsProductGroupFiltersAllOf",
    "CatalogsProductGroupFiltersAllOfRequest",
    "CatalogsProductGroupFiltersAllOfRequestOption1",
    "CatalogsProductGroupFiltersAllOfRequestOption2",
    "CatalogsProductGroupFiltersAnyOf",
    "CatalogsProductGroupFiltersRequest",
    "CatalogsProductGroupFiltersRequestAllOf",
    "CatalogsProductGroupFiltersRequestAnyOf",
    "CatalogsProductGroupMultipleCountriesCriteria",
    "CatalogsProductGroupMultipleGenderCriteria",
    "CatalogsProductGroupMultipleMediaTypesCriteria",
    "CatalogsProductGroupMultipleStringCriteria",
    "CatalogsProductGroupMultipleStringListCriteria",
    "CatalogsProductGroupPinsListResponse",
    "CatalogsProductGroupPricingCriteria",
    "CatalogsProductGroupProductCounts",
    "CatalogsProductGroupProductCountsVertical",
    "CatalogsProductGroupStatus",
    "CatalogsProductGroupType",
    "CatalogsProductGroupUint32Criteria",
    "CatalogsProductGroupUpdateRequest",
    "CatalogsProductGroupsCreateManyRequestItem",
    "CatalogsProductGroupsCreateRequest",
    "CatalogsProductGroupsListResponse",
    "CatalogsProductGroupsUpdateRequest",
    "CatalogsReport",
    "CatalogsReportAllItemsFilter",
    "CatalogsReportDistributionIssueFilter",
    "CatalogsReportDistributionStats",
    "CatalogsReportFeedIngestionFilter",
    "CatalogsReportFeedIngestionStats",
    "CatalogsReportParameters",
    "CatalogsReportStats",
    "CatalogsRetailAvailableFilterValues",
    "CatalogsRetailAvailableFilterValuesFilterValues",
    "CatalogsRetailBatchRequest",
    "CatalogsRetailBatchRequestItemsItem",
    "CatalogsRetailFeed",
    "CatalogsRetailFeedsCreateRequest",
    "CatalogsRetailFeedsUpdateRequest",
    "CatalogsRetailItemErrorResponse",
    "CatalogsRetailItemResponse",
    "CatalogsRetailItemsBatch",
    "CatalogsRetailItemsFilter",
    "CatalogsRetailItemsPostFilter",
    "CatalogsRetailListProductsByCatalogBasedFilterRequest",
    "CatalogsRetailProduct",
    "CatalogsRetailProductGroup",
    "CatalogsRetailProductGroupCreateRequest",
    "CatalogsRetailProductGroupProductCounts",
    "CatalogsRetailProductGroupUpdateRequest",
    "CatalogsRetailProductMetadata",
    "CatalogsRetailReportParameters",
    "CatalogsRetailReportParametersReport",
    "CatalogsRetailReportStatsParameters",
    "CatalogsRetailReportStatsParametersReport",
    "CatalogsStatus",
    "CatalogsType",
    "CatalogsUpdatableCreativeAssetsAttributes",
    "CatalogsUpdatableHotelAttributes",
    "CatalogsUpdateCreativeAssetsItem",
    "CatalogsUpdateHotelItem",
    "CatalogsUpdateRetailItem",
    "CatalogsUpsertCreativeAssetsItem",
    "CatalogsUpsertHotelItem",
    "CatalogsUpsertRetailItem",
    "CatalogsVerticalBatchRequest",
    "CatalogsVerticalFeedsCreateRequest",
    "CatalogsVerticalFeedsUpdateRequest",
    "CatalogsVerticalProductGroup",
    "CatalogsVerticalProductGroupCreateRequest",
    "CatalogsVerticalProductGroupUpdateRequest",
    "CatalogsVerticalsListProductsByCatalogBasedFilterRequest",
    "ConditionFilter",
    "ContentType",
    "ConversionAccessTokenResponse",
    "ConversionApiResponse",
    "ConversionApiResponseEventsItem",
    "ConversionAttributionWindowDays",
    "ConversionEventAppInfo",
    "ConversionEventDeviceInfo",
    "ConversionEventResponse",
    "ConversionEvents",
    "ConversionEventsDataItem",
    "ConversionEventsDataItemCustomData",
    "ConversionEventsDataItemCustomDataContentsItem",
    "ConversionEventsUserData",
    "ConversionEventsUserDataProperties",
    "ConversionHealthSelectionItem",
    "ConversionMSOTEvents",
    "ConversionProductReportRequest",
    "ConversionProductReportRequestConversionProductAttributionType",
    "ConversionProductReportingColumn",
    "ConversionReportAttributionType",
    "ConversionReportTimeType",
    "ConversionTag",
    "ConversionTagCommon",
    "ConversionTagConfigs",
    "ConversionTagCreate",
    "ConversionTagListResponse",
    "ConversionTagResponse",
    "ConversionTagType",
    "ConversionTagsListResponse",
    "ConversionTagsOcpmEligibleResponse",
    "Country",
    "CountryFilter",
    "CreateAssetAccessRequestBody",
    "CreateAssetAccessRequestBodyAssetRequestsItem",
    "CreateAssetAccessRequestErrorMessage",
    "CreateAssetAccessRequestErrorMessageItem",
    "CreateAssetAccessRequestResponse",
    "CreateAssetGroupBody",
    "CreateAssetGroupResponse",
    "CreateAssetInvitesRequest",
    "CreateAssetInvitesRequestItem",
    "CreateInvitesResultsResponseArray",
    "CreateInvitesResultsResponseArrayItemsItem",
    "CreateInvitesResultsResponseArrayItemsItemInvite",
    "CreateMMMReportRequest",
    "CreateMMMReportResponse",
    "CreateMMMReportResponseData",
    "CreateMembershipOrPartnershipInvitesBody",
    "CreativeAssetsIdFilter",
    "CreativeAssetsProcessingRecord",
    "CreativeAssetsVisibilityType",
    "CreativeType",
    "Currency",
    "CurrencyFilter",
    "CustomColumnId",
    "CustomLabel0Filter",
    "CustomLabel1Filter",
    "CustomLabel2Filter",
    "CustomLabel3Filter",
    "CustomLabel4Filter",
    "CustomNumber0Filter",
    "CustomNumber1Filter",
    "CustomNumber2Filter",
    "CustomNumber3Filter",
    "CustomNumber4Filter",
    "CustomerList",
    "CustomerListRequest",
    "CustomerListUpdateRequest",
    "CustomerListUpload",
    "CustomerListUploadCreateRequest",
    "CustomerListUploadCreateResponse",
    "CustomerListUploadErrorCountsItem",
    "CustomerListUploadRecordCounts",
    "CustomerListUploadResponse",
    "CustomerListUploadResponseErrorCountsItem",
    "CustomerListUploadResponseRecordCounts",
    "CustomerListsListResponse",
    "CustomizableCTAType",
    "DataOutputFormat",
    "DataStatus",
    "DeleteAssetGroupBody",
    "DeleteAssetGroupResponse",
    "DeleteAssetGroupResponseExceptionsItem",
    "DeleteInvitesResultsResponseArray",
    "DeleteInvitesResultsResponseArrayItemsItem",
    "DeleteInvitesResultsResponseArrayItemsItemException",
    "DeleteMemberAccessResult",
    "DeleteMemberAccessResultsResponseArray",
    "DeletePartnerAssetAccessBody",
    "DeletePartnerAssetAccessBodyAccessesItem",
    "DeletePartnerAssetsResult",
    "DeletePartnerAssetsResultsResponseArray",
    "DeletePartnersRequest",
    "DeletePartnersResponse",
    "DeletedMembersResponse",
    "DeliveryMetricsResponse",
    "DeliveryMetricsResponseItemsItem",
    "DetailedError",
    "DisclosureType",
    "EnhancedMatchStatusType",
    "EntityId",
    "EntityStatus",
    "Error",
    "EventData",
    "EventQualityScore",
    "FeaturedTrend",
    "FeedProcessingResultsListResponse",
    "FeedsCreateRequest",
    "FeedsListResponse",
    "FeedsUpdateRequest",
    "FollowUserRequest",
    "FollowersListResponse",
    "Gender",
    "GenderBucket",
    "GenderDemographics",
    "GenderFilter",
    "GenderList",
    "GetAudiencesOrderBy",
    "GetBusinessAssetTypeResponse",
    "GetBusinessAssetsResponse",
    "GetBusinessAssetsResponseCatalogInfo",
    "GetBusinessEmployersResponse",
    "GetBusinessMembersResponse",
    "GetBusinessPartnersResponse",
    "GetInvitesResponse",
    "GetMMMReportResponse",
    "GetMMMReportResponseData",
    "GetPartnerAssetsResponse",
    "GoogleProductCategory0Filter",
    "GoogleProductCategory1Filter",
    "GoogleProductCategory2Filter",
    "GoogleProductCategory3Filter",
    "GoogleProductCategory4Filter",
    "GoogleProductCategory5Filter",
    "GoogleProductCategory6Filter",
    "Granularity",
    "GridClickType",
    "HotelIdFilter",
    "HotelProcessingRecord",
    "ImageDetails",
    "ImageMetadata",
    "ImageSize",
    "IngestionSourceOptions",
    "InnerProductCategoriesMetricsHighlights",
    "IntegrationLog",
    "IntegrationLogClientError",
    "IntegrationLogClientRequest",
    "IntegrationLogsInvalidLogResponse",
    "IntegrationLogsInvalidLogResponseRejectedLogsItem",
    "IntegrationLogsRequest",
    "IntegrationLogsSuccessResponse",
    "IntegrationMetadata",
    "IntegrationRecord",
    "IntegrationRequest",
    "IntegrationRequestPatch",
    "IntegrationsGetListResponse",
    "Interest",
    "InterestsEnum",
    "InviteAssetsSummary",
    "InviteAssetsSummaryAdAccountsItem",
    "InviteAssetsSummaryProfilesItem",
    "InviteBusinessRoleBinding",
    "InviteExceptionResponse",
    "InviteResponse",
    "InviteStatus",
    "InviteType",
    "ItemAttributes",
    "ItemAttributesRequest",
    "ItemBatchRecord",
    "ItemCreateBatchRecord",
    "ItemDeleteBatchRecord",
    "ItemDeleteDiscontinuedBatchRecord",
    "ItemGroupIdFilter",
    "ItemIdFilter",
    "ItemProcessingRecord",
    "ItemProcessingStatus",
    "ItemResponse",
    "ItemResponseOption1",
    "ItemResponseOption2",
    "ItemUpdateBatchRecord",
    "ItemUpsertBatchRecord",
    "ItemValidationEvent",
    "ItemsBatchPostRequest",
    "ItemsIssuesListResponse",
    "Keyword",
    "KeywordError",
    "KeywordList",
    "KeywordMetrics",
    "KeywordMetricsResponse",
    "KeywordUpdate",
    "KeywordUpdateBody",
    "KeywordsCommon",
    "KeywordsGetResponse",
    "KeywordsMetricsArrayResponse",
    "KeywordsRequest",
    "KeywordsResponse",
    "L1InterestList",
    "Label",
    "LabelCreateRequest",
    "LabelCreateRequestLabelsItem",
    "LabelError",
    "LabelParentType",
    "LabelStatus",
    "LabelType",
    "LabelUpdateRequest",
    "LabelUpdateRequestLabelsItem",
    "LabelsListResponse",
    "LabelsResponse",
    "Language",
    "LeadFormArrayResponse",
    "LeadFormArrayResponseItemsItem",
    "LeadFormCommon",
    "LeadFormCommonPolicyLinksItem",
    "LeadFormCreateRequest",
    "LeadFormQuestion",
    "LeadFormQuestionFieldType",
    "LeadFormQuestionType",
    "LeadFormResponse",
    "LeadFormStatus",
    "LeadFormTestRequest",
    "LeadFormTestResponse",
    "LeadFormUpdateRequest",
    "LeadFormsListResponse",
    "LeadSubscription",
    "LeadSubscriptionPostParamsCreate",
    "LeadSubscriptionPostParamsCreatePartnerMetadata",
    "LeadsExportCreateRequest",
    "LeadsExportCreateResponse",
    "LeadsExportResponseData",
    "LeadsExportStatus",
    "LineItem",
    "LinkedBusiness",
    "LocalStoreId",
    "LocalStoreUpdate",
    "LookbackPeriodOptions",
    "MMMReportingColumn",
    "MMMReportingTargetingType",
    "MatchType",
    "MatchTypeResponse",
    "MaxPriceFilter",
    "Media",
    "MediaListResponse",
    "MediaType",
    "MediaTypeFilter",
    "MediaUpload",
    "MediaUploadCreate",
    "MediaUploadDetails",
    "MediaUploadParameters",
    "MediaUploadRequest",
    "MediaUploadStatus",
    "MediaUploadType",
    "MemberBusinessRole",
    "MembersToDeleteBody",
    "MembersToDeleteBodyMembersItem",
    "Metrics",
    "MetricsReportingLevel",
    "MetricsResponse",
    "MinPriceFilter",
    "NonDraftEntityStatus",
    "NonNullableCatalogsCurrency",
    "NonNullableProductAvailabilityType",
    "Notification",
    "NotificationPostRequest",
    "NotificationPostResponse",
    "Notifications",
    "NullableCatalogsItemFieldType",
    "NullableCurrency",
    "OauthAccessTokenRequest",
    "OauthAccessTokenRequestClientCredentials",
    "OauthAccessTokenRequestCode",
    "OauthAccessTokenRequestRefresh",
    "OauthAccessTokenResponse",
    "OauthAccessTokenResponseClientCredentials",
    "OauthAccessTokenResponseCode",
    "OauthAccessTokenResponseIntegrationRefresh",
    "OauthAccessTokenResponseRefresh",
    "ObjectiveType",
    "OperationType",
    "OptimizationGoalMetadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows",
    "OptimizationGoalMetadataFrequencyGoalMetadata",
    "OptimizationGoalMetadataScrollupGoalMetadata",
    "OrderLine",
    "OrderLineError",
    "OrderLinePaidType",
    "OrderLineResponse",
    "OrderLineSingleResponse",
    "OrderLineStatus",
    "OrderLines",
    "OrderLinesArrayResponse",
    "OrderLinesListResponse",
    "OverallStatusOptions",
    "PacingDeliveryType",
    "PageVisitConversionTagsGetResponse",
    "Paginated",
    "PartnerType",
    "Permissions",
    "PermissionsResponse",
    "PermissionsWithOwner",
    "Pin",
    "PinAnalyticsMetricsResponse",
    "PinAnalyticsMetricsResponseDailyMetricsItem",
    "PinAnalyticsResponse",
    "PinCreate",
    "PinMedia",
    "PinMediaMetadata",
    "PinMediaSource",
    "PinMediaSourceImageBase64",
    "PinMediaSourceImageURL",
    "PinMediaSourceImagesBase64",
    "PinMediaSourceImagesBase64Item",
    "PinMediaSourceImagesURL",
    "PinMediaSourceImagesURLItem",
    "PinMediaSourcePinURL",
    "PinMediaSourceVideoID",
    "PinMediaWithImage",
    "PinMediaWithImageAndVideo",
    "PinMediaWithImages",
    "PinMediaWithVideo",
    "PinMediaWithVideos",
    "PinPromotionSummaryStatus",
    "PinUpdate",
    "PinsListResponse",
    "PinsSaveRequest",
    "PinterestLibError",
    "PinterestLibIntegerFormatType",
    "PinterestLibPaginationOrder",
    "PinterestLibStatus204",
    "PlacementGroupType",
    "PlacementMultipliers",
    "PriceFilter",
    "PriceFilterPRICE",
    "ProductAvailabilityType",
    "ProductCategoriesDemographic",
    "ProductCategoriesEngagementType",
    "ProductCategoriesMetricsHighlights",
    "ProductCategoryDetailLookbackWindow",
    "ProductCategoryDetails",
    "ProductCategoryEnum",
    "ProductCategoryRegion",
    "ProductGroupAnalyticsResponse",
    "ProductGroupAnalyticsResponseItem",
    "ProductGroupPromotion",
    "ProductGroupPromotionArrayElement",
    "ProductGroupPromotionArrayResponse",
    "ProductGroupPromotionCommon",
    "ProductGroupPromotionCreateRequest",
    "ProductGroupPromotionCreateRequestElement",
    "ProductGroupPromotionResponse",
    "ProductGroupPromotionResponseElement",
    "ProductGroupPromotionResponseItem",
    "ProductGroupPromotionUpdateRequest",
    "ProductGroupPromotionUpdateResponseItem",
    "ProductGroupPromotionsListResponse",
    "ProductGroupReferenceFilter",
    "ProductGroupSummaryStatus",
    "ProductType0Filter",
    "ProductType1Filter",
    "ProductType2Filter",
    "ProductType3Filter",
    "ProductType4Filter",
    "ProductsByProductGroupFilterListResponse",
    "PromotionArrayElement",
    "PromotionCommon",
    "PromotionCreateRequest",
    "PromotionResponse",
    "PromotionTemplateValue",
    "PromotionType",
    "PromotionUpdateRequest",
    "PromotionsListResponse",
    "PromotionsResponse",
    "QualityComponentDetails",
    "QualityComponentIssue",
    "QualityComponents",
    "QuizPinData",
    "QuizPinOption",
    "QuizPinQuestion",
    "QuizPinResult",
    "RelatedTerms",
    "RelatedTermsRelatedTermsListItem",
    "ReportingColumnAsync",
    "ReportingTimeZone",
    "ReportsStatsParameters",
    "ReportsStatsResponse",
    "ResourceIdToRoles",
    "RespondToInvitesResponseArray",
    "RespondToInvitesResponseArrayItemsItem",
    "Role",
    "S3FilePart",
    "S3MultipartUploadData",
    "SSIOAccountAddress",
    "SSIOAccountItem",
    "SSIOAccountPMPName",
    "SSIOAccountResponse",
    "SSIOCreateInsertionOrderRequest",
    "SSIOCreateInsertionOrderResponse",
    "SSIOEditInsertionOrderRequest",
    "SSIOEditInsertionOrderResponse",
    "SSIOInsertionOrderCommon",
    "SSIOInsertionOrderStatus",
    "SSIOInsertionOrderStatusResponse",
    "SSIOOrderLine",
    "SearchPartnerPinsResponse",
    "SearchUserBoardsGetResponse",
    "SearchUserPinsListResponse",
    "SharedAudience",
    "SharedAudienceAccount",
    "SharedAudienceCommon",
    "SharedAudienceResponse",
    "SharedAudienceResponseCommon",
    "SharedAudiencesForBusinessListResponse",
    "SingleInterestTargetingOptionResponse",
    "SourcePlatformOptions",
    "SsioInsertionOrdersStatusGetByAdAccountResponse",
    "SsioOrderLinesGetByAdAccountResponse",
    "SummaryPin",
    "SystemUserUpdateRequest",
    "TargetingAdvertiserCountry",
    "TargetingOptionResponse",
    "TargetingSpec",
    "TargetingSpecAgeBucket",
    "TargetingSpecAppType",
    "TargetingSpecGender",
    "TargetingSpecOperationAgeBucket",
    "TargetingSpecOperationAppType",
    "TargetingSpecOperationGender",
    "TargetingSpecOperationList",
    "TargetingSpecOperationMinMaxAge",
    "TargetingSpecOperationShoppingRetargeting",
    "TargetingSpecOperationString",
    "TargetingSpecShoppingRetargeting",
    "TargetingTemplateAudienceSizing",
    "TargetingTemplateAudienceSizingReachEstimate",
    "TargetingTemplateCommon",
    "TargetingTemplateCreate",
    "TargetingTemplateGetResponseData",
    "TargetingTemplateKeyword",
    "TargetingTemplateListResponse",
    "TargetingTemplateResponseData",
    "TargetingTemplateUpdateRequest",
    "TargetingTypeFilter",
    "TemplateBasedReport",
    "TemplateResponse",
    "TemplateResponseDateRange",
    "TemplateResponseDateRangeAbsoluteDateRange",
    "TemplateResponseDateRangeDynamicDateRange",
    "TemplateResponseDateRangeRelativeDateRange",
    "TemplatesListResponse",
    "TermsOfService",
    "TermsSuggestedResponse",
    "TitleKeywordsFilter",
    "TokenRevocationRequest",
    "TopPinsAnalyticsResponse",
    "TopPinsAnalyticsResponseDateAvailability",
    "TopPinsAnalyticsResponsePinsItem",
    "TopVideoPinsAnalyticsResponse",
    "TopVideoPinsAnalyticsResponseDateAvailability",
    "TopVideoPinsAnalyticsResponsePinsItem",
    "TrackingUrls",
    "TrendType",
    "TrendingKeywordsResponse",
    "TrendingKeywordsResponseTrendsItem",
    "TrendingKeywordsResponseTrendsItemDemographics",
    "TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution",
    "TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution",
    "TrendingKeywordsResponseTrendsItemPredictedTimeSeries",
    "TrendingKeywordsResponseTrendsItemTimeSeries",
    "TrendingPin",
    "TrendingProductCategory",
    "TrendingTopic",
    "TrendsSupportedRegion",
    "UpdatableItemAttributes",
    "UpdateAssetGroupBody",
    "UpdateAssetGroupBodyAssetGroupsToUpdateItem",
    "UpdateAssetGroupResponse",
    "UpdateAssetGroupResponseExceptionsItem",
    "UpdateInvitesResultsResponseArray",
    "UpdateInvitesResultsResponseArrayItemsItem",
    "UpdateMaskBidOptionField",
    "UpdateMaskFieldType",
    "UpdateMemberAssetAccessBody",
    "UpdateMemberAssetAccessBodyAccessesItem",
    "UpdateMemberAssetsResultsResponseArray",
    "UpdateMemberAssetsResultsResponseArrayItemsItem",
    "UpdateMemberBusinessRoleBody",
    "UpdateMemberResult",
    "UpdateMemberResultsResponseArray",
    "UpdatePartnerAssetAccessBody",
    "UpdatePartnerAssetAccessBodyAccessesItem",
    "UpdatePartnerAssetsResult",
    "UpdatePartnerAssetsResultsResponseArray",
    "UpdatePartnerResultsResponseArray",
    "UpdatePartnerResultsResponseArrayItemsItem",
    "UserAccountFollowedInterestsResponse",
    "UserBusinessRoleBinding",
    "UserFollowingFeedType",
    "UserFollowingGetResponse",
    "UserListOperationType",
    "UserListType",
    "UserSingleAssetBinding",
    "UserSummary",
    "UserWebsiteSummary",
    "UserWebsiteVerificationCode",
    "UserWebsiteVerifyRequest",
    "UserWebsitesGetResponse",
    "UsersForIndividualAssetResponse",
    "VerticalProductCategory",
    "VideoMetadataWithItemType",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_generated("pinterest_client.model", module), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(_MODULES)
