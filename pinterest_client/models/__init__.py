# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Every model class of the SDK, importable from here and loaded on first use
(``from pinterest_client.models import *`` imports them all)."""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, import_generated

if TYPE_CHECKING:
    from typing import Any, List

    from pinterest_client.model._a import Account as Account
    from pinterest_client.model._a import ActionType as ActionType
    from pinterest_client.model._a import AdAccount as AdAccount
    from pinterest_client.model._a import AdAccountAnalyticsResponse as AdAccountAnalyticsResponse
    from pinterest_client.model._a import AdAccountAnalyticsResponseItem as AdAccountAnalyticsResponseItem
    from pinterest_client.model._a import AdAccountCreate as AdAccountCreate
    from pinterest_client.model._a import AdAccountCreateRequest as AdAccountCreateRequest
    from pinterest_client.model._a import AdAccountCreateSubscriptionRequest as AdAccountCreateSubscriptionRequest
    from pinterest_client.model._a import (
        AdAccountCreateSubscriptionRequestPartnerMetadata as AdAccountCreateSubscriptionRequestPartnerMetadata,
    )
    from pinterest_client.model._a import AdAccountCreateSubscriptionResponse as AdAccountCreateSubscriptionResponse
    from pinterest_client.model._a import AdAccountGetSubscriptionResponse as AdAccountGetSubscriptionResponse
    from pinterest_client.model._a import AdAccountOwner as AdAccountOwner
    from pinterest_client.model._a import (
        AdAccountsAudiencesSharedAccountsListResponse as AdAccountsAudiencesSharedAccountsListResponse,
    )
    from pinterest_client.model._a import AdAccountsCountryResponse as AdAccountsCountryResponse
    from pinterest_client.model._a import AdAccountsCountryResponseData as AdAccountsCountryResponseData
    from pinterest_client.model._a import AdAccountsListResponse as AdAccountsListResponse
    from pinterest_client.model._a import (
        AdAccountsSubscriptionsGetListResponse as AdAccountsSubscriptionsGetListResponse,
    )
    from pinterest_client.model._a import AdArrayResponse as AdArrayResponse
    from pinterest_client.model._a import AdArrayResponseElement as AdArrayResponseElement
    from pinterest_client.model._a import AdCommon as AdCommon
    from pinterest_client.model._a import AdCountry as AdCountry
    from pinterest_client.model._a import AdCreateRequest as AdCreateRequest
    from pinterest_client.model._a import AdGroupArrayResponse as AdGroupArrayResponse
    from pinterest_client.model._a import AdGroupArrayResponseElement as AdGroupArrayResponseElement
    from pinterest_client.model._a import AdGroupAudienceSizingRequest as AdGroupAudienceSizingRequest
    from pinterest_client.model._a import (
        AdGroupAudienceSizingRequestKeywordsItem as AdGroupAudienceSizingRequestKeywordsItem,
    )
    from pinterest_client.model._a import AdGroupAudienceSizingResponse as AdGroupAudienceSizingResponse
    from pinterest_client.model._a import AdGroupCommon as AdGroupCommon
    from pinterest_client.model._a import AdGroupCreateRequest as AdGroupCreateRequest
    from pinterest_client.model._a import AdGroupIdFilter as AdGroupIdFilter
    from pinterest_client.model._a import AdGroupResponse as AdGroupResponse
    from pinterest_client.model._a import AdGroupsAnalyticsResponse as AdGroupsAnalyticsResponse
    from pinterest_client.model._a import AdGroupsAnalyticsResponseItem as AdGroupsAnalyticsResponseItem
    from pinterest_client.model._a import AdGroupsListResponse as AdGroupsListResponse
    from pinterest_client.model._a import AdGroupSummaryStatus as AdGroupSummaryStatus
    from pinterest_client.model._a import AdGroupUpdateRequest as AdGroupUpdateRequest
    from pinterest_client.model._a import AdPinAnalytics as AdPinAnalytics
    from pinterest_client.model._a import AdPinId as AdPinId
    from pinterest_client.model._a import AdPinsAnalyticsResponse as AdPinsAnalyticsResponse
    from pinterest_client.model._a import AdPreviewRequest as AdPreviewRequest
    from pinterest_client.model._a import (
        AdPreviewRequestAdPreviewCreateFromImage as AdPreviewRequestAdPreviewCreateFromImage,
    )
    from pinterest_client.model._a import (
        AdPreviewRequestAdPreviewCreateFromPin as AdPreviewRequestAdPreviewCreateFromPin,
    )
    from pinterest_client.model._a import AdPreviewRequestAdPreviewShopping as AdPreviewRequestAdPreviewShopping
    from pinterest_client.model._a import AdPreviewURLResponse as AdPreviewURLResponse
    from pinterest_client.model._a import AdResponse as AdResponse
    from pinterest_client.model._a import AdsAnalyticsAdGroupTargetingType as AdsAnalyticsAdGroupTargetingType
    from pinterest_client.model._a import AdsAnalyticsAdTargetingType as AdsAnalyticsAdTargetingType
    from pinterest_client.model._a import AdsAnalyticsCampaignTargetingType as AdsAnalyticsCampaignTargetingType
    from pinterest_client.model._a import AdsAnalyticsCreateAsyncRequest as AdsAnalyticsCreateAsyncRequest
    from pinterest_client.model._a import (
        AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem as AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem,
    )
    from pinterest_client.model._a import AdsAnalyticsCreateAsyncResponse as AdsAnalyticsCreateAsyncResponse
    from pinterest_client.model._a import AdsAnalyticsFilterColumn as AdsAnalyticsFilterColumn
    from pinterest_client.model._a import AdsAnalyticsFilterOperator as AdsAnalyticsFilterOperator
    from pinterest_client.model._a import AdsAnalyticsGetAsyncResponse as AdsAnalyticsGetAsyncResponse
    from pinterest_client.model._a import AdsAnalyticsMetricsFilter as AdsAnalyticsMetricsFilter
    from pinterest_client.model._a import AdsAnalyticsResponse as AdsAnalyticsResponse
    from pinterest_client.model._a import AdsAnalyticsResponseItem as AdsAnalyticsResponseItem
    from pinterest_client.model._a import AdsAnalyticsTargetingType as AdsAnalyticsTargetingType
    from pinterest_client.model._a import AdsCreditDiscountsResponse as AdsCreditDiscountsResponse
    from pinterest_client.model._a import AdsCreditRedeemRequest as AdsCreditRedeemRequest
    from pinterest_client.model._a import AdsCreditRedeemResponse as AdsCreditRedeemResponse
    from pinterest_client.model._a import AdsCreditsDiscountsGetResponse as AdsCreditsDiscountsGetResponse
    from pinterest_client.model._a import AdsListResponse as AdsListResponse
    from pinterest_client.model._a import AdUpdateRequest as AdUpdateRequest
    from pinterest_client.model._a import AdvancedAuctionBidOptions as AdvancedAuctionBidOptions
    from pinterest_client.model._a import AdvancedAuctionItem as AdvancedAuctionItem
    from pinterest_client.model._a import AdvancedAuctionItems as AdvancedAuctionItems
    from pinterest_client.model._a import AdvancedAuctionItemsGetRecord as AdvancedAuctionItemsGetRecord
    from pinterest_client.model._a import AdvancedAuctionItemsGetRequest as AdvancedAuctionItemsGetRequest
    from pinterest_client.model._a import (
        AdvancedAuctionItemsSubmitDeleteRecord as AdvancedAuctionItemsSubmitDeleteRecord,
    )
    from pinterest_client.model._a import AdvancedAuctionItemsSubmitRecord as AdvancedAuctionItemsSubmitRecord
    from pinterest_client.model._a import AdvancedAuctionItemsSubmitRequest as AdvancedAuctionItemsSubmitRequest
    from pinterest_client.model._a import (
        AdvancedAuctionItemsSubmitUpsertRecord as AdvancedAuctionItemsSubmitUpsertRecord,
    )
    from pinterest_client.model._a import AdvancedAuctionKey as AdvancedAuctionKey
    from pinterest_client.model._a import AdvancedAuctionOperation as AdvancedAuctionOperation
    from pinterest_client.model._a import AdvancedAuctionOperationError as AdvancedAuctionOperationError
    from pinterest_client.model._a import AdvancedAuctionProcessedItem as AdvancedAuctionProcessedItem
    from pinterest_client.model._a import AdvancedAuctionProcessedItems as AdvancedAuctionProcessedItems
    from pinterest_client.model._a import AdvertiserDefinedEventsGetResponse as AdvertiserDefinedEventsGetResponse
    from pinterest_client.model._a import (
        AdvertiserDefinedEventsGetResponseItemsItem as AdvertiserDefinedEventsGetResponseItemsItem,
    )
    from pinterest_client.model._a import AgeBucketList as AgeBucketList
    from pinterest_client.model._a import AgeTrendsBucket as AgeTrendsBucket
    from pinterest_client.model._a import AmazonConnectRequest as AmazonConnectRequest
    from pinterest_client.model._a import AnalyticsDailyMetrics as AnalyticsDailyMetrics
    from pinterest_client.model._a import AnalyticsMetricsResponse as AnalyticsMetricsResponse
    from pinterest_client.model._a import AnalyticsResponse as AnalyticsResponse
    from pinterest_client.model._a import AppTypeMultipliers as AppTypeMultipliers
    from pinterest_client.model._a import AssetGroupBinding as AssetGroupBinding
    from pinterest_client.model._a import AssetGroupType as AssetGroupType
    from pinterest_client.model._a import AssetGroupTypes as AssetGroupTypes
    from pinterest_client.model._a import AssetIdPermissions as AssetIdPermissions
    from pinterest_client.model._a import AssetIdToPermissions as AssetIdToPermissions
    from pinterest_client.model._a import AssetTypeResponse as AssetTypeResponse
    from pinterest_client.model._a import Audience as Audience
    from pinterest_client.model._a import AudienceAccountType as AudienceAccountType
    from pinterest_client.model._a import AudienceCategory as AudienceCategory
    from pinterest_client.model._a import AudienceCategorySubcategoriesItem as AudienceCategorySubcategoriesItem
    from pinterest_client.model._a import AudienceCommon as AudienceCommon
    from pinterest_client.model._a import AudienceCreateCustomRequest as AudienceCreateCustomRequest
    from pinterest_client.model._a import AudienceCreateRequest as AudienceCreateRequest
    from pinterest_client.model._a import AudienceDataParty as AudienceDataParty
    from pinterest_client.model._a import AudienceDefinition as AudienceDefinition
    from pinterest_client.model._a import AudienceDefinitionResponse as AudienceDefinitionResponse
    from pinterest_client.model._a import AudienceDefinitionScope as AudienceDefinitionScope
    from pinterest_client.model._a import AudienceDefinitionType as AudienceDefinitionType
    from pinterest_client.model._a import AudienceDemographics as AudienceDemographics
    from pinterest_client.model._a import AudienceDemographicValue as AudienceDemographicValue
    from pinterest_client.model._a import AudienceDescription as AudienceDescription
    from pinterest_client.model._a import AudienceInsightCategoryArrayResponse as AudienceInsightCategoryArrayResponse
    from pinterest_client.model._a import AudienceInsightCategoryCommon as AudienceInsightCategoryCommon
    from pinterest_client.model._a import AudienceInsightsResponse as AudienceInsightsResponse
    from pinterest_client.model._a import AudienceInsightType as AudienceInsightType
    from pinterest_client.model._a import AudienceRule as AudienceRule
    from pinterest_client.model._a import AudienceShareType as AudienceShareType
    from pinterest_client.model._a import AudienceSharingType as AudienceSharingType
    from pinterest_client.model._a import AudiencesListResponse as AudiencesListResponse
    from pinterest_client.model._a import AudienceType as AudienceType
    from pinterest_client.model._a import AudienceUpdateOperationType as AudienceUpdateOperationType
    from pinterest_client.model._a import AudienceUpdateRequest as AudienceUpdateRequest
    from pinterest_client.model._a import AuthRespondInvitesBody as AuthRespondInvitesBody
    from pinterest_client.model._a import AuthRespondInvitesBodyInvitesItem as AuthRespondInvitesBodyInvitesItem
    from pinterest_client.model._a import (
        AuthRespondInvitesBodyInvitesItemAction as AuthRespondInvitesBodyInvitesItemAction,
    )
    from pinterest_client.model._a import AvailabilityFilter as AvailabilityFilter
    from pinterest_client.model._b import BaseInviteDataResponse as BaseInviteDataResponse
    from pinterest_client.model._b import BaseInviteDataResponseInviteData as BaseInviteDataResponseInviteData
    from pinterest_client.model._b import BatchOperation as BatchOperation
    from pinterest_client.model._b import BatchOperationStatus as BatchOperationStatus
    from pinterest_client.model._b import BidFloor as BidFloor
    from pinterest_client.model._b import BidFloorRequest as BidFloorRequest
    from pinterest_client.model._b import BidFloorRequestBidFloorSpecsItem as BidFloorRequestBidFloorSpecsItem
    from pinterest_client.model._b import BidInMicroCurrency as BidInMicroCurrency
    from pinterest_client.model._b import BillingInvoiceDownloadResponse as BillingInvoiceDownloadResponse
    from pinterest_client.model._b import BillingInvoiceResponse as BillingInvoiceResponse
    from pinterest_client.model._b import BillingInvoicesGetResponse as BillingInvoicesGetResponse
    from pinterest_client.model._b import BillingProfilesGetResponse as BillingProfilesGetResponse
    from pinterest_client.model._b import BillingProfilesResponse as BillingProfilesResponse
    from pinterest_client.model._b import Board as Board
    from pinterest_client.model._b import BoardBase as BoardBase
    from pinterest_client.model._b import BoardCategoriesEnum as BoardCategoriesEnum
    from pinterest_client.model._b import BoardCreate as BoardCreate
    from pinterest_client.model._b import BoardInfo as BoardInfo
    from pinterest_client.model._b import BoardMedia as BoardMedia
    from pinterest_client.model._b import BoardOwner as BoardOwner
    from pinterest_client.model._b import BoardPrivacy as BoardPrivacy
    from pinterest_client.model._b import BoardPrivacyFilter as BoardPrivacyFilter
    from pinterest_client.model._b import BoardSection as BoardSection
    from pinterest_client.model._b import BoardSectionsListPinsResponse as BoardSectionsListPinsResponse
    from pinterest_client.model._b import BoardSectionsListResponse as BoardSectionsListResponse
    from pinterest_client.model._b import BoardsListPinsResponse as BoardsListPinsResponse
    from pinterest_client.model._b import BoardsListResponse as BoardsListResponse
    from pinterest_client.model._b import BoardsUserFollowsListResponse as BoardsUserFollowsListResponse
    from pinterest_client.model._b import BoardUpdate as BoardUpdate
    from pinterest_client.model._b import BoardUpdatePrivacy as BoardUpdatePrivacy
    from pinterest_client.model._b import BoardWithUpdatePrivacy as BoardWithUpdatePrivacy
    from pinterest_client.model._b import BoardWithUpdatePrivacyUpdate as BoardWithUpdatePrivacyUpdate
    from pinterest_client.model._b import BookClosedResponse as BookClosedResponse
    from pinterest_client.model._b import BrandAccountsCreateRequest as BrandAccountsCreateRequest
    from pinterest_client.model._b import (
        BrandAccountsCreateRequestProfileImage as BrandAccountsCreateRequestProfileImage,
    )
    from pinterest_client.model._b import BrandAccountsCreateResponse as BrandAccountsCreateResponse
    from pinterest_client.model._b import BrandAccountsUpdateRequest as BrandAccountsUpdateRequest
    from pinterest_client.model._b import (
        BrandAccountsUpdateRequestProfileImage as BrandAccountsUpdateRequestProfileImage,
    )
    from pinterest_client.model._b import BrandAccountsUpdateResponse as BrandAccountsUpdateResponse
    from pinterest_client.model._b import BrandFilter as BrandFilter
    from pinterest_client.model._b import BudgetType as BudgetType
    from pinterest_client.model._b import BulkDownloadRequest as BulkDownloadRequest
    from pinterest_client.model._b import BulkDownloadRequestCampaignFilter as BulkDownloadRequestCampaignFilter
    from pinterest_client.model._b import BulkDownloadResponse as BulkDownloadResponse
    from pinterest_client.model._b import BulkEntityType as BulkEntityType
    from pinterest_client.model._b import BulkOutputFormat as BulkOutputFormat
    from pinterest_client.model._b import BulkPinAnalyticsResponse as BulkPinAnalyticsResponse
    from pinterest_client.model._b import BulkReportingJobStatus as BulkReportingJobStatus
    from pinterest_client.model._b import BulkUpsertRequest as BulkUpsertRequest
    from pinterest_client.model._b import BulkUpsertRequestCreate as BulkUpsertRequestCreate
    from pinterest_client.model._b import (
        BulkUpsertRequestCreateCatalogProductGroupsItem as BulkUpsertRequestCreateCatalogProductGroupsItem,
    )
    from pinterest_client.model._b import BulkUpsertRequestUpdate as BulkUpsertRequestUpdate
    from pinterest_client.model._b import (
        BulkUpsertRequestUpdateCatalogProductGroupsItem as BulkUpsertRequestUpdateCatalogProductGroupsItem,
    )
    from pinterest_client.model._b import BulkUpsertRequestUpdateLabelsItem as BulkUpsertRequestUpdateLabelsItem
    from pinterest_client.model._b import BulkUpsertResponse as BulkUpsertResponse
    from pinterest_client.model._b import BulkUpsertStatus as BulkUpsertStatus
    from pinterest_client.model._b import BulkUpsertStatusResponse as BulkUpsertStatusResponse
    from pinterest_client.model._b import BusinessAccessError as BusinessAccessError
    from pinterest_client.model._b import BusinessAccessRole as BusinessAccessRole
    from pinterest_client.model._b import BusinessAccessUserSummary as BusinessAccessUserSummary
    from pinterest_client.model._b import (
        BusinessAccountAudiencesSharedAccountsListResponse as BusinessAccountAudiencesSharedAccountsListResponse,
    )
    from pinterest_client.model._b import BusinessAssetMembersGetResponse as BusinessAssetMembersGetResponse
    from pinterest_client.model._b import BusinessAssetPartnersGetResponse as BusinessAssetPartnersGetResponse
    from pinterest_client.model._b import BusinessAssetsGetResponse as BusinessAssetsGetResponse
    from pinterest_client.model._b import BusinessMemberAssetsGetResponse as BusinessMemberAssetsGetResponse
    from pinterest_client.model._b import BusinessMemberAssetsSummary as BusinessMemberAssetsSummary
    from pinterest_client.model._b import (
        BusinessMemberAssetsSummaryAdAccountsItem as BusinessMemberAssetsSummaryAdAccountsItem,
    )
    from pinterest_client.model._b import (
        BusinessMemberAssetsSummaryProfilesItem as BusinessMemberAssetsSummaryProfilesItem,
    )
    from pinterest_client.model._b import (
        BusinessMembersAssetAccessDeleteRequest as BusinessMembersAssetAccessDeleteRequest,
    )
    from pinterest_client.model._b import (
        BusinessMembersAssetAccessDeleteRequestAccessesItem as BusinessMembersAssetAccessDeleteRequestAccessesItem,
    )
    from pinterest_client.model._b import BusinessPartnerAssetAccessGetResponse as BusinessPartnerAssetAccessGetResponse
    from pinterest_client.model._b import BusinessRole as BusinessRole
    from pinterest_client.model._b import BusinessRoleCheckMode as BusinessRoleCheckMode
    from pinterest_client.model._b import BusinessRoleForMembers as BusinessRoleForMembers
    from pinterest_client.model._b import BusinessRoleResponse as BusinessRoleResponse
    from pinterest_client.model._b import BusinessSharedAudience as BusinessSharedAudience
    from pinterest_client.model._b import BusinessSharedAudienceResponse as BusinessSharedAudienceResponse
    from pinterest_client.model._c import CampaignAudienceMultipliers as CampaignAudienceMultipliers
    from pinterest_client.model._c import CampaignBidOptions as CampaignBidOptions
    from pinterest_client.model._c import CampaignBidOptionsCreate as CampaignBidOptionsCreate
    from pinterest_client.model._c import CampaignBidOptionsUpdate as CampaignBidOptionsUpdate
    from pinterest_client.model._c import CampaignCommon as CampaignCommon
    from pinterest_client.model._c import CampaignCreateCommon as CampaignCreateCommon
    from pinterest_client.model._c import CampaignCreateRequest as CampaignCreateRequest
    from pinterest_client.model._c import CampaignCreateResponse as CampaignCreateResponse
    from pinterest_client.model._c import CampaignCreateResponseData as CampaignCreateResponseData
    from pinterest_client.model._c import CampaignCreateResponseItem as CampaignCreateResponseItem
    from pinterest_client.model._c import CampaignId as CampaignId
    from pinterest_client.model._c import CampaignIdFilter as CampaignIdFilter
    from pinterest_client.model._c import CampaignIsAutomatedCampaign as CampaignIsAutomatedCampaign
    from pinterest_client.model._c import CampaignIsCampaignBudgetOptimization as CampaignIsCampaignBudgetOptimization
    from pinterest_client.model._c import CampaignIsFlexibleDailyBudgets as CampaignIsFlexibleDailyBudgets
    from pinterest_client.model._c import CampaignObjectivesFilter as CampaignObjectivesFilter
    from pinterest_client.model._c import CampaignResponse as CampaignResponse
    from pinterest_client.model._c import CampaignsAnalyticsResponse as CampaignsAnalyticsResponse
    from pinterest_client.model._c import CampaignsAnalyticsResponseItem as CampaignsAnalyticsResponseItem
    from pinterest_client.model._c import CampaignsListResponse as CampaignsListResponse
    from pinterest_client.model._c import CampaignSummaryStatus as CampaignSummaryStatus
    from pinterest_client.model._c import CampaignUpdateRequest as CampaignUpdateRequest
    from pinterest_client.model._c import CampaignUpdateResponse as CampaignUpdateResponse
    from pinterest_client.model._c import CancelInvitesBody as CancelInvitesBody
    from pinterest_client.model._c import CarouselSlot as CarouselSlot
    from pinterest_client.model._c import Catalog as Catalog
    from pinterest_client.model._c import CatalogProductGroup as CatalogProductGroup
    from pinterest_client.model._c import CatalogsAvailableFilterValues as CatalogsAvailableFilterValues
    from pinterest_client.model._c import CatalogsCreateCreativeAssetsItem as CatalogsCreateCreativeAssetsItem
    from pinterest_client.model._c import CatalogsCreateHotelItem as CatalogsCreateHotelItem
    from pinterest_client.model._c import CatalogsCreateReportResponse as CatalogsCreateReportResponse
    from pinterest_client.model._c import CatalogsCreateRequest as CatalogsCreateRequest
    from pinterest_client.model._c import CatalogsCreateRetailItem as CatalogsCreateRetailItem
    from pinterest_client.model._c import CatalogsCreativeAssetsAttributes as CatalogsCreativeAssetsAttributes
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsAvailableFilterValues as CatalogsCreativeAssetsAvailableFilterValues,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsAvailableFilterValuesFilterValues as CatalogsCreativeAssetsAvailableFilterValuesFilterValues,
    )
    from pinterest_client.model._c import CatalogsCreativeAssetsBatchItem as CatalogsCreativeAssetsBatchItem
    from pinterest_client.model._c import CatalogsCreativeAssetsBatchRequest as CatalogsCreativeAssetsBatchRequest
    from pinterest_client.model._c import CatalogsCreativeAssetsFeed as CatalogsCreativeAssetsFeed
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsFeedsCreateRequest as CatalogsCreativeAssetsFeedsCreateRequest,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsFeedsUpdateRequest as CatalogsCreativeAssetsFeedsUpdateRequest,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsItemErrorResponse as CatalogsCreativeAssetsItemErrorResponse,
    )
    from pinterest_client.model._c import CatalogsCreativeAssetsItemResponse as CatalogsCreativeAssetsItemResponse
    from pinterest_client.model._c import CatalogsCreativeAssetsItemsBatch as CatalogsCreativeAssetsItemsBatch
    from pinterest_client.model._c import CatalogsCreativeAssetsItemsFilter as CatalogsCreativeAssetsItemsFilter
    from pinterest_client.model._c import CatalogsCreativeAssetsItemsPostFilter as CatalogsCreativeAssetsItemsPostFilter
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest as CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model._c import CatalogsCreativeAssetsProduct as CatalogsCreativeAssetsProduct
    from pinterest_client.model._c import CatalogsCreativeAssetsProductGroup as CatalogsCreativeAssetsProductGroup
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsProductGroupCreateRequest as CatalogsCreativeAssetsProductGroupCreateRequest,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsProductGroupFilterKeys as CatalogsCreativeAssetsProductGroupFilterKeys,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsProductGroupFilters as CatalogsCreativeAssetsProductGroupFilters,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsProductGroupFiltersAllOf as CatalogsCreativeAssetsProductGroupFiltersAllOf,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsProductGroupFiltersAnyOf as CatalogsCreativeAssetsProductGroupFiltersAnyOf,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsProductGroupProductCounts as CatalogsCreativeAssetsProductGroupProductCounts,
    )
    from pinterest_client.model._c import (
        CatalogsCreativeAssetsProductGroupUpdateRequest as CatalogsCreativeAssetsProductGroupUpdateRequest,
    )
    from pinterest_client.model._c import CatalogsCreativeAssetsProductMetadata as CatalogsCreativeAssetsProductMetadata
    from pinterest_client.model._c import CatalogsDbItem as CatalogsDbItem
    from pinterest_client.model._c import CatalogsDeleteCreativeAssetsItem as CatalogsDeleteCreativeAssetsItem
    from pinterest_client.model._c import CatalogsDeleteHotelItem as CatalogsDeleteHotelItem
    from pinterest_client.model._c import CatalogsDeleteRetailItem as CatalogsDeleteRetailItem
    from pinterest_client.model._c import CatalogsFeed as CatalogsFeed
    from pinterest_client.model._c import CatalogsFeedCredentials as CatalogsFeedCredentials
    from pinterest_client.model._c import CatalogsFeedIngestion as CatalogsFeedIngestion
    from pinterest_client.model._c import CatalogsFeedIngestionDetails as CatalogsFeedIngestionDetails
    from pinterest_client.model._c import CatalogsFeedIngestionErrors as CatalogsFeedIngestionErrors
    from pinterest_client.model._c import CatalogsFeedIngestionInfo as CatalogsFeedIngestionInfo
    from pinterest_client.model._c import CatalogsFeedIngestionWarnings as CatalogsFeedIngestionWarnings
    from pinterest_client.model._c import CatalogsFeedProcessingResult as CatalogsFeedProcessingResult
    from pinterest_client.model._c import CatalogsFeedProcessingSchedule as CatalogsFeedProcessingSchedule
    from pinterest_client.model._c import CatalogsFeedProcessingStatus as CatalogsFeedProcessingStatus
    from pinterest_client.model._c import CatalogsFeedProductCounts as CatalogsFeedProductCounts
    from pinterest_client.model._c import CatalogsFeedsCreateRequest as CatalogsFeedsCreateRequest
    from pinterest_client.model._c import CatalogsFeedsUpdateRequest as CatalogsFeedsUpdateRequest
    from pinterest_client.model._c import CatalogsFeedValidationDetails as CatalogsFeedValidationDetails
    from pinterest_client.model._c import CatalogsFeedValidationErrors as CatalogsFeedValidationErrors
    from pinterest_client.model._c import CatalogsFeedValidationWarnings as CatalogsFeedValidationWarnings
    from pinterest_client.model._c import CatalogsFeedVideoCounts as CatalogsFeedVideoCounts
    from pinterest_client.model._c import CatalogsFormat as CatalogsFormat
    from pinterest_client.model._c import CatalogsHotelAddress as CatalogsHotelAddress
    from pinterest_client.model._c import CatalogsHotelAttributes as CatalogsHotelAttributes
    from pinterest_client.model._c import CatalogsHotelAttributesMainImage as CatalogsHotelAttributesMainImage
    from pinterest_client.model._c import CatalogsHotelAvailableFilterValues as CatalogsHotelAvailableFilterValues
    from pinterest_client.model._c import (
        CatalogsHotelAvailableFilterValuesFilterValues as CatalogsHotelAvailableFilterValuesFilterValues,
    )
    from pinterest_client.model._c import CatalogsHotelBatchItem as CatalogsHotelBatchItem
    from pinterest_client.model._c import CatalogsHotelBatchRequest as CatalogsHotelBatchRequest
    from pinterest_client.model._c import CatalogsHotelFeed as CatalogsHotelFeed
    from pinterest_client.model._c import CatalogsHotelFeedsCreateRequest as CatalogsHotelFeedsCreateRequest
    from pinterest_client.model._c import CatalogsHotelFeedsUpdateRequest as CatalogsHotelFeedsUpdateRequest
    from pinterest_client.model._c import CatalogsHotelGuestRatings as CatalogsHotelGuestRatings
    from pinterest_client.model._c import CatalogsHotelItemErrorResponse as CatalogsHotelItemErrorResponse
    from pinterest_client.model._c import CatalogsHotelItemResponse as CatalogsHotelItemResponse
    from pinterest_client.model._c import CatalogsHotelItemsBatch as CatalogsHotelItemsBatch
    from pinterest_client.model._c import CatalogsHotelItemsFilter as CatalogsHotelItemsFilter
    from pinterest_client.model._c import CatalogsHotelItemsPostFilter as CatalogsHotelItemsPostFilter
    from pinterest_client.model._c import (
        CatalogsHotelListProductsByCatalogBasedFilterRequest as CatalogsHotelListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model._c import CatalogsHotelProduct as CatalogsHotelProduct
    from pinterest_client.model._c import CatalogsHotelProductGroup as CatalogsHotelProductGroup
    from pinterest_client.model._c import (
        CatalogsHotelProductGroupCreateRequest as CatalogsHotelProductGroupCreateRequest,
    )
    from pinterest_client.model._c import CatalogsHotelProductGroupFilterKeys as CatalogsHotelProductGroupFilterKeys
    from pinterest_client.model._c import CatalogsHotelProductGroupFilters as CatalogsHotelProductGroupFilters
    from pinterest_client.model._c import CatalogsHotelProductGroupFiltersAllOf as CatalogsHotelProductGroupFiltersAllOf
    from pinterest_client.model._c import CatalogsHotelProductGroupFiltersAnyOf as CatalogsHotelProductGroupFiltersAnyOf
    from pinterest_client.model._c import (
        CatalogsHotelProductGroupProductCounts as CatalogsHotelProductGroupProductCounts,
    )
    from pinterest_client.model._c import CatalogsHotelProductGroupType as CatalogsHotelProductGroupType
    from pinterest_client.model._c import (
        CatalogsHotelProductGroupUpdateRequest as CatalogsHotelProductGroupUpdateRequest,
    )
    from pinterest_client.model._c import CatalogsHotelProductMetadata as CatalogsHotelProductMetadata
    from pinterest_client.model._c import CatalogsHotelReportParameters as CatalogsHotelReportParameters
    from pinterest_client.model._c import CatalogsHotelReportParametersReport as CatalogsHotelReportParametersReport
    from pinterest_client.model._c import CatalogsHotelReportStatsParameters as CatalogsHotelReportStatsParameters
    from pinterest_client.model._c import (
        CatalogsHotelReportStatsParametersReport as CatalogsHotelReportStatsParametersReport,
    )
    from pinterest_client.model._c import CatalogsItems as CatalogsItems
    from pinterest_client.model._c import CatalogsItemsBatch as CatalogsItemsBatch
    from pinterest_client.model._c import CatalogsItemsBatchRequest as CatalogsItemsBatchRequest
    from pinterest_client.model._c import CatalogsItemsCreateBatchRequest as CatalogsItemsCreateBatchRequest
    from pinterest_client.model._c import CatalogsItemsDeleteBatchRequest as CatalogsItemsDeleteBatchRequest
    from pinterest_client.model._c import (
        CatalogsItemsDeleteDiscontinuedBatchRequest as CatalogsItemsDeleteDiscontinuedBatchRequest,
    )
    from pinterest_client.model._c import CatalogsItemsFilters as CatalogsItemsFilters
    from pinterest_client.model._c import CatalogsItemsPostFilters as CatalogsItemsPostFilters
    from pinterest_client.model._c import CatalogsItemsRequest as CatalogsItemsRequest
    from pinterest_client.model._c import CatalogsItemsUpdateBatchRequest as CatalogsItemsUpdateBatchRequest
    from pinterest_client.model._c import CatalogsItemsUpsertBatchRequest as CatalogsItemsUpsertBatchRequest
    from pinterest_client.model._c import CatalogsItemValidationDetails as CatalogsItemValidationDetails
    from pinterest_client.model._c import CatalogsItemValidationErrors as CatalogsItemValidationErrors
    from pinterest_client.model._c import CatalogsItemValidationIssue as CatalogsItemValidationIssue
    from pinterest_client.model._c import CatalogsItemValidationIssues as CatalogsItemValidationIssues
    from pinterest_client.model._c import CatalogsItemValidationWarnings as CatalogsItemValidationWarnings
    from pinterest_client.model._c import CatalogsListProductsByFeedBasedFilter as CatalogsListProductsByFeedBasedFilter
    from pinterest_client.model._c import CatalogsListProductsByFilterRequest as CatalogsListProductsByFilterRequest
    from pinterest_client.model._c import CatalogsListResponse as CatalogsListResponse
    from pinterest_client.model._c import CatalogsLocale as CatalogsLocale
    from pinterest_client.model._c import CatalogsProduct as CatalogsProduct
    from pinterest_client.model._c import CatalogsProductGroup as CatalogsProductGroup
    from pinterest_client.model._c import (
        CatalogsProductGroupCatalogsProductGroupFeedBasedCase as CatalogsProductGroupCatalogsProductGroupFeedBasedCase,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupCatalogsProductGroupMerchantBasedCase as CatalogsProductGroupCatalogsProductGroupMerchantBasedCase,
    )
    from pinterest_client.model._c import CatalogsProductGroupCreateRequest as CatalogsProductGroupCreateRequest
    from pinterest_client.model._c import CatalogsProductGroupCurrencyCriteria as CatalogsProductGroupCurrencyCriteria
    from pinterest_client.model._c import CatalogsProductGroupFilterKeys as CatalogsProductGroupFilterKeys
    from pinterest_client.model._c import (
        CatalogsProductGroupFilterOperatorTypeCriteria as CatalogsProductGroupFilterOperatorTypeCriteria,
    )
    from pinterest_client.model._c import CatalogsProductGroupFilters as CatalogsProductGroupFilters
    from pinterest_client.model._c import CatalogsProductGroupFiltersAllOf as CatalogsProductGroupFiltersAllOf
    from pinterest_client.model._c import (
        CatalogsProductGroupFiltersAllOfRequest as CatalogsProductGroupFiltersAllOfRequest,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupFiltersAllOfRequestOption1 as CatalogsProductGroupFiltersAllOfRequestOption1,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupFiltersAllOfRequestOption2 as CatalogsProductGroupFiltersAllOfRequestOption2,
    )
    from pinterest_client.model._c import CatalogsProductGroupFiltersAnyOf as CatalogsProductGroupFiltersAnyOf
    from pinterest_client.model._c import CatalogsProductGroupFiltersRequest as CatalogsProductGroupFiltersRequest
    from pinterest_client.model._c import (
        CatalogsProductGroupFiltersRequestAllOf as CatalogsProductGroupFiltersRequestAllOf,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupFiltersRequestAnyOf as CatalogsProductGroupFiltersRequestAnyOf,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupMultipleCountriesCriteria as CatalogsProductGroupMultipleCountriesCriteria,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupMultipleGenderCriteria as CatalogsProductGroupMultipleGenderCriteria,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupMultipleMediaTypesCriteria as CatalogsProductGroupMultipleMediaTypesCriteria,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupMultipleStringCriteria as CatalogsProductGroupMultipleStringCriteria,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupMultipleStringListCriteria as CatalogsProductGroupMultipleStringListCriteria,
    )
    from pinterest_client.model._c import CatalogsProductGroupPinsListResponse as CatalogsProductGroupPinsListResponse
    from pinterest_client.model._c import CatalogsProductGroupPricingCriteria as CatalogsProductGroupPricingCriteria
    from pinterest_client.model._c import CatalogsProductGroupProductCounts as CatalogsProductGroupProductCounts
    from pinterest_client.model._c import (
        CatalogsProductGroupProductCountsVertical as CatalogsProductGroupProductCountsVertical,
    )
    from pinterest_client.model._c import (
        CatalogsProductGroupsCreateManyRequestItem as CatalogsProductGroupsCreateManyRequestItem,
    )
    from pinterest_client.model._c import CatalogsProductGroupsCreateRequest as CatalogsProductGroupsCreateRequest
    from pinterest_client.model._c import CatalogsProductGroupsListResponse as CatalogsProductGroupsListResponse
    from pinterest_client.model._c import CatalogsProductGroupStatus as CatalogsProductGroupStatus
    from pinterest_client.model._c import CatalogsProductGroupsUpdateRequest as CatalogsProductGroupsUpdateRequest
    from pinterest_client.model._c import CatalogsProductGroupType as CatalogsProductGroupType
    from pinterest_client.model._c import CatalogsProductGroupUint32Criteria as CatalogsProductGroupUint32Criteria
    from pinterest_client.model._c import CatalogsProductGroupUpdateRequest as CatalogsProductGroupUpdateRequest
    from pinterest_client.model._c import CatalogsReport as CatalogsReport
    from pinterest_client.model._c import CatalogsReportAllItemsFilter as CatalogsReportAllItemsFilter
    from pinterest_client.model._c import CatalogsReportDistributionIssueFilter as CatalogsReportDistributionIssueFilter
    from pinterest_client.model._c import CatalogsReportDistributionStats as CatalogsReportDistributionStats
    from pinterest_client.model._c import CatalogsReportFeedIngestionFilter as CatalogsReportFeedIngestionFilter
    from pinterest_client.model._c import CatalogsReportFeedIngestionStats as CatalogsReportFeedIngestionStats
    from pinterest_client.model._c import CatalogsReportParameters as CatalogsReportParameters
    from pinterest_client.model._c import CatalogsReportStats as CatalogsReportStats
    from pinterest_client.model._c import CatalogsRetailAvailableFilterValues as CatalogsRetailAvailableFilterValues
    from pinterest_client.model._c import (
        CatalogsRetailAvailableFilterValuesFilterValues as CatalogsRetailAvailableFilterValuesFilterValues,
    )
    from pinterest_client.model._c import CatalogsRetailBatchRequest as CatalogsRetailBatchRequest
    from pinterest_client.model._c import CatalogsRetailBatchRequestItemsItem as CatalogsRetailBatchRequestItemsItem
    from pinterest_client.model._c import CatalogsRetailFeed as CatalogsRetailFeed
    from pinterest_client.model._c import CatalogsRetailFeedsCreateRequest as CatalogsRetailFeedsCreateRequest
    from pinterest_client.model._c import CatalogsRetailFeedsUpdateRequest as CatalogsRetailFeedsUpdateRequest
    from pinterest_client.model._c import CatalogsRetailItemErrorResponse as CatalogsRetailItemErrorResponse
    from pinterest_client.model._c import CatalogsRetailItemResponse as CatalogsRetailItemResponse
    from pinterest_client.model._c import CatalogsRetailItemsBatch as CatalogsRetailItemsBatch
    from pinterest_client.model._c import CatalogsRetailItemsFilter as CatalogsRetailItemsFilter
    from pinterest_client.model._c import CatalogsRetailItemsPostFilter as CatalogsRetailItemsPostFilter
    from pinterest_client.model._c import (
        CatalogsRetailListProductsByCatalogBasedFilterRequest as CatalogsRetailListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model._c import CatalogsRetailProduct as CatalogsRetailProduct
    from pinterest_client.model._c import CatalogsRetailProductGroup as CatalogsRetailProductGroup
    from pinterest_client.model._c import (
        CatalogsRetailProductGroupCreateRequest as CatalogsRetailProductGroupCreateRequest,
    )
    from pinterest_client.model._c import (
        CatalogsRetailProductGroupProductCounts as CatalogsRetailProductGroupProductCounts,
    )
    from pinterest_client.model._c import (
        CatalogsRetailProductGroupUpdateRequest as CatalogsRetailProductGroupUpdateRequest,
    )
    from pinterest_client.model._c import CatalogsRetailProductMetadata as CatalogsRetailProductMetadata
    from pinterest_client.model._c import CatalogsRetailReportParameters as CatalogsRetailReportParameters
    from pinterest_client.model._c import CatalogsRetailReportParametersReport as CatalogsRetailReportParametersReport
    from pinterest_client.model._c import CatalogsRetailReportStatsParameters as CatalogsRetailReportStatsParameters
    from pinterest_client.model._c import (
        CatalogsRetailReportStatsParametersReport as CatalogsRetailReportStatsParametersReport,
    )
    from pinterest_client.model._c import CatalogsStatus as CatalogsStatus
    from pinterest_client.model._c import CatalogsType as CatalogsType
    from pinterest_client.model._c import (
        CatalogsUpdatableCreativeAssetsAttributes as CatalogsUpdatableCreativeAssetsAttributes,
    )
    from pinterest_client.model._c import CatalogsUpdatableHotelAttributes as CatalogsUpdatableHotelAttributes
    from pinterest_client.model._c import CatalogsUpdateCreativeAssetsItem as CatalogsUpdateCreativeAssetsItem
    from pinterest_client.model._c import CatalogsUpdateHotelItem as CatalogsUpdateHotelItem
    from pinterest_client.model._c import CatalogsUpdateRetailItem as CatalogsUpdateRetailItem
    from pinterest_client.model._c import CatalogsUpsertCreativeAssetsItem as CatalogsUpsertCreativeAssetsItem
    from pinterest_client.model._c import CatalogsUpsertHotelItem as CatalogsUpsertHotelItem
    from pinterest_client.model._c import CatalogsUpsertRetailItem as CatalogsUpsertRetailItem
    from pinterest_client.model._c import CatalogsVerticalBatchRequest as CatalogsVerticalBatchRequest
    from pinterest_client.model._c import CatalogsVerticalFeedsCreateRequest as CatalogsVerticalFeedsCreateRequest
    from pinterest_client.model._c import CatalogsVerticalFeedsUpdateRequest as CatalogsVerticalFeedsUpdateRequest
    from pinterest_client.model._c import CatalogsVerticalProductGroup as CatalogsVerticalProductGroup
    from pinterest_client.model._c import (
        CatalogsVerticalProductGroupCreateRequest as CatalogsVerticalProductGroupCreateRequest,
    )
    from pinterest_client.model._c import (
        CatalogsVerticalProductGroupUpdateRequest as CatalogsVerticalProductGroupUpdateRequest,
    )
    from pinterest_client.model._c import (
        CatalogsVerticalsListProductsByCatalogBasedFilterRequest as CatalogsVerticalsListProductsByCatalogBasedFilterRequest,
    )
    from pinterest_client.model._c import ConditionFilter as ConditionFilter
    from pinterest_client.model._c import ContentType as ContentType
    from pinterest_client.model._c import ConversionAccessTokenResponse as ConversionAccessTokenResponse
    from pinterest_client.model._c import ConversionApiResponse as ConversionApiResponse
    from pinterest_client.model._c import ConversionApiResponseEventsItem as ConversionApiResponseEventsItem
    from pinterest_client.model._c import ConversionAttributionWindowDays as ConversionAttributionWindowDays
    from pinterest_client.model._c import ConversionEventAppInfo as ConversionEventAppInfo
    from pinterest_client.model._c import ConversionEventDeviceInfo as ConversionEventDeviceInfo
    from pinterest_client.model._c import ConversionEventResponse as ConversionEventResponse
    from pinterest_client.model._c import ConversionEvents as ConversionEvents
    from pinterest_client.model._c import ConversionEventsDataItem as ConversionEventsDataItem
    from pinterest_client.model._c import ConversionEventsDataItemCustomData as ConversionEventsDataItemCustomData
    from pinterest_client.model._c import (
        ConversionEventsDataItemCustomDataContentsItem as ConversionEventsDataItemCustomDataContentsItem,
    )
    from pinterest_client.model._c import ConversionEventsUserData as ConversionEventsUserData
    from pinterest_client.model._c import ConversionEventsUserDataProperties as ConversionEventsUserDataProperties
    from pinterest_client.model._c import ConversionHealthSelectionItem as ConversionHealthSelectionItem
    from pinterest_client.model._c import ConversionMSOTEvents as ConversionMSOTEvents
    from pinterest_client.model._c import ConversionProductReportingColumn as ConversionProductReportingColumn
    from pinterest_client.model._c import ConversionProductReportRequest as ConversionProductReportRequest
    from pinterest_client.model._c import (
        ConversionProductReportRequestConversionProductAttributionType as ConversionProductReportRequestConversionProductAttributionType,
    )
    from pinterest_client.model._c import ConversionReportAttributionType as ConversionReportAttributionType
    from pinterest_client.model._c import ConversionReportTimeType as ConversionReportTimeType
    from pinterest_client.model._c import ConversionTag as ConversionTag
    from pinterest_client.model._c import ConversionTagCommon as ConversionTagCommon
    from pinterest_client.model._c import ConversionTagConfigs as ConversionTagConfigs
    from pinterest_client.model._c import ConversionTagCreate as ConversionTagCreate
    from pinterest_client.model._c import ConversionTagListResponse as ConversionTagListResponse
    from pinterest_client.model._c import ConversionTagResponse as ConversionTagResponse
    from pinterest_client.model._c import ConversionTagsListResponse as ConversionTagsListResponse
    from pinterest_client.model._c import ConversionTagsOcpmEligibleResponse as ConversionTagsOcpmEligibleResponse
    from pinterest_client.model._c import ConversionTagType as ConversionTagType
    from pinterest_client.model._c import Country as Country
    from pinterest_client.model._c import CountryFilter as CountryFilter
    from pinterest_client.model._c import CreateAssetAccessRequestBody as CreateAssetAccessRequestBody
    from pinterest_client.model._c import (
        CreateAssetAccessRequestBodyAssetRequestsItem as CreateAssetAccessRequestBodyAssetRequestsItem,
    )
    from pinterest_client.model._c import CreateAssetAccessRequestErrorMessage as CreateAssetAccessRequestErrorMessage
    from pinterest_client.model._c import (
        CreateAssetAccessRequestErrorMessageItem as CreateAssetAccessRequestErrorMessageItem,
    )
    from pinterest_client.model._c import CreateAssetAccessRequestResponse as CreateAssetAccessRequestResponse
    from pinterest_client.model._c import CreateAssetGroupBody as CreateAssetGroupBody
    from pinterest_client.model._c import CreateAssetGroupResponse as CreateAssetGroupResponse
    from pinterest_client.model._c import CreateAssetInvitesRequest as CreateAssetInvitesRequest
    from pinterest_client.model._c import CreateAssetInvitesRequestItem as CreateAssetInvitesRequestItem
    from pinterest_client.model._c import CreateInvitesResultsResponseArray as CreateInvitesResultsResponseArray
    from pinterest_client.model._c import (
        CreateInvitesResultsResponseArrayItemsItem as CreateInvitesResultsResponseArrayItemsItem,
    )
    from pinterest_client.model._c import (
        CreateInvitesResultsResponseArrayItemsItemInvite as CreateInvitesResultsResponseArrayItemsItemInvite,
    )
    from pinterest_client.model._c import (
        CreateMembershipOrPartnershipInvitesBody as CreateMembershipOrPartnershipInvitesBody,
    )
    from pinterest_client.model._c import CreateMMMReportRequest as CreateMMMReportRequest
    from pinterest_client.model._c import CreateMMMReportResponse as CreateMMMReportResponse
    from pinterest_client.model._c import CreateMMMReportResponseData as CreateMMMReportResponseData
    from pinterest_client.model._c import CreativeAssetsIdFilter as CreativeAssetsIdFilter
    from pinterest_client.model._c import CreativeAssetsProcessingRecord as CreativeAssetsProcessingRecord
    from pinterest_client.model._c import CreativeAssetsVisibilityType as CreativeAssetsVisibilityType
    from pinterest_client.model._c import CreativeType as CreativeType
    from pinterest_client.model._c import Currency as Currency
    from pinterest_client.model._c import CurrencyFilter as CurrencyFilter
    from pinterest_client.model._c import CustomColumnId as CustomColumnId
    from pinterest_client.model._c import CustomerList as CustomerList
    from pinterest_client.model._c import CustomerListRequest as CustomerListRequest
    from pinterest_client.model._c import CustomerListsListResponse as CustomerListsListResponse
    from pinterest_client.model._c import CustomerListUpdateRequest as CustomerListUpdateRequest
    from pinterest_client.model._c import CustomerListUpload as CustomerListUpload
    from pinterest_client.model._c import CustomerListUploadCreateRequest as CustomerListUploadCreateRequest
    from pinterest_client.model._c import CustomerListUploadCreateResponse as CustomerListUploadCreateResponse
    from pinterest_client.model._c import CustomerListUploadErrorCountsItem as CustomerListUploadErrorCountsItem
    from pinterest_client.model._c import CustomerListUploadRecordCounts as CustomerListUploadRecordCounts
    from pinterest_client.model._c import CustomerListUploadResponse as CustomerListUploadResponse
    from pinterest_client.model._c import (
        CustomerListUploadResponseErrorCountsItem as CustomerListUploadResponseErrorCountsItem,
    )
    from pinterest_client.model._c import (
        CustomerListUploadResponseRecordCounts as CustomerListUploadResponseRecordCounts,
    )
    from pinterest_client.model._c import CustomizableCTAType as CustomizableCTAType
    from pinterest_client.model._c import CustomLabel0Filter as CustomLabel0Filter
    from pinterest_client.model._c import CustomLabel1Filter as CustomLabel1Filter
    from pinterest_client.model._c import CustomLabel2Filter as CustomLabel2Filter
    from pinterest_client.model._c import CustomLabel3Filter as CustomLabel3Filter
    from pinterest_client.model._c import CustomLabel4Filter as CustomLabel4Filter
    from pinterest_client.model._c import CustomNumber0Filter as CustomNumber0Filter
    from pinterest_client.model._c import CustomNumber1Filter as CustomNumber1Filter
    from pinterest_client.model._c import CustomNumber2Filter as CustomNumber2Filter
    from pinterest_client.model._c import CustomNumber3Filter as CustomNumber3Filter
    from pinterest_client.model._c import CustomNumber4Filter as CustomNumber4Filter
    from pinterest_client.model._d import DataOutputFormat as DataOutputFormat
    from pinterest_client.model._d import DataStatus as DataStatus
    from pinterest_client.model._d import DeleteAssetGroupBody as DeleteAssetGroupBody
    from pinterest_client.model._d import DeleteAssetGroupResponse as DeleteAssetGroupResponse
    from pinterest_client.model._d import (
        DeleteAssetGroupResponseExceptionsItem as DeleteAssetGroupResponseExceptionsItem,
    )
    from pinterest_client.model._d import DeletedMembersResponse as DeletedMembersResponse
    from pinterest_client.model._d import DeleteInvitesResultsResponseArray as DeleteInvitesResultsResponseArray
    from pinterest_client.model._d import (
        DeleteInvitesResultsResponseArrayItemsItem as DeleteInvitesResultsResponseArrayItemsItem,
    )
    from pinterest_client.model._d import (
        DeleteInvitesResultsResponseArrayItemsItemException as DeleteInvitesResultsResponseArrayItemsItemException,
    )
    from pinterest_client.model._d import DeleteMemberAccessResult as DeleteMemberAccessResult
    from pinterest_client.model._d import (
        DeleteMemberAccessResultsResponseArray as DeleteMemberAccessResultsResponseArray,
    )
    from pinterest_client.model._d import DeletePartnerAssetAccessBody as DeletePartnerAssetAccessBody
    from pinterest_client.model._d import (
        DeletePartnerAssetAccessBodyAccessesItem as DeletePartnerAssetAccessBodyAccessesItem,
    )
    from pinterest_client.model._d import DeletePartnerAssetsResult as DeletePartnerAssetsResult
    from pinterest_client.model._d import (
        DeletePartnerAssetsResultsResponseArray as DeletePartnerAssetsResultsResponseArray,
    )
    from pinterest_client.model._d import DeletePartnersRequest as DeletePartnersRequest
    from pinterest_client.model._d import DeletePartnersResponse as DeletePartnersResponse
    from pinterest_client.model._d import DeliveryMetricsResponse as DeliveryMetricsResponse
    from pinterest_client.model._d import DeliveryMetricsResponseItemsItem as DeliveryMetricsResponseItemsItem
    from pinterest_client.model._d import DetailedError as DetailedError
    from pinterest_client.model._d import DisclosureType as DisclosureType
    from pinterest_client.model._e import EnhancedMatchStatusType as EnhancedMatchStatusType
    from pinterest_client.model._e import EntityId as EntityId
    from pinterest_client.model._e import EntityStatus as EntityStatus
    from pinterest_client.model._e import Error as Error
    from pinterest_client.model._e import EventData as EventData
    from pinterest_client.model._e import EventQualityScore as EventQualityScore
    from pinterest_client.model._e import Exception as Exception
    from pinterest_client.model._f import FeaturedTrend as FeaturedTrend
    from pinterest_client.model._f import FeedProcessingResultsListResponse as FeedProcessingResultsListResponse
    from pinterest_client.model._f import FeedsCreateRequest as FeedsCreateRequest
    from pinterest_client.model._f import FeedsListResponse as FeedsListResponse
    from pinterest_client.model._f import FeedsUpdateRequest as FeedsUpdateRequest
    from pinterest_client.model._f import FollowersListResponse as FollowersListResponse
    from pinterest_client.model._f import FollowUserRequest as FollowUserRequest
    from pinterest_client.model._g import Gender as Gender
    from pinterest_client.model._g import GenderBucket as GenderBucket
    from pinterest_client.model._g import GenderDemographics as GenderDemographics
    from pinterest_client.model._g import GenderFilter as GenderFilter
    from pinterest_client.model._g import GenderList as GenderList
    from pinterest_client.model._g import GetAudiencesOrderBy as GetAudiencesOrderBy
    from pinterest_client.model._g import GetBusinessAssetsResponse as GetBusinessAssetsResponse
    from pinterest_client.model._g import GetBusinessAssetsResponseCatalogInfo as GetBusinessAssetsResponseCatalogInfo
    from pinterest_client.model._g import GetBusinessAssetTypeResponse as GetBusinessAssetTypeResponse
    from pinterest_client.model._g import GetBusinessEmployersResponse as GetBusinessEmployersResponse
    from pinterest_client.model._g import GetBusinessMembersResponse as GetBusinessMembersResponse
    from pinterest_client.model._g import GetBusinessPartnersResponse as GetBusinessPartnersResponse
    from pinterest_client.model._g import GetInvitesResponse as GetInvitesResponse
    from pinterest_client.model._g import GetMMMReportResponse as GetMMMReportResponse
    from pinterest_client.model._g import GetMMMReportResponseData as GetMMMReportResponseData
    from pinterest_client.model._g import GetPartnerAssetsResponse as GetPartnerAssetsResponse
    from pinterest_client.model._g import GoogleProductCategory0Filter as GoogleProductCategory0Filter
    from pinterest_client.model._g import GoogleProductCategory1Filter as GoogleProductCategory1Filter
    from pinterest_client.model._g import GoogleProductCategory2Filter as GoogleProductCategory2Filter
    from pinterest_client.model._g import GoogleProductCategory3Filter as GoogleProductCategory3Filter
    from pinterest_client.model._g import GoogleProductCategory4Filter as GoogleProductCategory4Filter
    from pinterest_client.model._g import GoogleProductCategory5Filter as GoogleProductCategory5Filter
    from pinterest_client.model._g import GoogleProductCategory6Filter as GoogleProductCategory6Filter
    from pinterest_client.model._g import Granularity as Granularity
    from pinterest_client.model._g import GridClickType as GridClickType
    from pinterest_client.model._h import HotelIdFilter as HotelIdFilter
    from pinterest_client.model._h import HotelProcessingRecord as HotelProcessingRecord
    from pinterest_client.model._i import ImageDetails as ImageDetails
    from pinterest_client.model._i import ImageMetadata as ImageMetadata
    from pinterest_client.model._i import ImageSize as ImageSize
    from pinterest_client.model._i import IngestionSourceOptions as IngestionSourceOptions
    from pinterest_client.model._i import (
        InnerProductCategoriesMetricsHighlights as InnerProductCategoriesMetricsHighlights,
    )
    from pinterest_client.model._i import IntegrationLog as IntegrationLog
    from pinterest_client.model._i import IntegrationLogClientError as IntegrationLogClientError
    from pinterest_client.model._i import IntegrationLogClientRequest as IntegrationLogClientRequest
    from pinterest_client.model._i import IntegrationLogsInvalidLogResponse as IntegrationLogsInvalidLogResponse
    from pinterest_client.model._i import (
        IntegrationLogsInvalidLogResponseRejectedLogsItem as IntegrationLogsInvalidLogResponseRejectedLogsItem,
    )
    from pinterest_client.model._i import IntegrationLogsRequest as IntegrationLogsRequest
    from pinterest_client.model._i import IntegrationLogsSuccessResponse as IntegrationLogsSuccessResponse
    from pinterest_client.model._i import IntegrationMetadata as IntegrationMetadata
    from pinterest_client.model._i import IntegrationRecord as IntegrationRecord
    from pinterest_client.model._i import IntegrationRequest as IntegrationRequest
    from pinterest_client.model._i import IntegrationRequestPatch as IntegrationRequestPatch
    from pinterest_client.model._i import IntegrationsGetListResponse as IntegrationsGetListResponse
    from pinterest_client.model._i import Interest as Interest
    from pinterest_client.model._i import InterestsEnum as InterestsEnum
    from pinterest_client.model._i import InviteAssetsSummary as InviteAssetsSummary
    from pinterest_client.model._i import InviteAssetsSummaryAdAccountsItem as InviteAssetsSummaryAdAccountsItem
    from pinterest_client.model._i import InviteAssetsSummaryProfilesItem as InviteAssetsSummaryProfilesItem
    from pinterest_client.model._i import InviteBusinessRoleBinding as InviteBusinessRoleBinding
    from pinterest_client.model._i import InviteExceptionResponse as InviteExceptionResponse
    from pinterest_client.model._i import InviteResponse as InviteResponse
    from pinterest_client.model._i import InviteStatus as InviteStatus
    from pinterest_client.model._i import InviteType as InviteType
    from pinterest_client.model._i import ItemAttributes as ItemAttributes
    from pinterest_client.model._i import ItemAttributesRequest as ItemAttributesRequest
    from pinterest_client.model._i import ItemBatchRecord as ItemBatchRecord
    from pinterest_client.model._i import ItemCreateBatchRecord as ItemCreateBatchRecord
    from pinterest_client.model._i import ItemDeleteBatchRecord as ItemDeleteBatchRecord
    from pinterest_client.model._i import ItemDeleteDiscontinuedBatchRecord as ItemDeleteDiscontinuedBatchRecord
    from pinterest_client.model._i import ItemGroupIdFilter as ItemGroupIdFilter
    from pinterest_client.model._i import ItemIdFilter as ItemIdFilter
    from pinterest_client.model._i import ItemProcessingRecord as ItemProcessingRecord
    from pinterest_client.model._i import ItemProcessingStatus as ItemProcessingStatus
    from pinterest_client.model._i import ItemResponse as ItemResponse
    from pinterest_client.model._i import ItemResponseOption1 as ItemResponseOption1
    from pinterest_client.model._i import ItemResponseOption2 as ItemResponseOption2
    from pinterest_client.model._i import ItemsBatchPostRequest as ItemsBatchPostRequest
    from pinterest_client.model._i import ItemsIssuesListResponse as ItemsIssuesListResponse
    from pinterest_client.model._i import ItemUpdateBatchRecord as ItemUpdateBatchRecord
    from pinterest_client.model._i import ItemUpsertBatchRecord as ItemUpsertBatchRecord
    from pinterest_client.model._i import ItemValidationEvent as ItemValidationEvent
    from pinterest_client.model._k import Keyword as Keyword
    from pinterest_client.model._k import KeywordError as KeywordError
    from pinterest_client.model._k import KeywordList as KeywordList
    from pinterest_client.model._k import KeywordMetrics as KeywordMetrics
    from pinterest_client.model._k import KeywordMetricsResponse as KeywordMetricsResponse
    from pinterest_client.model._k import KeywordsCommon as KeywordsCommon
    from pinterest_client.model._k import KeywordsGetResponse as KeywordsGetResponse
    from pinterest_client.model._k import KeywordsMetricsArrayResponse as KeywordsMetricsArrayResponse
    from pinterest_client.model._k import KeywordsRequest as KeywordsRequest
    from pinterest_client.model._k import KeywordsResponse as KeywordsResponse
    from pinterest_client.model._k import KeywordUpdate as KeywordUpdate
    from pinterest_client.model._k import KeywordUpdateBody as KeywordUpdateBody
    from pinterest_client.model._l import L1InterestList as L1InterestList
    from pinterest_client.model._l import Label as Label
    from pinterest_client.model._l import LabelCreateRequest as LabelCreateRequest
    from pinterest_client.model._l import LabelCreateRequestLabelsItem as LabelCreateRequestLabelsItem
    from pinterest_client.model._l import LabelError as LabelError
    from pinterest_client.model._l import LabelParentType as LabelParentType
    from pinterest_client.model._l import LabelsListResponse as LabelsListResponse
    from pinterest_client.model._l import LabelsResponse as LabelsResponse
    from pinterest_client.model._l import LabelStatus as LabelStatus
    from pinterest_client.model._l import LabelType as LabelType
    from pinterest_client.model._l import LabelUpdateRequest as LabelUpdateRequest
    from pinterest_client.model._l import LabelUpdateRequestLabelsItem as LabelUpdateRequestLabelsItem
    from pinterest_client.model._l import Language as Language
    from pinterest_client.model._l import LeadFormArrayResponse as LeadFormArrayResponse
    from pinterest_client.model._l import LeadFormArrayResponseItemsItem as LeadFormArrayResponseItemsItem
    from pinterest_client.model._l import LeadFormCommon as LeadFormCommon
    from pinterest_client.model._l import LeadFormCommonPolicyLinksItem as LeadFormCommonPolicyLinksItem
    from pinterest_client.model._l import LeadFormCreateRequest as LeadFormCreateRequest
    from pinterest_client.model._l import LeadFormQuestion as LeadFormQuestion
    from pinterest_client.model._l import LeadFormQuestionFieldType as LeadFormQuestionFieldType
    from pinterest_client.model._l import LeadFormQuestionType as LeadFormQuestionType
    from pinterest_client.model._l import LeadFormResponse as LeadFormResponse
    from pinterest_client.model._l import LeadFormsListResponse as LeadFormsListResponse
    from pinterest_client.model._l import LeadFormStatus as LeadFormStatus
    from pinterest_client.model._l import LeadFormTestRequest as LeadFormTestRequest
    from pinterest_client.model._l import LeadFormTestResponse as LeadFormTestResponse
    from pinterest_client.model._l import LeadFormUpdateRequest as LeadFormUpdateRequest
    from pinterest_client.model._l import LeadsExportCreateRequest as LeadsExportCreateRequest
    from pinterest_client.model._l import LeadsExportCreateResponse as LeadsExportCreateResponse
    from pinterest_client.model._l import LeadsExportResponseData as LeadsExportResponseData
    from pinterest_client.model._l import LeadsExportStatus as LeadsExportStatus
    from pinterest_client.model._l import LeadSubscription as LeadSubscription
    from pinterest_client.model._l import LeadSubscriptionPostParamsCreate as LeadSubscriptionPostParamsCreate
    from pinterest_client.model._l import (
        LeadSubscriptionPostParamsCreatePartnerMetadata as LeadSubscriptionPostParamsCreatePartnerMetadata,
    )
    from pinterest_client.model._l import LineItem as LineItem
    from pinterest_client.model._l import LinkedBusiness as LinkedBusiness
    from pinterest_client.model._l import LocalStoreId as LocalStoreId
    from pinterest_client.model._l import LocalStoreUpdate as LocalStoreUpdate
    from pinterest_client.model._l import LookbackPeriodOptions as LookbackPeriodOptions
    from pinterest_client.model._m import MatchType as MatchType
    from pinterest_client.model._m import MatchTypeResponse as MatchTypeResponse
    from pinterest_client.model._m import MaxPriceFilter as MaxPriceFilter
    from pinterest_client.model._m import Media as Media
    from pinterest_client.model._m import MediaListResponse as MediaListResponse
    from pinterest_client.model._m import MediaType as MediaType
    from pinterest_client.model._m import MediaTypeFilter as MediaTypeFilter
    from pinterest_client.model._m import MediaUpload as MediaUpload
    from pinterest_client.model._m import MediaUploadCreate as MediaUploadCreate
    from pinterest_client.model._m import MediaUploadDetails as MediaUploadDetails
    from pinterest_client.model._m import MediaUploadParameters as MediaUploadParameters
    from pinterest_client.model._m import MediaUploadRequest as MediaUploadRequest
    from pinterest_client.model._m import MediaUploadStatus as MediaUploadStatus
    from pinterest_client.model._m import MediaUploadType as MediaUploadType
    from pinterest_client.model._m import MemberBusinessRole as MemberBusinessRole
    from pinterest_client.model._m import MembersToDeleteBody as MembersToDeleteBody
    from pinterest_client.model._m import MembersToDeleteBodyMembersItem as MembersToDeleteBodyMembersItem
    from pinterest_client.model._m import Metrics as Metrics
    from pinterest_client.model._m import MetricsReportingLevel as MetricsReportingLevel
    from pinterest_client.model._m import MetricsResponse as MetricsResponse
    from pinterest_client.model._m import MinPriceFilter as MinPriceFilter
    from pinterest_client.model._m import MMMReportingColumn as MMMReportingColumn
    from pinterest_client.model._m import MMMReportingTargetingType as MMMReportingTargetingType
    from pinterest_client.model._n import NonDraftEntityStatus as NonDraftEntityStatus
    from pinterest_client.model._n import NonNullableCatalogsCurrency as NonNullableCatalogsCurrency
    from pinterest_client.model._n import NonNullableProductAvailabilityType as NonNullableProductAvailabilityType
    from pinterest_client.model._n import Notification as Notification
    from pinterest_client.model._n import NotificationPostRequest as NotificationPostRequest
    from pinterest_client.model._n import NotificationPostResponse as NotificationPostResponse
    from pinterest_client.model._n import Notifications as Notifications
    from pinterest_client.model._n import NullableCatalogsItemFieldType as NullableCatalogsItemFieldType
    from pinterest_client.model._n import NullableCurrency as NullableCurrency
    from pinterest_client.model._o import OauthAccessTokenRequest as OauthAccessTokenRequest
    from pinterest_client.model._o import (
        OauthAccessTokenRequestClientCredentials as OauthAccessTokenRequestClientCredentials,
    )
    from pinterest_client.model._o import OauthAccessTokenRequestCode as OauthAccessTokenRequestCode
    from pinterest_client.model._o import OauthAccessTokenRequestRefresh as OauthAccessTokenRequestRefresh
    from pinterest_client.model._o import OauthAccessTokenResponse as OauthAccessTokenResponse
    from pinterest_client.model._o import (
        OauthAccessTokenResponseClientCredentials as OauthAccessTokenResponseClientCredentials,
    )
    from pinterest_client.model._o import OauthAccessTokenResponseCode as OauthAccessTokenResponseCode
    from pinterest_client.model._o import (
        OauthAccessTokenResponseIntegrationRefresh as OauthAccessTokenResponseIntegrationRefresh,
    )
    from pinterest_client.model._o import OauthAccessTokenResponseRefresh as OauthAccessTokenResponseRefresh
    from pinterest_client.model._o import ObjectiveType as ObjectiveType
    from pinterest_client.model._o import OperationType as OperationType
    from pinterest_client.model._o import OptimizationGoalMetadata as OptimizationGoalMetadata
    from pinterest_client.model._o import (
        OptimizationGoalMetadataConversionTagV3GoalMetadata as OptimizationGoalMetadataConversionTagV3GoalMetadata,
    )
    from pinterest_client.model._o import (
        OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows as OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows,
    )
    from pinterest_client.model._o import (
        OptimizationGoalMetadataFrequencyGoalMetadata as OptimizationGoalMetadataFrequencyGoalMetadata,
    )
    from pinterest_client.model._o import (
        OptimizationGoalMetadataScrollupGoalMetadata as OptimizationGoalMetadataScrollupGoalMetadata,
    )
    from pinterest_client.model._o import OrderLine as OrderLine
    from pinterest_client.model._o import OrderLineError as OrderLineError
    from pinterest_client.model._o import OrderLinePaidType as OrderLinePaidType
    from pinterest_client.model._o import OrderLineResponse as OrderLineResponse
    from pinterest_client.model._o import OrderLines as OrderLines
    from pinterest_client.model._o import OrderLinesArrayResponse as OrderLinesArrayResponse
    from pinterest_client.model._o import OrderLineSingleResponse as OrderLineSingleResponse
    from pinterest_client.model._o import OrderLinesListResponse as OrderLinesListResponse
    from pinterest_client.model._o import OrderLineStatus as OrderLineStatus
    from pinterest_client.model._o import OverallStatusOptions as OverallStatusOptions
    from pinterest_client.model._p import PacingDeliveryType as PacingDeliveryType
    from pinterest_client.model._p import PageVisitConversionTagsGetResponse as PageVisitConversionTagsGetResponse
    from pinterest_client.model._p import Paginated as Paginated
    from pinterest_client.model._p import PartnerType as PartnerType
    from pinterest_client.model._p import Permissions as Permissions
    from pinterest_client.model._p import PermissionsResponse as PermissionsResponse
    from pinterest_client.model._p import PermissionsWithOwner as PermissionsWithOwner
    from pinterest_client.model._p import Pin as Pin
    from pinterest_client.model._p import PinAnalyticsMetricsResponse as PinAnalyticsMetricsResponse
    from pinterest_client.model._p import (
        PinAnalyticsMetricsResponseDailyMetricsItem as PinAnalyticsMetricsResponseDailyMetricsItem,
    )
    from pinterest_client.model._p import PinAnalyticsResponse as PinAnalyticsResponse
    from pinterest_client.model._p import PinCreate as PinCreate
    from pinterest_client.model._p import PinMedia as PinMedia
    from pinterest_client.model._p import PinMediaMetadata as PinMediaMetadata
    from pinterest_client.model._p import PinMediaSource as PinMediaSource
    from pinterest_client.model._p import PinMediaSourceImageBase64 as PinMediaSourceImageBase64
    from pinterest_client.model._p import PinMediaSourceImagesBase64 as PinMediaSourceImagesBase64
    from pinterest_client.model._p import PinMediaSourceImagesBase64Item as PinMediaSourceImagesBase64Item
    from pinterest_client.model._p import PinMediaSourceImagesURL as PinMediaSourceImagesURL
    from pinterest_client.model._p import PinMediaSourceImagesURLItem as PinMediaSourceImagesURLItem
    from pinterest_client.model._p import PinMediaSourceImageURL as PinMediaSourceImageURL
    from pinterest_client.model._p import PinMediaSourcePinURL as PinMediaSourcePinURL
    from pinterest_client.model._p import PinMediaSourceVideoID as PinMediaSourceVideoID
    from pinterest_client.model._p import PinMediaWithImage as PinMediaWithImage
    from pinterest_client.model._p import PinMediaWithImageAndVideo as PinMediaWithImageAndVideo
    from pinterest_client.model._p import PinMediaWithImages as PinMediaWithImages
    from pinterest_client.model._p import PinMediaWithVideo as PinMediaWithVideo
    from pinterest_client.model._p import PinMediaWithVideos as PinMediaWithVideos
    from pinterest_client.model._p import PinPromotionSummaryStatus as PinPromotionSummaryStatus
    from pinterest_client.model._p import PinsListResponse as PinsListResponse
    from pinterest_client.model._p import PinsSaveRequest as PinsSaveRequest
    from pinterest_client.model._p import PinterestLibError as PinterestLibError
    from pinterest_client.model._p import PinterestLibIntegerFormatType as PinterestLibIntegerFormatType
    from pinterest_client.model._p import PinterestLibPaginationOrder as PinterestLibPaginationOrder
    from pinterest_client.model._p import PinterestLibStatus204 as PinterestLibStatus204
    from pinterest_client.model._p import PinUpdate as PinUpdate
    from pinterest_client.model._p import PlacementGroupType as PlacementGroupType
    from pinterest_client.model._p import PlacementMultipliers as PlacementMultipliers
    from pinterest_client.model._p import PriceFilter as PriceFilter
    from pinterest_client.model._p import PriceFilterPRICE as PriceFilterPRICE
    from pinterest_client.model._p import ProductAvailabilityType as ProductAvailabilityType
    from pinterest_client.model._p import ProductCategoriesDemographic as ProductCategoriesDemographic
    from pinterest_client.model._p import ProductCategoriesEngagementType as ProductCategoriesEngagementType
    from pinterest_client.model._p import ProductCategoriesMetricsHighlights as ProductCategoriesMetricsHighlights
    from pinterest_client.model._p import ProductCategoryDetailLookbackWindow as ProductCategoryDetailLookbackWindow
    from pinterest_client.model._p import ProductCategoryDetails as ProductCategoryDetails
    from pinterest_client.model._p import ProductCategoryEnum as ProductCategoryEnum
    from pinterest_client.model._p import ProductCategoryRegion as ProductCategoryRegion
    from pinterest_client.model._p import ProductGroupAnalyticsResponse as ProductGroupAnalyticsResponse
    from pinterest_client.model._p import ProductGroupAnalyticsResponseItem as ProductGroupAnalyticsResponseItem
    from pinterest_client.model._p import ProductGroupPromotion as ProductGroupPromotion
    from pinterest_client.model._p import ProductGroupPromotionArrayElement as ProductGroupPromotionArrayElement
    from pinterest_client.model._p import ProductGroupPromotionArrayResponse as ProductGroupPromotionArrayResponse
    from pinterest_client.model._p import ProductGroupPromotionCommon as ProductGroupPromotionCommon
    from pinterest_client.model._p import ProductGroupPromotionCreateRequest as ProductGroupPromotionCreateRequest
    from pinterest_client.model._p import (
        ProductGroupPromotionCreateRequestElement as ProductGroupPromotionCreateRequestElement,
    )
    from pinterest_client.model._p import ProductGroupPromotionResponse as ProductGroupPromotionResponse
    from pinterest_client.model._p import ProductGroupPromotionResponseElement as ProductGroupPromotionResponseElement
    from pinterest_client.model._p import ProductGroupPromotionResponseItem as ProductGroupPromotionResponseItem
    from pinterest_client.model._p import ProductGroupPromotionsListResponse as ProductGroupPromotionsListResponse
    from pinterest_client.model._p import ProductGroupPromotionUpdateRequest as ProductGroupPromotionUpdateRequest
    from pinterest_client.model._p import (
        ProductGroupPromotionUpdateResponseItem as ProductGroupPromotionUpdateResponseItem,
    )
    from pinterest_client.model._p import ProductGroupReferenceFilter as ProductGroupReferenceFilter
    from pinterest_client.model._p import ProductGroupSummaryStatus as ProductGroupSummaryStatus
    from pinterest_client.model._p import (
        ProductsByProductGroupFilterListResponse as ProductsByProductGroupFilterListResponse,
    )
    from pinterest_client.model._p import ProductType0Filter as ProductType0Filter
    from pinterest_client.model._p import ProductType1Filter as ProductType1Filter
    from pinterest_client.model._p import ProductType2Filter as ProductType2Filter
    from pinterest_client.model._p import ProductType3Filter as ProductType3Filter
    from pinterest_client.model._p import ProductType4Filter as ProductType4Filter
    from pinterest_client.model._p import PromotionArrayElement as PromotionArrayElement
    from pinterest_client.model._p import PromotionCommon as PromotionCommon
    from pinterest_client.model._p import PromotionCreateRequest as PromotionCreateRequest
    from pinterest_client.model._p import PromotionResponse as PromotionResponse
    from pinterest_client.model._p import PromotionsListResponse as PromotionsListResponse
    from pinterest_client.model._p import PromotionsResponse as PromotionsResponse
    from pinterest_client.model._p import PromotionTemplateValue as PromotionTemplateValue
    from pinterest_client.model._p import PromotionType as PromotionType
    from pinterest_client.model._p import PromotionUpdateRequest as PromotionUpdateRequest
    from pinterest_client.model._q import QualityComponentDetails as QualityComponentDetails
    from pinterest_client.model._q import QualityComponentIssue as QualityComponentIssue
    from pinterest_client.model._q import QualityComponents as QualityComponents
    from pinterest_client.model._q import QuizPinData as QuizPinData
    from pinterest_client.model._q import QuizPinOption as QuizPinOption
    from pinterest_client.model._q import QuizPinQuestion as QuizPinQuestion
    from pinterest_client.model._q import QuizPinResult as QuizPinResult
    from pinterest_client.model._r import RelatedTerms as RelatedTerms
    from pinterest_client.model._r import RelatedTermsRelatedTermsListItem as RelatedTermsRelatedTermsListItem
    from pinterest_client.model._r import ReportingColumnAsync as ReportingColumnAsync
    from pinterest_client.model._r import ReportingTimeZone as ReportingTimeZone
    from pinterest_client.model._r import ReportsStatsParameters as ReportsStatsParameters
    from pinterest_client.model._r import ReportsStatsResponse as ReportsStatsResponse
    from pinterest_client.model._r import ResourceIdToRoles as ResourceIdToRoles
    from pinterest_client.model._r import RespondToInvitesResponseArray as RespondToInvitesResponseArray
    from pinterest_client.model._r import (
        RespondToInvitesResponseArrayItemsItem as RespondToInvitesResponseArrayItemsItem,
    )
    from pinterest_client.model._r import Role as Role
    from pinterest_client.model._s import S3FilePart as S3FilePart
    from pinterest_client.model._s import S3MultipartUploadData as S3MultipartUploadData
    from pinterest_client.model._s import SearchPartnerPinsResponse as SearchPartnerPinsResponse
    from pinterest_client.model._s import SearchUserBoardsGetResponse as SearchUserBoardsGetResponse
    from pinterest_client.model._s import SearchUserPinsListResponse as SearchUserPinsListResponse
    from pinterest_client.model._s import SharedAudience as SharedAudience
    from pinterest_client.model._s import SharedAudienceAccount as SharedAudienceAccount
    from pinterest_client.model._s import SharedAudienceCommon as SharedAudienceCommon
    from pinterest_client.model._s import SharedAudienceResponse as SharedAudienceResponse
    from pinterest_client.model._s import SharedAudienceResponseCommon as SharedAudienceResponseCommon
    from pinterest_client.model._s import (
        SharedAudiencesForBusinessListResponse as SharedAudiencesForBusinessListResponse,
    )
    from pinterest_client.model._s import SingleInterestTargetingOptionResponse as SingleInterestTargetingOptionResponse
    from pinterest_client.model._s import SourcePlatformOptions as SourcePlatformOptions
    from pinterest_client.model._s import SSIOAccountAddress as SSIOAccountAddress
    from pinterest_client.model._s import SSIOAccountItem as SSIOAccountItem
    from pinterest_client.model._s import SSIOAccountPMPName as SSIOAccountPMPName
    from pinterest_client.model._s import SSIOAccountResponse as SSIOAccountResponse
    from pinterest_client.model._s import SSIOCreateInsertionOrderRequest as SSIOCreateInsertionOrderRequest
    from pinterest_client.model._s import SSIOCreateInsertionOrderResponse as SSIOCreateInsertionOrderResponse
    from pinterest_client.model._s import SSIOEditInsertionOrderRequest as SSIOEditInsertionOrderRequest
    from pinterest_client.model._s import SSIOEditInsertionOrderResponse as SSIOEditInsertionOrderResponse
    from pinterest_client.model._s import SSIOInsertionOrderCommon as SSIOInsertionOrderCommon
    from pinterest_client.model._s import (
        SsioInsertionOrdersStatusGetByAdAccountResponse as SsioInsertionOrdersStatusGetByAdAccountResponse,
    )
    from pinterest_client.model._s import SSIOInsertionOrderStatus as SSIOInsertionOrderStatus
    from pinterest_client.model._s import SSIOInsertionOrderStatusResponse as SSIOInsertionOrderStatusResponse
    from pinterest_client.model._s import SSIOOrderLine as SSIOOrderLine
    from pinterest_client.model._s import SsioOrderLinesGetByAdAccountResponse as SsioOrderLinesGetByAdAccountResponse
    from pinterest_client.model._s import SummaryPin as SummaryPin
    from pinterest_client.model._s import SystemUserUpdateRequest as SystemUserUpdateRequest
    from pinterest_client.model._t import TargetingAdvertiserCountry as TargetingAdvertiserCountry
    from pinterest_client.model._t import TargetingOptionResponse as TargetingOptionResponse
    from pinterest_client.model._t import TargetingSpec as TargetingSpec
    from pinterest_client.model._t import TargetingSpecAgeBucket as TargetingSpecAgeBucket
    from pinterest_client.model._t import TargetingSpecAppType as TargetingSpecAppType
    from pinterest_client.model._t import TargetingSpecGender as TargetingSpecGender
    from pinterest_client.model._t import TargetingSpecOperationAgeBucket as TargetingSpecOperationAgeBucket
    from pinterest_client.model._t import TargetingSpecOperationAppType as TargetingSpecOperationAppType
    from pinterest_client.model._t import TargetingSpecOperationGender as TargetingSpecOperationGender
    from pinterest_client.model._t import TargetingSpecOperationList as TargetingSpecOperationList
    from pinterest_client.model._t import TargetingSpecOperationMinMaxAge as TargetingSpecOperationMinMaxAge
    from pinterest_client.model._t import (
        TargetingSpecOperationShoppingRetargeting as TargetingSpecOperationShoppingRetargeting,
    )
    from pinterest_client.model._t import TargetingSpecOperationString as TargetingSpecOperationString
    from pinterest_client.model._t import TargetingSpecShoppingRetargeting as TargetingSpecShoppingRetargeting
    from pinterest_client.model._t import TargetingTemplateAudienceSizing as TargetingTemplateAudienceSizing
    from pinterest_client.model._t import (
        TargetingTemplateAudienceSizingReachEstimate as TargetingTemplateAudienceSizingReachEstimate,
    )
    from pinterest_client.model._t import TargetingTemplateCommon as TargetingTemplateCommon
    from pinterest_client.model._t import TargetingTemplateCreate as TargetingTemplateCreate
    from pinterest_client.model._t import TargetingTemplateGetResponseData as TargetingTemplateGetResponseData
    from pinterest_client.model._t import TargetingTemplateKeyword as TargetingTemplateKeyword
    from pinterest_client.model._t import TargetingTemplateListResponse as TargetingTemplateListResponse
    from pinterest_client.model._t import TargetingTemplateResponseData as TargetingTemplateResponseData
    from pinterest_client.model._t import TargetingTemplateUpdateRequest as TargetingTemplateUpdateRequest
    from pinterest_client.model._t import TargetingTypeFilter as TargetingTypeFilter
    from pinterest_client.model._t import TemplateBasedReport as TemplateBasedReport
    from pinterest_client.model._t import TemplateResponse as TemplateResponse
    from pinterest_client.model._t import TemplateResponseDateRange as TemplateResponseDateRange
    from pinterest_client.model._t import (
        TemplateResponseDateRangeAbsoluteDateRange as TemplateResponseDateRangeAbsoluteDateRange,
    )
    from pinterest_client.model._t import (
        TemplateResponseDateRangeDynamicDateRange as TemplateResponseDateRangeDynamicDateRange,
    )
    from pinterest_client.model._t import (
        TemplateResponseDateRangeRelativeDateRange as TemplateResponseDateRangeRelativeDateRange,
    )
    from pinterest_client.model._t import TemplatesListResponse as TemplatesListResponse
    from pinterest_client.model._t import TermsOfService as TermsOfService
    from pinterest_client.model._t import TermsSuggestedResponse as TermsSuggestedResponse
    from pinterest_client.model._t import TitleKeywordsFilter as TitleKeywordsFilter
    from pinterest_client.model._t import TokenRevocationRequest as TokenRevocationRequest
    from pinterest_client.model._t import TopPinsAnalyticsResponse as TopPinsAnalyticsResponse
    from pinterest_client.model._t import (
        TopPinsAnalyticsResponseDateAvailability as TopPinsAnalyticsResponseDateAvailability,
    )
    from pinterest_client.model._t import TopPinsAnalyticsResponsePinsItem as TopPinsAnalyticsResponsePinsItem
    from pinterest_client.model._t import TopVideoPinsAnalyticsResponse as TopVideoPinsAnalyticsResponse
    from pinterest_client.model._t import (
        TopVideoPinsAnalyticsResponseDateAvailability as TopVideoPinsAnalyticsResponseDateAvailability,
    )
    from pinterest_client.model._t import TopVideoPinsAnalyticsResponsePinsItem as TopVideoPinsAnalyticsResponsePinsItem
    from pinterest_client.model._t import TrackingUrls as TrackingUrls
    from pinterest_client.model._t import TrendingKeywordsResponse as TrendingKeywordsResponse
    from pinterest_client.model._t import TrendingKeywordsResponseTrendsItem as TrendingKeywordsResponseTrendsItem
    from pinterest_client.model._t import (
        TrendingKeywordsResponseTrendsItemDemographics as TrendingKeywordsResponseTrendsItemDemographics,
    )
    from pinterest_client.model._t import (
        TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution as TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution,
    )
    from pinterest_client.model._t import (
        TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution as TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution,
    )
    from pinterest_client.model._t import (
        TrendingKeywordsResponseTrendsItemPredictedTimeSeries as TrendingKeywordsResponseTrendsItemPredictedTimeSeries,
    )
    from pinterest_client.model._t import (
        TrendingKeywordsResponseTrendsItemTimeSeries as TrendingKeywordsResponseTrendsItemTimeSeries,
    )
    from pinterest_client.model._t import TrendingPin as TrendingPin
    from pinterest_client.model._t import TrendingProductCategory as TrendingProductCategory
    from pinterest_client.model._t import TrendingTopic as TrendingTopic
    from pinterest_client.model._t import TrendsSupportedRegion as TrendsSupportedRegion
    from pinterest_client.model._t import TrendType as TrendType
    from pinterest_client.model._u import UpdatableItemAttributes as UpdatableItemAttributes
    from pinterest_client.model._u import UpdateAssetGroupBody as UpdateAssetGroupBody
    from pinterest_client.model._u import (
        UpdateAssetGroupBodyAssetGroupsToUpdateItem as UpdateAssetGroupBodyAssetGroupsToUpdateItem,
    )
    from pinterest_client.model._u import UpdateAssetGroupResponse as UpdateAssetGroupResponse
    from pinterest_client.model._u import (
        UpdateAssetGroupResponseExceptionsItem as UpdateAssetGroupResponseExceptionsItem,
    )
    from pinterest_client.model._u import UpdateInvitesResultsResponseArray as UpdateInvitesResultsResponseArray
    from pinterest_client.model._u import (
        UpdateInvitesResultsResponseArrayItemsItem as UpdateInvitesResultsResponseArrayItemsItem,
    )
    from pinterest_client.model._u import UpdateMaskBidOptionField as UpdateMaskBidOptionField
    from pinterest_client.model._u import UpdateMaskFieldType as UpdateMaskFieldType
    from pinterest_client.model._u import UpdateMemberAssetAccessBody as UpdateMemberAssetAccessBody
    from pinterest_client.model._u import (
        UpdateMemberAssetAccessBodyAccessesItem as UpdateMemberAssetAccessBodyAccessesItem,
    )
    from pinterest_client.model._u import (
        UpdateMemberAssetsResultsResponseArray as UpdateMemberAssetsResultsResponseArray,
    )
    from pinterest_client.model._u import (
        UpdateMemberAssetsResultsResponseArrayItemsItem as UpdateMemberAssetsResultsResponseArrayItemsItem,
    )
    from pinterest_client.model._u import UpdateMemberBusinessRoleBody as UpdateMemberBusinessRoleBody
    from pinterest_client.model._u import UpdateMemberResult as UpdateMemberResult
    from pinterest_client.model._u import UpdateMemberResultsResponseArray as UpdateMemberResultsResponseArray
    from pinterest_client.model._u import UpdatePartnerAssetAccessBody as UpdatePartnerAssetAccessBody
    from pinterest_client.model._u import (
        UpdatePartnerAssetAccessBodyAccessesItem as UpdatePartnerAssetAccessBodyAccessesItem,
    )
    from pinterest_client.model._u import UpdatePartnerAssetsResult as UpdatePartnerAssetsResult
    from pinterest_client.model._u import (
        UpdatePartnerAssetsResultsResponseArray as UpdatePartnerAssetsResultsResponseArray,
    )
    from pinterest_client.model._u import UpdatePartnerResultsResponseArray as UpdatePartnerResultsResponseArray
    from pinterest_client.model._u import (
        UpdatePartnerResultsResponseArrayItemsItem as UpdatePartnerResultsResponseArrayItemsItem,
    )
    from pinterest_client.model._u import UserAccountFollowedInterestsResponse as UserAccountFollowedInterestsResponse
    from pinterest_client.model._u import UserBusinessRoleBinding as UserBusinessRoleBinding
    from pinterest_client.model._u import UserFollowingFeedType as UserFollowingFeedType
    from pinterest_client.model._u import UserFollowingGetResponse as UserFollowingGetResponse
    from pinterest_client.model._u import UserListOperationType as UserListOperationType
    from pinterest_client.model._u import UserListType as UserListType
    from pinterest_client.model._u import UsersForIndividualAssetResponse as UsersForIndividualAssetResponse
    from pinterest_client.model._u import UserSingleAssetBinding as UserSingleAssetBinding
    from pinterest_client.model._u import UserSummary as UserSummary
    from pinterest_client.model._u import UserWebsitesGetResponse as UserWebsitesGetResponse
    from pinterest_client.model._u import UserWebsiteSummary as UserWebsiteSummary
    from pinterest_client.model._u import UserWebsiteVerificationCode as UserWebsiteVerificationCode
    from pinterest_client.model._u import UserWebsiteVerifyRequest as UserWebsiteVerifyRequest
    from pinterest_client.model._v import VerticalProductCategory as VerticalProductCategory
    from pinterest_client.model._v import VideoMetadataWithItemType as VideoMetadataWithItemType
    from pinterest_client.model.ad_account_get_subscription_response_all_of import (
        AdAccountGetSubscriptionResponseAllOf as AdAccountGetSubscriptionResponseAllOf,
    )
    from pinterest_client.model.ad_account_get_subscription_response_all_of1 import (
        AdAccountGetSubscriptionResponseAllOf1 as AdAccountGetSubscriptionResponseAllOf1,
    )
    from pinterest_client.model.ad_group_audience_sizing_request_keywords import (
        AdGroupAudienceSizingRequestKeywords as AdGroupAudienceSizingRequestKeywords,
    )
    from pinterest_client.model.ad_group_create_request_all_of import (
        AdGroupCreateRequestAllOf as AdGroupCreateRequestAllOf,
    )
    from pinterest_client.model.ad_group_response_all_of import AdGroupResponseAllOf as AdGroupResponseAllOf
    from pinterest_client.model.ad_group_update_request_all_of import (
        AdGroupUpdateRequestAllOf as AdGroupUpdateRequestAllOf,
    )
    from pinterest_client.model.ad_preview_create_from_image import AdPreviewCreateFromImage as AdPreviewCreateFromImage
    from pinterest_client.model.ad_preview_create_from_pin import AdPreviewCreateFromPin as AdPreviewCreateFromPin
    from pinterest_client.model.ad_preview_shopping import AdPreviewShopping as AdPreviewShopping
    from pinterest_client.model.ad_response_all_of import AdResponseAllOf as AdResponseAllOf
    from pinterest_client.model.ad_update_request1 import AdUpdateRequest1 as AdUpdateRequest1
    from pinterest_client.model.ads_analytics_create_async_request_all_of import (
        AdsAnalyticsCreateAsyncRequestAllOf as AdsAnalyticsCreateAsyncRequestAllOf,
    )
    from pinterest_client.model.ads_analytics_create_async_request_all_of1 import (
        AdsAnalyticsCreateAsyncRequestAllOf1 as AdsAnalyticsCreateAsyncRequestAllOf1,
    )
    from pinterest_client.model.advanced_auction_item_all_of import AdvancedAuctionItemAllOf as AdvancedAuctionItemAllOf
    from pinterest_client.model.advanced_auction_items_submit_upsert_record_all_of import (
        AdvancedAuctionItemsSubmitUpsertRecordAllOf as AdvancedAuctionItemsSubmitUpsertRecordAllOf,
    )
    from pinterest_client.model.advanced_auction_processed_item_all_of import (
        AdvancedAuctionProcessedItemAllOf as AdvancedAuctionProcessedItemAllOf,
    )
    from pinterest_client.model.all_of import AllOf as AllOf
    from pinterest_client.model.analytics_metrics_response_daily_metrics import (
        AnalyticsMetricsResponseDailyMetrics as AnalyticsMetricsResponseDailyMetrics,
    )
    from pinterest_client.model.any_of import AnyOf as AnyOf
    from pinterest_client.model.audience_create_custom_request1 import (
        AudienceCreateCustomRequest1 as AudienceCreateCustomRequest1,
    )
    from pinterest_client.model.audience_create_request1 import AudienceCreateRequest1 as AudienceCreateRequest1
    from pinterest_client.model.audience_subcategory import AudienceSubcategory as AudienceSubcategory
    from pinterest_client.model.audience_update_request1 import AudienceUpdateRequest1 as AudienceUpdateRequest1
    from pinterest_client.model.auth_respond_invites_body_action import (
        AuthRespondInvitesBodyAction as AuthRespondInvitesBodyAction,
    )
    from pinterest_client.model.auth_respond_invites_body_invites import (
        AuthRespondInvitesBodyInvites as AuthRespondInvitesBodyInvites,
    )
    from pinterest_client.model.bid_floor_spec import BidFloorSpec as BidFloorSpec
    from pinterest_client.model.business_member_assets_summary_ad_accounts import (
        BusinessMemberAssetsSummaryAdAccounts as BusinessMemberAssetsSummaryAdAccounts,
    )
    from pinterest_client.model.business_member_assets_summary_profiles import (
        BusinessMemberAssetsSummaryProfiles as BusinessMemberAssetsSummaryProfiles,
    )
    from pinterest_client.model.business_shared_audience1 import BusinessSharedAudience1 as BusinessSharedAudience1
    from pinterest_client.model.business_shared_audience_response1 import (
        BusinessSharedAudienceResponse1 as BusinessSharedAudienceResponse1,
    )
    from pinterest_client.model.businesses_business_id_members_assets_access_accesses import (
        BusinessesBusinessIdMembersAssetsAccessAccesses as BusinessesBusinessIdMembersAssetsAccessAccesses,
    )
    from pinterest_client.model.campaign_bid_options_update_all_of import (
        CampaignBidOptionsUpdateAllOf as CampaignBidOptionsUpdateAllOf,
    )
    from pinterest_client.model.campaign_create_common_all_of import (
        CampaignCreateCommonAllOf as CampaignCreateCommonAllOf,
    )
    from pinterest_client.model.campaign_create_request_all_of import (
        CampaignCreateRequestAllOf as CampaignCreateRequestAllOf,
    )
    from pinterest_client.model.campaign_create_response_data_all_of import (
        CampaignCreateResponseDataAllOf as CampaignCreateResponseDataAllOf,
    )
    from pinterest_client.model.campaign_response_all_of import CampaignResponseAllOf as CampaignResponseAllOf
    from pinterest_client.model.campaign_update_request_all_of import (
        CampaignUpdateRequestAllOf as CampaignUpdateRequestAllOf,
    )
    from pinterest_client.model.catalog_all_of import CatalogAllOf as CatalogAllOf
    from pinterest_client.model.catalogs_creative_assets_attributes_all_of import (
        CatalogsCreativeAssetsAttributesAllOf as CatalogsCreativeAssetsAttributesAllOf,
    )
    from pinterest_client.model.catalogs_creative_assets_filter_values_map import (
        CatalogsCreativeAssetsFilterValuesMap as CatalogsCreativeAssetsFilterValuesMap,
    )
    from pinterest_client.model.catalogs_feed_processing_result_fields import (
        CatalogsFeedProcessingResultFields as CatalogsFeedProcessingResultFields,
    )
    from pinterest_client.model.catalogs_hotel_attributes_all_of import (
        CatalogsHotelAttributesAllOf as CatalogsHotelAttributesAllOf,
    )
    from pinterest_client.model.catalogs_hotel_attributes_all_of_main_image import (
        CatalogsHotelAttributesAllOfMainImage as CatalogsHotelAttributesAllOfMainImage,
    )
    from pinterest_client.model.catalogs_hotel_filter_values_map import (
        CatalogsHotelFilterValuesMap as CatalogsHotelFilterValuesMap,
    )
    from pinterest_client.model.catalogs_list_products_by_filter_request_one_of import (
        CatalogsListProductsByFilterRequestOneOf as CatalogsListProductsByFilterRequestOneOf,
    )
    from pinterest_client.model.catalogs_product_group_feed_based_case import (
        CatalogsProductGroupFeedBasedCase as CatalogsProductGroupFeedBasedCase,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of_request_any_of import (
        CatalogsProductGroupFiltersAllOfRequestAnyOf as CatalogsProductGroupFiltersAllOfRequestAnyOf,
    )
    from pinterest_client.model.catalogs_product_group_filters_all_of_request_any_of1 import (
        CatalogsProductGroupFiltersAllOfRequestAnyOf1 as CatalogsProductGroupFiltersAllOfRequestAnyOf1,
    )
    from pinterest_client.model.catalogs_product_group_filters_request_any_of1 import (
        CatalogsProductGroupFiltersRequestAnyOf1 as CatalogsProductGroupFiltersRequestAnyOf1,
    )
    from pinterest_client.model.catalogs_product_group_merchant_based_case import (
        CatalogsProductGroupMerchantBasedCase as CatalogsProductGroupMerchantBasedCase,
    )
    from pinterest_client.model.catalogs_product_group_pricing_currency_criteria import (
        CatalogsProductGroupPricingCurrencyCriteria as CatalogsProductGroupPricingCurrencyCriteria,
    )
    from pinterest_client.model.catalogs_product_metadata import CatalogsProductMetadata as CatalogsProductMetadata
    from pinterest_client.model.catalogs_retail_filter_values_map import (
        CatalogsRetailFilterValuesMap as CatalogsRetailFilterValuesMap,
    )
    from pinterest_client.model.conversion_api_response_events import (
        ConversionApiResponseEvents as ConversionApiResponseEvents,
    )
    from pinterest_client.model.conversion_events_custom_data import (
        ConversionEventsCustomData as ConversionEventsCustomData,
    )
    from pinterest_client.model.conversion_events_custom_data_contents import (
        ConversionEventsCustomDataContents as ConversionEventsCustomDataContents,
    )
    from pinterest_client.model.conversion_events_data import ConversionEventsData as ConversionEventsData
    from pinterest_client.model.conversion_events_user_data_any_of import (
        ConversionEventsUserDataAnyOf as ConversionEventsUserDataAnyOf,
    )
    from pinterest_client.model.conversion_events_user_data_any_of1 import (
        ConversionEventsUserDataAnyOf1 as ConversionEventsUserDataAnyOf1,
    )
    from pinterest_client.model.conversion_events_user_data_any_of2 import (
        ConversionEventsUserDataAnyOf2 as ConversionEventsUserDataAnyOf2,
    )
    from pinterest_client.model.create_asset_access_request_body_asset_requests import (
        CreateAssetAccessRequestBodyAssetRequests as CreateAssetAccessRequestBodyAssetRequests,
    )
    from pinterest_client.model.create_invites_results_response_array_invite import (
        CreateInvitesResultsResponseArrayInvite as CreateInvitesResultsResponseArrayInvite,
    )
    from pinterest_client.model.create_invites_results_response_array_items import (
        CreateInvitesResultsResponseArrayItems as CreateInvitesResultsResponseArrayItems,
    )
    from pinterest_client.model.create_mmm_report_request_all_of import (
        CreateMMMReportRequestAllOf as CreateMMMReportRequestAllOf,
    )
    from pinterest_client.model.delete_asset_group_response_exceptions import (
        DeleteAssetGroupResponseExceptions as DeleteAssetGroupResponseExceptions,
    )
    from pinterest_client.model.delete_invites_results_response_array_exception import (
        DeleteInvitesResultsResponseArrayException as DeleteInvitesResultsResponseArrayException,
    )
    from pinterest_client.model.delete_invites_results_response_array_items import (
        DeleteInvitesResultsResponseArrayItems as DeleteInvitesResultsResponseArrayItems,
    )
    from pinterest_client.model.delete_partner_asset_access_body_accesses import (
        DeletePartnerAssetAccessBodyAccesses as DeletePartnerAssetAccessBodyAccesses,
    )
    from pinterest_client.model.delivery_metrics_response_items import (
        DeliveryMetricsResponseItems as DeliveryMetricsResponseItems,
    )
    from pinterest_client.model.error_response import ErrorResponse as ErrorResponse
    from pinterest_client.model.feed_fields import FeedFields as FeedFields
    from pinterest_client.model.feed_fields1 import FeedFields1 as FeedFields1
    from pinterest_client.model.feed_fields2 import FeedFields2 as FeedFields2
    from pinterest_client.model.image_base64 import ImageBase64 as ImageBase64
    from pinterest_client.model.image_metadata_images import ImageMetadataImages as ImageMetadataImages
    from pinterest_client.model.inline_object import InlineObject as InlineObject
    from pinterest_client.model.inline_object1 import InlineObject1 as InlineObject1
    from pinterest_client.model.inline_object2 import InlineObject2 as InlineObject2
    from pinterest_client.model.inline_object3 import InlineObject3 as InlineObject3
    from pinterest_client.model.inline_object4 import InlineObject4 as InlineObject4
    from pinterest_client.model.inline_response200 import InlineResponse200 as InlineResponse200
    from pinterest_client.model.inline_response2001 import InlineResponse2001 as InlineResponse2001
    from pinterest_client.model.integration_logs_invalid_log_response_rejected_logs import (
        IntegrationLogsInvalidLogResponseRejectedLogs as IntegrationLogsInvalidLogResponseRejectedLogs,
    )
    from pinterest_client.model.invite_assets_summary_ad_accounts import (
        InviteAssetsSummaryAdAccounts as InviteAssetsSummaryAdAccounts,
    )
    from pinterest_client.model.invite_assets_summary_profiles import (
        InviteAssetsSummaryProfiles as InviteAssetsSummaryProfiles,
    )
    from pinterest_client.model.item_attributes_all_of import ItemAttributesAllOf as ItemAttributesAllOf
    from pinterest_client.model.item_attributes_request_all_of import (
        ItemAttributesRequestAllOf as ItemAttributesRequestAllOf,
    )
    from pinterest_client.model.item_attributes_request_all_of1 import (
        ItemAttributesRequestAllOf1 as ItemAttributesRequestAllOf1,
    )
    from pinterest_client.model.item_response_any_of import ItemResponseAnyOf as ItemResponseAnyOf
    from pinterest_client.model.item_response_any_of1 import ItemResponseAnyOf1 as ItemResponseAnyOf1
    from pinterest_client.model.keyword_all_of import KeywordAllOf as KeywordAllOf
    from pinterest_client.model.label_create_request_labels import LabelCreateRequestLabels as LabelCreateRequestLabels
    from pinterest_client.model.label_update_request_labels import LabelUpdateRequestLabels as LabelUpdateRequestLabels
    from pinterest_client.model.lead_form_array_response_items import (
        LeadFormArrayResponseItems as LeadFormArrayResponseItems,
    )
    from pinterest_client.model.lead_form_common_policy_links import (
        LeadFormCommonPolicyLinks as LeadFormCommonPolicyLinks,
    )
    from pinterest_client.model.lead_form_response_all_of import LeadFormResponseAllOf as LeadFormResponseAllOf
    from pinterest_client.model.lead_form_update_request_all_of import (
        LeadFormUpdateRequestAllOf as LeadFormUpdateRequestAllOf,
    )
    from pinterest_client.model.lead_subscription_post_params_create_all_of import (
        LeadSubscriptionPostParamsCreateAllOf as LeadSubscriptionPostParamsCreateAllOf,
    )
    from pinterest_client.model.media_upload_all_of import MediaUploadAllOf as MediaUploadAllOf
    from pinterest_client.model.media_upload_all_of_upload_parameters import (
        MediaUploadAllOfUploadParameters as MediaUploadAllOfUploadParameters,
    )
    from pinterest_client.model.members_to_delete_body_members import (
        MembersToDeleteBodyMembers as MembersToDeleteBodyMembers,
    )
    from pinterest_client.model.notification_response import NotificationResponse as NotificationResponse
    from pinterest_client.model.oauth_access_token_request_client_credentials_all_of import (
        OauthAccessTokenRequestClientCredentialsAllOf as OauthAccessTokenRequestClientCredentialsAllOf,
    )
    from pinterest_client.model.oauth_access_token_request_code_all_of import (
        OauthAccessTokenRequestCodeAllOf as OauthAccessTokenRequestCodeAllOf,
    )
    from pinterest_client.model.oauth_access_token_request_refresh_all_of import (
        OauthAccessTokenRequestRefreshAllOf as OauthAccessTokenRequestRefreshAllOf,
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
    from pinterest_client.model.oauth_access_token_response_integration_refresh_all_of import (
        OauthAccessTokenResponseIntegrationRefreshAllOf as OauthAccessTokenResponseIntegrationRefreshAllOf,
    )
    from pinterest_client.model.oauth_access_token_response_refresh_all_of import (
        OauthAccessTokenResponseRefreshAllOf as OauthAccessTokenResponseRefreshAllOf,
    )
    from pinterest_client.model.oauth_access_token_response_refresh_all_of1 import (
        OauthAccessTokenResponseRefreshAllOf1 as OauthAccessTokenResponseRefreshAllOf1,
    )
    from pinterest_client.model.order_line_all_of import OrderLineAllOf as OrderLineAllOf
    from pinterest_client.model.pin_analytics_metrics_response_daily_metrics import (
        PinAnalyticsMetricsResponseDailyMetrics as PinAnalyticsMetricsResponseDailyMetrics,
    )
    from pinterest_client.model.pin_media_base import PinMediaBase as PinMediaBase
    from pinterest_client.model.pin_media_source_images_base64_items import (
        PinMediaSourceImagesBase64Items as PinMediaSourceImagesBase64Items,
    )
    from pinterest_client.model.pin_media_source_images_url_items import (
        PinMediaSourceImagesURLItems as PinMediaSourceImagesURLItems,
    )
    from pinterest_client.model.pin_media_with_image_all_of import PinMediaWithImageAllOf as PinMediaWithImageAllOf
    from pinterest_client.model.pin_media_with_image_and_video_all_of import (
        PinMediaWithImageAndVideoAllOf as PinMediaWithImageAndVideoAllOf,
    )
    from pinterest_client.model.pin_media_with_images_all_of import PinMediaWithImagesAllOf as PinMediaWithImagesAllOf
    from pinterest_client.model.pin_media_with_video_all_of import PinMediaWithVideoAllOf as PinMediaWithVideoAllOf
    from pinterest_client.model.pin_media_with_videos_all_of import PinMediaWithVideosAllOf as PinMediaWithVideosAllOf
    from pinterest_client.model.pin_update_carousel_slots import PinUpdateCarouselSlots as PinUpdateCarouselSlots
    from pinterest_client.model.pinterest_tag_event_data import PinterestTagEventData as PinterestTagEventData
    from pinterest_client.model.product_group_promotion_create_request_element_all_of import (
        ProductGroupPromotionCreateRequestElementAllOf as ProductGroupPromotionCreateRequestElementAllOf,
    )
    from pinterest_client.model.product_group_promotion_update_item import (
        ProductGroupPromotionUpdateItem as ProductGroupPromotionUpdateItem,
    )
    from pinterest_client.model.product_groups_create_request_feed_base_case import (
        ProductGroupsCreateRequestFeedBaseCase as ProductGroupsCreateRequestFeedBaseCase,
    )
    from pinterest_client.model.product_tag import ProductTag as ProductTag
    from pinterest_client.model.promotion_response_all_of import PromotionResponseAllOf as PromotionResponseAllOf
    from pinterest_client.model.promotion_update_request_all_of import (
        PromotionUpdateRequestAllOf as PromotionUpdateRequestAllOf,
    )
    from pinterest_client.model.related_terms_related_terms_list import (
        RelatedTermsRelatedTermsList as RelatedTermsRelatedTermsList,
    )
    from pinterest_client.model.resource_error import ResourceError as ResourceError
    from pinterest_client.model.respond_to_invites_response_array_items import (
        RespondToInvitesResponseArrayItems as RespondToInvitesResponseArrayItems,
    )
    from pinterest_client.model.shared_audience1 import SharedAudience1 as SharedAudience1
    from pinterest_client.model.shared_audience_response1 import SharedAudienceResponse1 as SharedAudienceResponse1
    from pinterest_client.model.ssio_create_insertion_order_request_all_of import (
        SSIOCreateInsertionOrderRequestAllOf as SSIOCreateInsertionOrderRequestAllOf,
    )
    from pinterest_client.model.ssio_edit_insertion_order_request_all_of import (
        SSIOEditInsertionOrderRequestAllOf as SSIOEditInsertionOrderRequestAllOf,
    )
    from pinterest_client.model.targeting_spec1 import TargetingSpec1 as TargetingSpec1
    from pinterest_client.model.targeting_spec_shoppingretargeting import (
        TargetingSpecSHOPPINGRETARGETING as TargetingSpecSHOPPINGRETARGETING,
    )
    from pinterest_client.model.targeting_spec_shoppingretargeting1 import (
        TargetingSpecSHOPPINGRETARGETING1 as TargetingSpecSHOPPINGRETARGETING1,
    )
    from pinterest_client.model.targeting_template_create_all_of import (
        TargetingTemplateCreateAllOf as TargetingTemplateCreateAllOf,
    )
    from pinterest_client.model.targeting_template_get_response_data1 import (
        TargetingTemplateGetResponseData1 as TargetingTemplateGetResponseData1,
    )
    from pinterest_client.model.targeting_template_response_data1 import (
        TargetingTemplateResponseData1 as TargetingTemplateResponseData1,
    )
    from pinterest_client.model.top_pins_analytics_response_pins import (
        TopPinsAnalyticsResponsePins as TopPinsAnalyticsResponsePins,
    )
    from pinterest_client.model.top_video_pins_analytics_response_pins import (
        TopVideoPinsAnalyticsResponsePins as TopVideoPinsAnalyticsResponsePins,
    )
    from pinterest_client.model.trending_keyword import TrendingKeyword as TrendingKeyword
    from pinterest_client.model.trending_keywords_response_trends import (
        TrendingKeywordsResponseTrends as TrendingKeywordsResponseTrends,
    )
    from pinterest_client.model.update_asset_group_body_asset_groups_to_update import (
        UpdateAssetGroupBodyAssetGroupsToUpdate as UpdateAssetGroupBodyAssetGroupsToUpdate,
    )
    from pinterest_client.model.update_asset_group_response_exceptions import (
        UpdateAssetGroupResponseExceptions as UpdateAssetGroupResponseExceptions,
    )
    from pinterest_client.model.update_invites_results_response_array_items import (
        UpdateInvitesResultsResponseArrayItems as UpdateInvitesResultsResponseArrayItems,
    )
    from pinterest_client.model.update_member_asset_access_body_accesses import (
        UpdateMemberAssetAccessBodyAccesses as UpdateMemberAssetAccessBodyAccesses,
    )
    from pinterest_client.model.update_member_assets_results_response_array_items import (
        UpdateMemberAssetsResultsResponseArrayItems as UpdateMemberAssetsResultsResponseArrayItems,
    )
    from pinterest_client.model.update_partner_asset_access_body_accesses import (
        UpdatePartnerAssetAccessBodyAccesses as UpdatePartnerAssetAccessBodyAccesses,
    )
    from pinterest_client.model.update_partner_results_response_array_items import (
        UpdatePartnerResultsResponseArrayItems as UpdatePartnerResultsResponseArrayItems,
    )
    from pinterest_client.model.video_metadata import VideoMetadata as VideoMetadata

_MODULES = {
    'Account': '_a',
    'ActionType': '_a',
    'AdAccount': '_a',
    'AdAccountAnalyticsResponse': '_a',
    'AdAccountAnalyticsResponseItem': '_a',
    'AdAccountCreate': '_a',
    'AdAccountCreateRequest': '_a',
    'AdAccountCreateSubscriptionRequest': '_a',
    'AdAccountCreateSubscriptionRequestPartnerMetadata': '_a',
    'AdAccountCreateSubscriptionResponse': '_a',
    'AdAccountGetSubscriptionResponse': '_a',
    'AdAccountGetSubscriptionResponseAllOf': 'ad_account_get_subscription_response_all_of',
    'AdAccountGetSubscriptionResponseAllOf1': 'ad_account_get_subscription_response_all_of1',
    'AdAccountOwner': '_a',
    'AdAccountsAudiencesSharedAccountsListResponse': '_a',
    'AdAccountsCountryResponse': '_a',
    'AdAccountsCountryResponseData': '_a',
    'AdAccountsListResponse': '_a',
    'AdAccountsSubscriptionsGetListResponse': '_a',
    'AdArrayResponse': '_a',
    'AdArrayResponseElement': '_a',
    'AdCommon': '_a',
    'AdCountry': '_a',
    'AdCreateRequest': '_a',
    'AdGroupArrayResponse': '_a',
    'AdGroupArrayResponseElement': '_a',
    'AdGroupAudienceSizingRequest': '_a',
    'AdGroupAudienceSizingRequestKeywords': 'ad_group_audience_sizing_request_keywords',
    'AdGroupAudienceSizingRequestKeywordsItem': '_a',
    'AdGroupAudienceSizingResponse': '_a',
    'AdGroupCommon': '_a',
    'AdGroupCreateRequest': '_a',
    'AdGroupCreateRequestAllOf': 'ad_group_create_request_all_of',
    'AdGroupIdFilter': '_a',
    'AdGroupResponse': '_a',
    'AdGroupResponseAllOf': 'ad_group_response_all_of',
    'AdGroupSummaryStatus': '_a',
    'AdGroupUpdateRequest': '_a',
    'AdGroupUpdateRequestAllOf': 'ad_group_update_request_all_of',
    'AdGroupsAnalyticsResponse': '_a',
    'AdGroupsAnalyticsResponseItem': '_a',
    'AdGroupsListResponse': '_a',
    'AdPinAnalytics': '_a',
    'AdPinId': '_a',
    'AdPinsAnalyticsResponse': '_a',
    'AdPreviewCreateFromImage': 'ad_preview_create_from_image',
    'AdPreviewCreateFromPin': 'ad_preview_create_from_pin',
    'AdPreviewRequest': '_a',
    'AdPreviewRequestAdPreviewCreateFromImage': '_a',
    'AdPreviewRequestAdPreviewCreateFromPin': '_a',
    'AdPreviewRequestAdPreviewShopping': '_a',
    'AdPreviewShopping': 'ad_preview_shopping',
    'AdPreviewURLResponse': '_a',
    'AdResponse': '_a',
    'AdResponseAllOf': 'ad_response_all_of',
    'AdUpdateRequest': '_a',
    'AdUpdateRequest1': 'ad_update_request1',
    'AdsAnalyticsAdGroupTargetingType': '_a',
    'AdsAnalyticsAdTargetingType': '_a',
    'AdsAnalyticsCampaignTargetingType': '_a',
    'AdsAnalyticsCreateAsyncRequest': '_a',
    'AdsAnalyticsCreateAsyncRequestAllOf': 'ads_analytics_create_async_request_all_of',
    'AdsAnalyticsCreateAsyncRequestAllOf1': 'ads_analytics_create_async_request_all_of1',
    'AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem': '_a',
    'AdsAnalyticsCreateAsyncResponse': '_a',
    'AdsAnalyticsFilterColumn': '_a',
    'AdsAnalyticsFilterOperator': '_a',
    'AdsAnalyticsGetAsyncResponse': '_a',
    'AdsAnalyticsMetricsFilter': '_a',
    'AdsAnalyticsResponse': '_a',
    'AdsAnalyticsResponseItem': '_a',
    'AdsAnalyticsTargetingType': '_a',
    'AdsCreditDiscountsResponse': '_a',
    'AdsCreditRedeemRequest': '_a',
    'AdsCreditRedeemResponse': '_a',
    'AdsCreditsDiscountsGetResponse': '_a',
    'AdsListResponse': '_a',
    'AdvancedAuctionBidOptions': '_a',
    'AdvancedAuctionItem': '_a',
    'AdvancedAuctionItemAllOf': 'advanced_auction_item_all_of',
    'AdvancedAuctionItems': '_a',
    'AdvancedAuctionItemsGetRecord': '_a',
    'AdvancedAuctionItemsGetRequest': '_a',
    'AdvancedAuctionItemsSubmitDeleteRecord': '_a',
    'AdvancedAuctionItemsSubmitRecord': '_a',
    'AdvancedAuctionItemsSubmitRequest': '_a',
    'AdvancedAuctionItemsSubmitUpsertRecord': '_a',
    'AdvancedAuctionItemsSubmitUpsertRecordAllOf': 'advanced_auction_items_submit_upsert_record_all_of',
    'AdvancedAuctionKey': '_a',
    'AdvancedAuctionOperation': '_a',
    'AdvancedAuctionOperationError': '_a',
    'AdvancedAuctionProcessedItem': '_a',
    'AdvancedAuctionProcessedItemAllOf': 'advanced_auction_processed_item_all_of',
    'AdvancedAuctionProcessedItems': '_a',
    'AdvertiserDefinedEventsGetResponse': '_a',
    'AdvertiserDefinedEventsGetResponseItemsItem': '_a',
    'AgeBucketList': '_a',
    'AgeTrendsBucket': '_a',
    'AllOf': 'all_of',
    'AmazonConnectRequest': '_a',
    'AnalyticsDailyMetrics': '_a',
    'AnalyticsMetricsResponse': '_a',
    'AnalyticsMetricsResponseDailyMetrics': 'analytics_metrics_response_daily_metrics',
    'AnalyticsResponse': '_a',
    'AnyOf': 'any_of',
    'AppTypeMultipliers': '_a',
    'AssetGroupBinding': '_a',
    'AssetGroupType': '_a',
    'AssetGroupTypes': '_a',
    'AssetIdPermissions': '_a',
    'AssetIdToPermissions': '_a',
    'AssetTypeResponse': '_a',
    'Audience': '_a',
    'AudienceAccountType': '_a',
    'AudienceCategory': '_a',
    'AudienceCategorySubcategoriesItem': '_a',
    'AudienceCommon': '_a',
    'AudienceCreateCustomRequest': '_a',
    'AudienceCreateCustomRequest1': 'audience_create_custom_request1',
    'AudienceCreateRequest': '_a',
    'AudienceCreateRequest1': 'audience_create_request1',
    'AudienceDataParty': '_a',
    'AudienceDefinition': '_a',
    'AudienceDefinitionResponse': '_a',
    'AudienceDefinitionScope': '_a',
    'AudienceDefinitionType': '_a',
    'AudienceDemographicValue': '_a',
    'AudienceDemographics': '_a',
    'AudienceDescription': '_a',
    'AudienceInsightCategoryArrayResponse': '_a',
    'AudienceInsightCategoryCommon': '_a',
    'AudienceInsightType': '_a',
    'AudienceInsightsResponse': '_a',
    'AudienceRule': '_a',
    'AudienceShareType': '_a',
    'AudienceSharingType': '_a',
    'AudienceSubcategory': 'audience_subcategory',
    'AudienceType': '_a',
    'AudienceUpdateOperationType': '_a',
    'AudienceUpdateRequest': '_a',
    'AudienceUpdateRequest1': 'audience_update_request1',
    'AudiencesListResponse': '_a',
    'AuthRespondInvitesBody': '_a',
    'AuthRespondInvitesBodyAction': 'auth_respond_invites_body_action',
    'AuthRespondInvitesBodyInvites': 'auth_respond_invites_body_invites',
    'AuthRespondInvitesBodyInvitesItem': '_a',
    'AuthRespondInvitesBodyInvitesItemAction': '_a',
    'AvailabilityFilter': '_a',
    'BaseInviteDataResponse': '_b',
    'BaseInviteDataResponseInviteData': '_b',
    'BatchOperation': '_b',
    'BatchOperationStatus': '_b',
    'BidFloor': '_b',
    'BidFloorRequest': '_b',
    'BidFloorRequestBidFloorSpecsItem': '_b',
    'BidFloorSpec': 'bid_floor_spec',
    'BidInMicroCurrency': '_b',
    'BillingInvoiceDownloadResponse': '_b',
    'BillingInvoiceResponse': '_b',
    'BillingInvoicesGetResponse': '_b',
    'BillingProfilesGetResponse': '_b',
    'BillingProfilesResponse': '_b',
    'Board': '_b',
    'BoardBase': '_b',
    'BoardCategoriesEnum': '_b',
    'BoardCreate': '_b',
    'BoardInfo': '_b',
    'BoardMedia': '_b',
    'BoardOwner': '_b',
    'BoardPrivacy': '_b',
    'BoardPrivacyFilter': '_b',
    'BoardSection': '_b',
    'BoardSectionsListPinsResponse': '_b',
    'BoardSectionsListResponse': '_b',
    'BoardUpdate': '_b',
    'BoardUpdatePrivacy': '_b',
    'BoardWithUpdatePrivacy': '_b',
    'BoardWithUpdatePrivacyUpdate': '_b',
    'BoardsListPinsResponse': '_b',
    'BoardsListResponse': '_b',
    'BoardsUserFollowsListResponse': '_b',
    'BookClosedResponse': '_b',
    'BrandAccountsCreateRequest': '_b',
    'BrandAccountsCreateRequestProfileImage': '_b',
    'BrandAccountsCreateResponse': '_b',
    'BrandAccountsUpdateRequest': '_b',
    'BrandAccountsUpdateRequestProfileImage': '_b',
    'BrandAccountsUpdateResponse': '_b',
    'BrandFilter': '_b',
    'BudgetType': '_b',
    'BulkDownloadRequest': '_b',
    'BulkDownloadRequestCampaignFilter': '_b',
    'BulkDownloadResponse': '_b',
    'BulkEntityType': '_b',
    'BulkOutputFormat': '_b',
    'BulkPinAnalyticsResponse': '_b',
    'BulkReportingJobStatus': '_b',
    'BulkUpsertRequest': '_b',
    'BulkUpsertRequestCreate': '_b',
    'BulkUpsertRequestCreateCatalogProductGroupsItem': '_b',
    'BulkUpsertRequestUpdate': '_b',
    'BulkUpsertRequestUpdateCatalogProductGroupsItem': '_b',
    'BulkUpsertRequestUpdateLabelsItem': '_b',
    'BulkUpsertResponse': '_b',
    'BulkUpsertStatus': '_b',
    'BulkUpsertStatusResponse': '_b',
    'BusinessAccessError': '_b',
    'BusinessAccessRole': '_b',
    'BusinessAccessUserSummary': '_b',
    'BusinessAccountAudiencesSharedAccountsListResponse': '_b',
    'BusinessAssetMembersGetResponse': '_b',
    'BusinessAssetPartnersGetResponse': '_b',
    'BusinessAssetsGetResponse': '_b',
    'BusinessMemberAssetsGetResponse': '_b',
    'BusinessMemberAssetsSummary': '_b',
    'BusinessMemberAssetsSummaryAdAccounts': 'business_member_assets_summary_ad_accounts',
    'BusinessMemberAssetsSummaryAdAccountsItem': '_b',
    'BusinessMemberAssetsSummaryProfiles': 'business_member_assets_summary_profiles',
    'BusinessMemberAssetsSummaryProfilesItem': '_b',
    'BusinessMembersAssetAccessDeleteRequest': '_b',
    'BusinessMembersAssetAccessDeleteRequestAccessesItem': '_b',
    'BusinessPartnerAssetAccessGetResponse': '_b',
    'BusinessRole': '_b',
    'BusinessRoleCheckMode': '_b',
    'BusinessRoleForMembers': '_b',
    'BusinessRoleResponse': '_b',
    'BusinessSharedAudience': '_b',
    'BusinessSharedAudience1': 'business_shared_audience1',
    'BusinessSharedAudienceResponse': '_b',
    'BusinessSharedAudienceResponse1': 'business_shared_audience_response1',
    'BusinessesBusinessIdMembersAssetsAccessAccesses': 'businesses_business_id_members_assets_access_accesses',
    'CampaignAudienceMultipliers': '_c',
    'CampaignBidOptions': '_c',
    'CampaignBidOptionsCreate': '_c',
    'CampaignBidOptionsUpdate': '_c',
    'CampaignBidOptionsUpdateAllOf': 'campaign_bid_options_update_all_of',
    'CampaignCommon': '_c',
    'CampaignCreateCommon': '_c',
    'CampaignCreateCommonAllOf': 'campaign_create_common_all_of',
    'CampaignCreateRequest': '_c',
    'CampaignCreateRequestAllOf': 'campaign_create_request_all_of',
    'CampaignCreateResponse': '_c',
    'CampaignCreateResponseData': '_c',
    'CampaignCreateResponseDataAllOf': 'campaign_create_response_data_all_of',
    'CampaignCreateResponseItem': '_c',
    'CampaignId': '_c',
    'CampaignIdFilter': '_c',
    'CampaignIsAutomatedCampaign': '_c',
    'CampaignIsCampaignBudgetOptimization': '_c',
    'CampaignIsFlexibleDailyBudgets': '_c',
    'CampaignObjectivesFilter': '_c',
    'CampaignResponse': '_c',
    'CampaignResponseAllOf': 'campaign_response_all_of',
    'CampaignSummaryStatus': '_c',
    'CampaignUpdateRequest': '_c',
    'CampaignUpdateRequestAllOf': 'campaign_update_request_all_of',
    'CampaignUpdateResponse': '_c',
    'CampaignsAnalyticsResponse': '_c',
    'CampaignsAnalyticsResponseItem': '_c',
    'CampaignsListResponse': '_c',
    'CancelInvitesBody': '_c',
    'CarouselSlot': '_c',
    'Catalog': '_c',
    'CatalogAllOf': 'catalog_all_of',
    'CatalogProductGroup': '_c',
    'CatalogsAvailableFilterValues': '_c',
    'CatalogsCreateCreativeAssetsItem': '_c',
    'CatalogsCreateHotelItem': '_c',
    'CatalogsCreateReportResponse': '_c',
    'CatalogsCreateRequest': '_c',
    'CatalogsCreateRetailItem': '_c',
    'CatalogsCreativeAssetsAttributes': '_c',
    'CatalogsCreativeAssetsAttributesAllOf': 'catalogs_creative_assets_attributes_all_of',
    'CatalogsCreativeAssetsAvailableFilterValues': '_c',
    'CatalogsCreativeAssetsAvailableFilterValuesFilterValues': '_c',
    'CatalogsCreativeAssetsBatchItem': '_c',
    'CatalogsCreativeAssetsBatchRequest': '_c',
    'CatalogsCreativeAssetsFeed': '_c',
    'CatalogsCreativeAssetsFeedsCreateRequest': '_c',
    'CatalogsCreativeAssetsFeedsUpdateRequest': '_c',
    'CatalogsCreativeAssetsFilterValuesMap': 'catalogs_creative_assets_filter_values_map',
    'CatalogsCreativeAssetsItemErrorResponse': '_c',
    'CatalogsCreativeAssetsItemResponse': '_c',
    'CatalogsCreativeAssetsItemsBatch': '_c',
    'CatalogsCreativeAssetsItemsFilter': '_c',
    'CatalogsCreativeAssetsItemsPostFilter': '_c',
    'CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest': '_c',
    'CatalogsCreativeAssetsProduct': '_c',
    'CatalogsCreativeAssetsProductGroup': '_c',
    'CatalogsCreativeAssetsProductGroupCreateRequest': '_c',
    'CatalogsCreativeAssetsProductGroupFilterKeys': '_c',
    'CatalogsCreativeAssetsProductGroupFilters': '_c',
    'CatalogsCreativeAssetsProductGroupFiltersAllOf': '_c',
    'CatalogsCreativeAssetsProductGroupFiltersAnyOf': '_c',
    'CatalogsCreativeAssetsProductGroupProductCounts': '_c',
    'CatalogsCreativeAssetsProductGroupUpdateRequest': '_c',
    'CatalogsCreativeAssetsProductMetadata': '_c',
    'CatalogsDbItem': '_c',
    'CatalogsDeleteCreativeAssetsItem': '_c',
    'CatalogsDeleteHotelItem': '_c',
    'CatalogsDeleteRetailItem': '_c',
    'CatalogsFeed': '_c',
    'CatalogsFeedCredentials': '_c',
    'CatalogsFeedIngestion': '_c',
    'CatalogsFeedIngestionDetails': '_c',
    'CatalogsFeedIngestionErrors': '_c',
    'CatalogsFeedIngestionInfo': '_c',
    'CatalogsFeedIngestionWarnings': '_c',
    'CatalogsFeedProcessingResult': '_c',
    'CatalogsFeedProcessingResultFields': 'catalogs_feed_processing_result_fields',
    'CatalogsFeedProcessingSchedule': '_c',
    'CatalogsFeedProcessingStatus': '_c',
    'CatalogsFeedProductCounts': '_c',
    'CatalogsFeedValidationDetails': '_c',
    'CatalogsFeedValidationErrors': '_c',
    'CatalogsFeedValidationWarnings': '_c',
    'CatalogsFeedVideoCounts': '_c',
    'CatalogsFeedsCreateRequest': '_c',
    'CatalogsFeedsUpdateRequest': '_c',
    'CatalogsFormat': '_c',
    'CatalogsHotelAddress': '_c',
    'CatalogsHotelAttributes': '_c',
    'CatalogsHotelAttributesAllOf': 'catalogs_hotel_attributes_all_of',
    'CatalogsHotelAttributesAllOfMainImage': 'catalogs_hotel_attributes_all_of_main_image',
    'CatalogsHotelAttributesMainImage': '_c',
    'CatalogsHotelAvailableFilterValues': '_c',
    'CatalogsHotelAvailableFilterValuesFilterValues': '_c',
    'CatalogsHotelBatchItem': '_c',
    'CatalogsHotelBatchRequest': '_c',
    'CatalogsHotelFeed': '_c',
    'CatalogsHotelFeedsCreateRequest': '_c',
    'CatalogsHotelFeedsUpdateRequest': '_c',
    'CatalogsHotelFilterValuesMap': 'catalogs_hotel_filter_values_map',
    'CatalogsHotelGuestRatings': '_c',
    'CatalogsHotelItemErrorResponse': '_c',
    'CatalogsHotelItemResponse': '_c',
    'CatalogsHotelItemsBatch': '_c',
    'CatalogsHotelItemsFilter': '_c',
    'CatalogsHotelItemsPostFilter': '_c',
    'CatalogsHotelListProductsByCatalogBasedFilterRequest': '_c',
    'CatalogsHotelProduct': '_c',
    'CatalogsHotelProductGroup': '_c',
    'CatalogsHotelProductGroupCreateRequest': '_c',
    'CatalogsHotelProductGroupFilterKeys': '_c',
    'CatalogsHotelProductGroupFilters': '_c',
    'CatalogsHotelProductGroupFiltersAllOf': '_c',
    'CatalogsHotelProductGroupFiltersAnyOf': '_c',
    'CatalogsHotelProductGroupProductCounts': '_c',
    'CatalogsHotelProductGroupType': '_c',
    'CatalogsHotelProductGroupUpdateRequest': '_c',
    'CatalogsHotelProductMetadata': '_c',
    'CatalogsHotelReportParameters': '_c',
    'CatalogsHotelReportParametersReport': '_c',
    'CatalogsHotelReportStatsParameters': '_c',
    'CatalogsHotelReportStatsParametersReport': '_c',
    'CatalogsItemValidationDetails': '_c',
    'CatalogsItemValidationErrors': '_c',
    'CatalogsItemValidationIssue': '_c',
    'CatalogsItemValidationIssues': '_c',
    'CatalogsItemValidationWarnings': '_c',
    'CatalogsItems': '_c',
    'CatalogsItemsBatch': '_c',
    'CatalogsItemsBatchRequest': '_c',
    'CatalogsItemsCreateBatchRequest': '_c',
    'CatalogsItemsDeleteBatchRequest': '_c',
    'CatalogsItemsDeleteDiscontinuedBatchRequest': '_c',
    'CatalogsItemsFilters': '_c',
    'CatalogsItemsPostFilters': '_c',
    'CatalogsItemsRequest': '_c',
    'CatalogsItemsUpdateBatchRequest': '_c',
    'CatalogsItemsUpsertBatchRequest': '_c',
    'CatalogsListProductsByFeedBasedFilter': '_c',
    'CatalogsListProductsByFilterRequest': '_c',
    'CatalogsListProductsByFilterRequestOneOf': 'catalogs_list_products_by_filter_request_one_of',
    'CatalogsListResponse': '_c',
    'CatalogsLocale': '_c',
    'CatalogsProduct': '_c',
    'CatalogsProductGroup': '_c',
    'CatalogsProductGroupCatalogsProductGroupFeedBasedCase': '_c',
    'CatalogsProductGroupCatalogsProductGroupMerchantBasedCase': '_c',
    'CatalogsProductGroupCreateRequest': '_c',
    'CatalogsProductGroupCurrencyCriteria': '_c',
    'CatalogsProductGroupFeedBasedCase': 'catalogs_product_group_feed_based_case',
    'CatalogsProductGroupFilterKeys': '_c',
    'CatalogsProductGroupFilterOperatorTypeCriteria': '_c',
    'CatalogsProductGroupFilters': '_c',
    'CatalogsProductGroupFiltersAllOf': '_c',
    'CatalogsProductGroupFiltersAllOfRequest': '_c',
    'CatalogsProductGroupFiltersAllOfRequestAnyOf': 'catalogs_product_group_filters_all_of_request_any_of',
    'CatalogsProductGroupFiltersAllOfRequestAnyOf1': 'catalogs_product_group_filters_all_of_request_any_of1',
    'CatalogsProductGroupFiltersAllOfRequestOption1': '_c',
    'CatalogsProductGroupFiltersAllOfRequestOption2': '_c',
    'CatalogsProductGroupFiltersAnyOf': '_c',
    'CatalogsProductGroupFiltersRequest': '_c',
    'CatalogsProductGroupFiltersRequestAllOf': '_c',
    'CatalogsProductGroupFiltersRequestAnyOf': '_c',
    'CatalogsProductGroupFiltersRequestAnyOf1': 'catalogs_product_group_filters_request_any_of1',
    'CatalogsProductGroupMerchantBasedCase': 'catalogs_product_group_merchant_based_case',
    'CatalogsProductGroupMultipleCountriesCriteria': '_c',
    'CatalogsProductGroupMultipleGenderCriteria': '_c',
    'CatalogsProductGroupMultipleMediaTypesCriteria': '_c',
    'CatalogsProductGroupMultipleStringCriteria': '_c',
    'CatalogsProductGroupMultipleStringListCriteria': '_c',
    'CatalogsProductGroupPinsListResponse': '_c',
    'CatalogsProductGroupPricingCriteria': '_c',
    'CatalogsProductGroupPricingCurrencyCriteria': 'catalogs_product_group_pricing_currency_criteria',
    'CatalogsProductGroupProductCounts': '_c',
    'CatalogsProductGroupProductCountsVertical': '_c',
    'CatalogsProductGroupStatus': '_c',
    'CatalogsProductGroupType': '_c',
    'CatalogsProductGroupUint32Criteria': '_c',
    'CatalogsProductGroupUpdateRequest': '_c',
    'CatalogsProductGroupsCreateManyRequestItem': '_c',
    'CatalogsProductGroupsCreateRequest': '_c',
    'CatalogsProductGroupsListResponse': '_c',
    'CatalogsProductGroupsUpdateRequest': '_c',
    'CatalogsProductMetadata': 'catalogs_product_metadata',
    'CatalogsReport': '_c',
    'CatalogsReportAllItemsFilter': '_c',
    'CatalogsReportDistributionIssueFilter': '_c',
    'CatalogsReportDistributionStats': '_c',
    'CatalogsReportFeedIngestionFilter': '_c',
    'CatalogsReportFeedIngestionStats': '_c',
    'CatalogsReportParameters': '_c',
    'CatalogsReportStats': '_c',
    'CatalogsRetailAvailableFilterValues': '_c',
    'CatalogsRetailAvailableFilterValuesFilterValues': '_c',
    'CatalogsRetailBatchRequest': '_c',
    'CatalogsRetailBatchRequestItemsItem': '_c',
    'CatalogsRetailFeed': '_c',
    'CatalogsRetailFeedsCreateRequest': '_c',
    'CatalogsRetailFeedsUpdateRequest': '_c',
    'CatalogsRetailFilterValuesMap': 'catalogs_retail_filter_values_map',
    'CatalogsRetailItemErrorResponse': '_c',
    'CatalogsRetailItemResponse': '_c',
    'CatalogsRetailItemsBatch': '_c',
    'CatalogsRetailItemsFilter': '_c',
    'CatalogsRetailItemsPostFilter': '_c',
    'CatalogsRetailListProductsByCatalogBasedFilterRequest': '_c',
    'CatalogsRetailProduct': '_c',
    'CatalogsRetailProductGroup': '_c',
    'CatalogsRetailProductGroupCreateRequest': '_c',
    'CatalogsRetailProductGroupProductCounts': '_c',
    'CatalogsRetailProductGroupUpdateRequest': '_c',
    'CatalogsRetailProductMetadata': '_c',
    'CatalogsRetailReportParameters': '_c',
    'CatalogsRetailReportParametersReport': '_c',
    'CatalogsRetailReportStatsParameters': '_c',
    'CatalogsRetailReportStatsParametersReport': '_c',
    'CatalogsStatus': '_c',
    'CatalogsType': '_c',
    'CatalogsUpdatableCreativeAssetsAttributes': '_c',
    'CatalogsUpdatableHotelAttributes': '_c',
    'CatalogsUpdateCreativeAssetsItem': '_c',
    'CatalogsUpdateHotelItem': '_c',
    'CatalogsUpdateRetailItem': '_c',
    'CatalogsUpsertCreativeAssetsItem': '_c',
    'CatalogsUpsertHotelItem': '_c',
    'CatalogsUpsertRetailItem': '_c',
    'CatalogsVerticalBatchRequest': '_c',
    'CatalogsVerticalFeedsCreateRequest': '_c',
    'CatalogsVerticalFeedsUpdateRequest': '_c',
    'CatalogsVerticalProductGroup': '_c',
    'CatalogsVerticalProductGroupCreateRequest': '_c',
    'CatalogsVerticalProductGroupUpdateRequest': '_c',
    'CatalogsVerticalsListProductsByCatalogBasedFilterRequest': '_c',
    'ConditionFilter': '_c',
    'ContentType': '_c',
    'ConversionAccessTokenResponse': '_c',
    'ConversionApiResponse': '_c',
    'ConversionApiResponseEvents': 'conversion_api_response_events',
    'ConversionApiResponseEventsItem': '_c',
    'ConversionAttributionWindowDays': '_c',
    'ConversionEventAppInfo': '_c',
    'ConversionEventDeviceInfo': '_c',
    'ConversionEventResponse': '_c',
    'ConversionEvents': '_c',
    'ConversionEventsCustomData': 'conversion_events_custom_data',
    'ConversionEventsCustomDataContents': 'conversion_events_custom_data_contents',
    'ConversionEventsData': 'conversion_events_data',
    'ConversionEventsDataItem': '_c',
    'ConversionEventsDataItemCustomData': '_c',
    'ConversionEventsDataItemCustomDataContentsItem': '_c',
    'ConversionEventsUserData': '_c',
    'ConversionEventsUserDataAnyOf': 'conversion_events_user_data_any_of',
    'ConversionEventsUserDataAnyOf1': 'conversion_events_user_data_any_of1',
    'ConversionEventsUserDataAnyOf2': 'conversion_events_user_data_any_of2',
    'ConversionEventsUserDataProperties': '_c',
    'ConversionHealthSelectionItem': '_c',
    'ConversionMSOTEvents': '_c',
    'ConversionProductReportRequest': '_c',
    'ConversionProductReportRequestConversionProductAttributionType': '_c',
    'ConversionProductReportingColumn': '_c',
    'ConversionReportAttributionType': '_c',
    'ConversionReportTimeType': '_c',
    'ConversionTag': '_c',
    'ConversionTagCommon': '_c',
    'ConversionTagConfigs': '_c',
    'ConversionTagCreate': '_c',
    'ConversionTagListResponse': '_c',
    'ConversionTagResponse': '_c',
    'ConversionTagType': '_c',
    'ConversionTagsListResponse': '_c',
    'ConversionTagsOcpmEligibleResponse': '_c',
    'Country': '_c',
    'CountryFilter': '_c',
    'CreateAssetAccessRequestBody': '_c',
    'CreateAssetAccessRequestBodyAssetRequests': 'create_asset_access_request_body_asset_requests',
    'CreateAssetAccessRequestBodyAssetRequestsItem': '_c',
    'CreateAssetAccessRequestErrorMessage': '_c',
    'CreateAssetAccessRequestErrorMessageItem': '_c',
    'CreateAssetAccessRequestResponse': '_c',
    'CreateAssetGroupBody': '_c',
    'CreateAssetGroupResponse': '_c',
    'CreateAssetInvitesRequest': '_c',
    'CreateAssetInvitesRequestItem': '_c',
    'CreateInvitesResultsResponseArray': '_c',
    'CreateInvitesResultsResponseArrayInvite': 'create_invites_results_response_array_invite',
    'CreateInvitesResultsResponseArrayItems': 'create_invites_results_response_array_items',
    'CreateInvitesResultsResponseArrayItemsItem': '_c',
    'CreateInvitesResultsResponseArrayItemsItemInvite': '_c',
    'CreateMMMReportRequest': '_c',
    'CreateMMMReportRequestAllOf': 'create_mmm_report_request_all_of',
    'CreateMMMReportResponse': '_c',
    'CreateMMMReportResponseData': '_c',
    'CreateMembershipOrPartnershipInvitesBody': '_c',
    'CreativeAssetsIdFilter': '_c',
    'CreativeAssetsProcessingRecord': '_c',
    'CreativeAssetsVisibilityType': '_c',
    'CreativeType': '_c',
    'Currency': '_c',
    'CurrencyFilter': '_c',
    'CustomColumnId': '_c',
    'CustomLabel0Filter': '_c',
    'CustomLabel1Filter': '_c',
    'CustomLabel2Filter': '_c',
    'CustomLabel3Filter': '_c',
    'CustomLabel4Filter': '_c',
    'CustomNumber0Filter': '_c',
    'CustomNumber1Filter': '_c',
    'CustomNumber2Filter': '_c',
    'CustomNumber3Filter': '_c',
    'CustomNumber4Filter': '_c',
    'CustomerList': '_c',
    'CustomerListRequest': '_c',
    'CustomerListUpdateRequest': '_c',
    'CustomerListUpload': '_c',
    'CustomerListUploadCreateRequest': '_c',
    'CustomerListUploadCreateResponse': '_c',
    'CustomerListUploadErrorCountsItem': '_c',
    'CustomerListUploadRecordCounts': '_c',
    'CustomerListUploadResponse': '_c',
    'CustomerListUploadResponseErrorCountsItem': '_c',
    'CustomerListUploadResponseRecordCounts': '_c',
    'CustomerListsListResponse': '_c',
    'CustomizableCTAType': '_c',
    'DataOutputFormat': '_d',
    'DataStatus': '_d',
    'DeleteAssetGroupBody': '_d',
    'DeleteAssetGroupResponse': '_d',
    'DeleteAssetGroupResponseExceptions': 'delete_asset_group_response_exceptions',
    'DeleteAssetGroupResponseExceptionsItem': '_d',
    'DeleteInvitesResultsResponseArray': '_d',
    'DeleteInvitesResultsResponseArrayException': 'delete_invites_results_response_array_exception',
    'DeleteInvitesResultsResponseArrayItems': 'delete_invites_results_response_array_items',
    'DeleteInvitesResultsResponseArrayItemsItem': '_d',
    'DeleteInvitesResultsResponseArrayItemsItemException': '_d',
    'DeleteMemberAccessResult': '_d',
    'DeleteMemberAccessResultsResponseArray': '_d',
    'DeletePartnerAssetAccessBody': '_d',
    'DeletePartnerAssetAccessBodyAccesses': 'delete_partner_asset_access_body_accesses',
    'DeletePartnerAssetAccessBodyAccessesItem': '_d',
    'DeletePartnerAssetsResult': '_d',
    'DeletePartnerAssetsResultsResponseArray': '_d',
    'DeletePartnersRequest': '_d',
    'DeletePartnersResponse': '_d',
    'DeletedMembersResponse': '_d',
    'DeliveryMetricsResponse': '_d',
    'DeliveryMetricsResponseItems': 'delivery_metrics_response_items',
    'DeliveryMetricsResponseItemsItem': '_d',
    'DetailedError': '_d',
    'DisclosureType': '_d',
    'EnhancedMatchStatusType': '_e',
    'EntityId': '_e',
    'EntityStatus': '_e',
    'Error': '_e',
    'ErrorResponse': 'error_response',
    'EventData': '_e',
    'EventQualityScore': '_e',
    'Exception': '_e',
    'FeaturedTrend': '_f',
    'FeedFields': 'feed_fields',
    'FeedFields1': 'feed_fields1',
    'FeedFields2': 'feed_fields2',
    'FeedProcessingResultsListResponse': '_f',
    'FeedsCreateRequest': '_f',
    'FeedsListResponse': '_f',
    'FeedsUpdateRequest': '_f',
    'FollowUserRequest': '_f',
    'FollowersListResponse': '_f',
    'Gender': '_g',
    'GenderBucket': '_g',
    'GenderDemographics': '_g',
    'GenderFilter': '_g',
    'GenderList': '_g',
    'GetAudiencesOrderBy': '_g',
    'GetBusinessAssetTypeResponse': '_g',
    'GetBusinessAssetsResponse': '_g',
    'GetBusinessAssetsResponseCatalogInfo': '_g',
    'GetBusinessEmployersResponse': '_g',
    'GetBusinessMembersResponse': '_g',
    'GetBusinessPartnersResponse': '_g',
    'GetInvitesResponse': '_g',
    'GetMMMReportResponse': '_g',
    'GetMMMReportResponseData': '_g',
    'GetPartnerAssetsResponse': '_g',
    'GoogleProductCategory0Filter': '_g',
    'GoogleProductCategory1Filter': '_g',
    'GoogleProductCategory2Filter': '_g',
    'GoogleProductCategory3Filter': '_g',
    'GoogleProductCategory4Filter': '_g',
    'GoogleProductCategory5Filter': '_g',
    'GoogleProductCategory6Filter': '_g',
    'Granularity': '_g',
    'GridClickType': '_g',
    'HotelIdFilter': '_h',
    'HotelProcessingRecord': '_h',
    'ImageBase64': 'image_base64',
    'ImageDetails': '_i',
    'ImageMetadata': '_i',
    'ImageMetadataImages': 'image_metadata_images',
    'ImageSize': '_i',
    'IngestionSourceOptions': '_i',
    'InlineObject': 'inline_object',
    'InlineObject1': 'inline_object1',
    'InlineObject2': 'inline_object2',
    'InlineObject3': 'inline_object3',
    'InlineObject4': 'inline_object4',
    'InlineResponse200': 'inline_response200',
    'InlineResponse2001': 'inline_response2001',
    'InnerProductCategoriesMetricsHighlights': '_i',
    'IntegrationLog': '_i',
    'IntegrationLogClientError': '_i',
    'IntegrationLogClientRequest': '_i',
    'IntegrationLogsInvalidLogResponse': '_i',
    'IntegrationLogsInvalidLogResponseRejectedLogs': 'integration_logs_invalid_log_response_rejected_logs',
    'IntegrationLogsInvalidLogResponseRejectedLogsItem': '_i',
    'IntegrationLogsRequest': '_i',
    'IntegrationLogsSuccessResponse': '_i',
    'IntegrationMetadata': '_i',
    'IntegrationRecord': '_i',
    'IntegrationRequest': '_i',
    'IntegrationRequestPatch': '_i',
    'IntegrationsGetListResponse': '_i',
    'Interest': '_i',
    'InterestsEnum': '_i',
    'InviteAssetsSummary': '_i',
    'InviteAssetsSummaryAdAccounts': 'invite_assets_summary_ad_accounts',
    'InviteAssetsSummaryAdAccountsItem': '_i',
    'InviteAssetsSummaryProfiles': 'invite_assets_summary_profiles',
    'InviteAssetsSummaryProfilesItem': '_i',
    'InviteBusinessRoleBinding': '_i',
    'InviteExceptionResponse': '_i',
    'InviteResponse': '_i',
    'InviteStatus': '_i',
    'InviteType': '_i',
    'ItemAttributes': '_i',
    'ItemAttributesAllOf': 'item_attributes_all_of',
    'ItemAttributesRequest': '_i',
    'ItemAttributesRequestAllOf': 'item_attributes_request_all_of',
    'ItemAttributesRequestAllOf1': 'item_attributes_request_all_of1',
    'ItemBatchRecord': '_i',
    'ItemCreateBatchRecord': '_i',
    'ItemDeleteBatchRecord': '_i',
    'ItemDeleteDiscontinuedBatchRecord': '_i',
    'ItemGroupIdFilter': '_i',
    'ItemIdFilter': '_i',
    'ItemProcessingRecord': '_i',
    'ItemProcessingStatus': '_i',
    'ItemResponse': '_i',
    'ItemResponseAnyOf': 'item_response_any_of',
    'ItemResponseAnyOf1': 'item_response_any_of1',
    'ItemResponseOption1': '_i',
    'ItemResponseOption2': '_i',
    'ItemUpdateBatchRecord': '_i',
    'ItemUpsertBatchRecord': '_i',
    'ItemValidationEvent': '_i',
    'ItemsBatchPostRequest': '_i',
    'ItemsIssuesListResponse': '_i',
    'Keyword': '_k',
    'KeywordAllOf': 'keyword_all_of',
    'KeywordError': '_k',
    'KeywordList': '_k',
    'KeywordMetrics': '_k',
    'KeywordMetricsResponse': '_k',
    'KeywordUpdate': '_k',
    'KeywordUpdateBody': '_k',
    'KeywordsCommon': '_k',
    'KeywordsGetResponse': '_k',
    'KeywordsMetricsArrayResponse': '_k',
    'KeywordsRequest': '_k',
    'KeywordsResponse': '_k',
    'L1InterestList': '_l',
    'Label': '_l',
    'LabelCreateRequest': '_l',
    'LabelCreateRequestLabels': 'label_create_request_labels',
    'LabelCreateRequestLabelsItem': '_l',
    'LabelError': '_l',
    'LabelParentType': '_l',
    'LabelStatus': '_l',
    'LabelType': '_l',
    'LabelUpdateRequest': '_l',
    'LabelUpdateRequestLabels': 'label_update_request_labels',
    'LabelUpdateRequestLabelsItem': '_l',
    'LabelsListResponse': '_l',
    'LabelsResponse': '_l',
    'Language': '_l',
    'LeadFormArrayResponse': '_l',
    'LeadFormArrayResponseItems': 'lead_form_array_response_items',
    'LeadFormArrayResponseItemsItem': '_l',
    'LeadFormCommon': '_l',
    'LeadFormCommonPolicyLinks': 'lead_form_common_policy_links',
    'LeadFormCommonPolicyLinksItem': '_l',
    'LeadFormCreateRequest': '_l',
    'LeadFormQuestion': '_l',
    'LeadFormQuestionFieldType': '_l',
    'LeadFormQuestionType': '_l',
    'LeadFormResponse': '_l',
    'LeadFormResponseAllOf': 'lead_form_response_all_of',
    'LeadFormStatus': '_l',
    'LeadFormTestRequest': '_l',
    'LeadFormTestResponse': '_l',
    'LeadFormUpdateRequest': '_l',
    'LeadFormUpdateRequestAllOf': 'lead_form_update_request_all_of',
    'LeadFormsListResponse': '_l',
    'LeadSubscription': '_l',
    'LeadSubscriptionPostParamsCreate': '_l',
    'LeadSubscriptionPostParamsCreateAllOf': 'lead_subscription_post_params_create_all_of',
    'LeadSubscriptionPostParamsCreatePartnerMetadata': '_l',
    'LeadsExportCreateRequest': '_l',
    'LeadsExportCreateResponse': '_l',
    'LeadsExportResponseData': '_l',
    'LeadsExportStatus': '_l',
    'LineItem': '_l',
    'LinkedBusiness': '_l',
    'LocalStoreId': '_l',
    'LocalStoreUpdate': '_l',
    'LookbackPeriodOptions': '_l',
    'MMMReportingColumn': '_m',
    'MMMReportingTargetingType': '_m',
    'MatchType': '_m',
    'MatchTypeResponse': '_m',
    'MaxPriceFilter': '_m',
    'Media': '_m',
    'MediaListResponse': '_m',
    'MediaType': '_m',
    'MediaTypeFilter': '_m',
    'MediaUpload': '_m',
    'MediaUploadAllOf': 'media_upload_all_of',
    'MediaUploadAllOfUploadParameters': 'media_upload_all_of_upload_parameters',
    'MediaUploadCreate': '_m',
    'MediaUploadDetails': '_m',
    'MediaUploadParameters': '_m',
    'MediaUploadRequest': '_m',
    'MediaUploadStatus': '_m',
    'MediaUploadType': '_m',
    'MemberBusinessRole': '_m',
    'MembersToDeleteBody': '_m',
    'MembersToDeleteBodyMembers': 'members_to_delete_body_members',
    'MembersToDeleteBodyMembersItem': '_m',
    'Metrics': '_m',
    'MetricsReportingLevel': '_m',
    'MetricsResponse': '_m',
    'MinPriceFilter': '_m',
    'NonDraftEntityStatus': '_n',
    'NonNullableCatalogsCurrency': '_n',
    'NonNullableProductAvailabilityType': '_n',
    'Notification': '_n',
    'NotificationPostRequest': '_n',
    'NotificationPostResponse': '_n',
    'NotificationResponse': 'notification_response',
    'Notifications': '_n',
    'NullableCatalogsItemFieldType': '_n',
    'NullableCurrency': '_n',
    'OauthAccessTokenRequest': '_o',
    'OauthAccessTokenRequestClientCredentials': '_o',
    'OauthAccessTokenRequestClientCredentialsAllOf': 'oauth_access_token_request_client_credentials_all_of',
    'OauthAccessTokenRequestCode': '_o',
    'OauthAccessTokenRequestCodeAllOf': 'oauth_access_token_request_code_all_of',
    'OauthAccessTokenRequestRefresh': '_o',
    'OauthAccessTokenRequestRefreshAllOf': 'oauth_access_token_request_refresh_all_of',
    'OauthAccessTokenResponse': '_o',
    'OauthAccessTokenResponseClientCredentials': '_o',
    'OauthAccessTokenResponseCode': '_o',
    'OauthAccessTokenResponseCodeAllOf': 'oauth_access_token_response_code_all_of',
    'OauthAccessTokenResponseEverlastingRefresh': 'oauth_access_token_response_everlasting_refresh',
    'OauthAccessTokenResponseEverlastingRefreshAllOf': 'oauth_access_token_response_everlasting_refresh_all_of',
    'OauthAccessTokenResponseIntegrationRefresh': '_o',
    'OauthAccessTokenResponseIntegrationRefreshAllOf': 'oauth_access_token_response_integration_refresh_all_of',
    'OauthAccessTokenResponseRefresh': '_o',
    'OauthAccessTokenResponseRefreshAllOf': 'oauth_access_token_response_refresh_all_of',
    'OauthAccessTokenResponseRefreshAllOf1': 'oauth_access_token_response_refresh_all_of1',
    'ObjectiveType': '_o',
    'OperationType': '_o',
    'OptimizationGoalMetadata': '_o',
    'OptimizationGoalMetadataConversionTagV3GoalMetadata': '_o',
    'OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows': '_o',
    'OptimizationGoalMetadataFrequencyGoalMetadata': '_o',
    'OptimizationGoalMetadataScrollupGoalMetadata': '_o',
    'OrderLine': '_o',
    'OrderLineAllOf': 'order_line_all_of',
    'OrderLineError': '_o',
    'OrderLinePaidType': '_o',
    'OrderLineResponse': '_o',
    'OrderLineSingleResponse': '_o',
    'OrderLineStatus': '_o',
    'OrderLines': '_o',
    'OrderLinesArrayResponse': '_o',
    'OrderLinesListResponse': '_o',
    'OverallStatusOptions': '_o',
    'PacingDeliveryType': '_p',
    'PageVisitConversionTagsGetResponse': '_p',
    'Paginated': '_p',
    'PartnerType': '_p',
    'Permissions': '_p',
    'PermissionsResponse': '_p',
    'PermissionsWithOwner': '_p',
    'Pin': '_p',
    'PinAnalyticsMetricsResponse': '_p',
    'PinAnalyticsMetricsResponseDailyMetrics': 'pin_analytics_metrics_response_daily_metrics',
    'PinAnalyticsMetricsResponseDailyMetricsItem': '_p',
    'PinAnalyticsResponse': '_p',
    'PinCreate': '_p',
    'PinMedia': '_p',
    'PinMediaBase': 'pin_media_base',
    'PinMediaMetadata': '_p',
    'PinMediaSource': '_p',
    'PinMediaSourceImageBase64': '_p',
    'PinMediaSourceImageURL': '_p',
    'PinMediaSourceImagesBase64': '_p',
    'PinMediaSourceImagesBase64Item': '_p',
    'PinMediaSourceImagesBase64Items': 'pin_media_source_images_base64_items',
    'PinMediaSourceImagesURL': '_p',
    'PinMediaSourceImagesURLItem': '_p',
    'PinMediaSourceImagesURLItems': 'pin_media_source_images_url_items',
    'PinMediaSourcePinURL': '_p',
    'PinMediaSourceVideoID': '_p',
    'PinMediaWithImage': '_p',
    'PinMediaWithImageAllOf': 'pin_media_with_image_all_of',
    'PinMediaWithImageAndVideo': '_p',
    'PinMediaWithImageAndVideoAllOf': 'pin_media_with_image_and_video_all_of',
    'PinMediaWithImages': '_p',
    'PinMediaWithImagesAllOf': 'pin_media_with_images_all_of',
    'PinMediaWithVideo': '_p',
    'PinMediaWithVideoAllOf': 'pin_media_with_video_all_of',
    'PinMediaWithVideos': '_p',
    'PinMediaWithVideosAllOf': 'pin_media_with_videos_all_of',
    'PinPromotionSummaryStatus': '_p',
    'PinUpdate': '_p',
    'PinUpdateCarouselSlots': 'pin_update_carousel_slots',
    'PinsListResponse': '_p',
    'PinsSaveRequest': '_p',
    'PinterestLibError': '_p',
    'PinterestLibIntegerFormatType': '_p',
    'PinterestLibPaginationOrder': '_p',
    'PinterestLibStatus204': '_p',
    'PinterestTagEventData': 'pinterest_tag_event_data',
    'PlacementGroupType': '_p',
    'PlacementMultipliers': '_p',
    'PriceFilter': '_p',
    'PriceFilterPRICE': '_p',
    'ProductAvailabilityType': '_p',
    'ProductCategoriesDemographic': '_p',
    'ProductCategoriesEngagementType': '_p',
    'ProductCategoriesMetricsHighlights': '_p',
    'ProductCategoryDetailLookbackWindow': '_p',
    'ProductCategoryDetails': '_p',
    'ProductCategoryEnum': '_p',
    'ProductCategoryRegion': '_p',
    'ProductGroupAnalyticsResponse': '_p',
    'ProductGroupAnalyticsResponseItem': '_p',
    'ProductGroupPromotion': '_p',
    'ProductGroupPromotionArrayElement': '_p',
    'ProductGroupPromotionArrayResponse': '_p',
    'ProductGroupPromotionCommon': '_p',
    'ProductGroupPromotionCreateRequest': '_p',
    'ProductGroupPromotionCreateRequestElement': '_p',
    'ProductGroupPromotionCreateRequestElementAllOf': 'product_group_promotion_create_request_element_all_of',
    'ProductGroupPromotionResponse': '_p',
    'ProductGroupPromotionResponseElement': '_p',
    'ProductGroupPromotionResponseItem': '_p',
    'ProductGroupPromotionUpdateItem': 'product_group_promotion_update_item',
    'ProductGroupPromotionUpdateRequest': '_p',
    'ProductGroupPromotionUpdateResponseItem': '_p',
    'ProductGroupPromotionsListResponse': '_p',
    'ProductGroupReferenceFilter': '_p',
    'ProductGroupSummaryStatus': '_p',
    'ProductGroupsCreateRequestFeedBaseCase': 'product_groups_create_request_feed_base_case',
    'ProductTag': 'product_tag',
    'ProductType0Filter': '_p',
    'ProductType1Filter': '_p',
    'ProductType2Filter': '_p',
    'ProductType3Filter': '_p',
    'ProductType4Filter': '_p',
    'ProductsByProductGroupFilterListResponse': '_p',
    'PromotionArrayElement': '_p',
    'PromotionCommon': '_p',
    'PromotionCreateRequest': '_p',
    'PromotionResponse': '_p',
    'PromotionResponseAllOf': 'promotion_response_all_of',
    'PromotionTemplateValue': '_p',
    'PromotionType': '_p',
    'PromotionUpdateRequest': '_p',
    'PromotionUpdateRequestAllOf': 'promotion_update_request_all_of',
    'PromotionsListResponse': '_p',
    'PromotionsResponse': '_p',
    'QualityComponentDetails': '_q',
    'QualityComponentIssue': '_q',
    'QualityComponents': '_q',
    'QuizPinData': '_q',
    'QuizPinOption': '_q',
    'QuizPinQuestion': '_q',
    'QuizPinResult': '_q',
    'RelatedTerms': '_r',
    'RelatedTermsRelatedTermsList': 'related_terms_related_terms_list',
    'RelatedTermsRelatedTermsListItem': '_r',
    'ReportingColumnAsync': '_r',
    'ReportingTimeZone': '_r',
    'ReportsStatsParameters': '_r',
    'ReportsStatsResponse': '_r',
    'ResourceError': 'resource_error',
    'ResourceIdToRoles': '_r',
    'RespondToInvitesResponseArray': '_r',
    'RespondToInvitesResponseArrayItems': 'respond_to_invites_response_array_items',
    'RespondToInvitesResponseArrayItemsItem': '_r',
    'Role': '_r',
    'S3FilePart': '_s',
    'S3MultipartUploadData': '_s',
    'SSIOAccountAddress': '_s',
    'SSIOAccountItem': '_s',
    'SSIOAccountPMPName': '_s',
    'SSIOAccountResponse': '_s',
    'SSIOCreateInsertionOrderRequest': '_s',
    'SSIOCreateInsertionOrderRequestAllOf': 'ssio_create_insertion_order_request_all_of',
    'SSIOCreateInsertionOrderResponse': '_s',
    'SSIOEditInsertionOrderRequest': '_s',
    'SSIOEditInsertionOrderRequestAllOf': 'ssio_edit_insertion_order_request_all_of',
    'SSIOEditInsertionOrderResponse': '_s',
    'SSIOInsertionOrderCommon': '_s',
    'SSIOInsertionOrderStatus': '_s',
    'SSIOInsertionOrderStatusResponse': '_s',
    'SSIOOrderLine': '_s',
    'SearchPartnerPinsResponse': '_s',
    'SearchUserBoardsGetResponse': '_s',
    'SearchUserPinsListResponse': '_s',
    'SharedAudience': '_s',
    'SharedAudience1': 'shared_audience1',
    'SharedAudienceAccount': '_s',
    'SharedAudienceCommon': '_s',
    'SharedAudienceResponse': '_s',
    'SharedAudienceResponse1': 'shared_audience_response1',
    'SharedAudienceResponseCommon': '_s',
    'SharedAudiencesForBusinessListResponse': '_s',
    'SingleInterestTargetingOptionResponse': '_s',
    'SourcePlatformOptions': '_s',
    'SsioInsertionOrdersStatusGetByAdAccountResponse': '_s',
    'SsioOrderLinesGetByAdAccountResponse': '_s',
    'SummaryPin': '_s',
    'SystemUserUpdateRequest': '_s',
    'TargetingAdvertiserCountry': '_t',
    'TargetingOptionResponse': '_t',
    'TargetingSpec': '_t',
    'TargetingSpec1': 'targeting_spec1',
    'TargetingSpecAgeBucket': '_t',
    'TargetingSpecAppType': '_t',
    'TargetingSpecGender': '_t',
    'TargetingSpecOperationAgeBucket': '_t',
    'TargetingSpecOperationAppType': '_t',
    'TargetingSpecOperationGender': '_t',
    'TargetingSpecOperationList': '_t',
    'TargetingSpecOperationMinMaxAge': '_t',
    'TargetingSpecOperationShoppingRetargeting': '_t',
    'TargetingSpecOperationString': '_t',
    'TargetingSpecSHOPPINGRETARGETING': 'targeting_spec_shoppingretargeting',
    'TargetingSpecSHOPPINGRETARGETING1': 'targeting_spec_shoppingretargeting1',
    'TargetingSpecShoppingRetargeting': '_t',
    'TargetingTemplateAudienceSizing': '_t',
    'TargetingTemplateAudienceSizingReachEstimate': '_t',
    'TargetingTemplateCommon': '_t',
    'TargetingTemplateCreate': '_t',
    'TargetingTemplateCreateAllOf': 'targeting_template_create_all_of',
    'TargetingTemplateGetResponseData': '_t',
    'TargetingTemplateGetResponseData1': 'targeting_template_get_response_data1',
    'TargetingTemplateKeyword': '_t',
    'TargetingTemplateListResponse': '_t',
    'TargetingTemplateResponseData': '_t',
    'TargetingTemplateResponseData1': 'targeting_template_response_data1',
    'TargetingTemplateUpdateRequest': '_t',
    'TargetingTypeFilter': '_t',
    'TemplateBasedReport': '_t',
    'TemplateResponse': '_t',
    'TemplateResponseDateRange': '_t',
    'TemplateResponseDateRangeAbsoluteDateRange': '_t',
    'TemplateResponseDateRangeDynamicDateRange': '_t',
    'TemplateResponseDateRangeRelativeDateRange': '_t',
    'TemplatesListResponse': '_t',
    'TermsOfService': '_t',
    'TermsSuggestedResponse': '_t',
    'TitleKeywordsFilter': '_t',
    'TokenRevocationRequest': '_t',
    'TopPinsAnalyticsResponse': '_t',
    'TopPinsAnalyticsResponseDateAvailability': '_t',
    'TopPinsAnalyticsResponsePins': 'top_pins_analytics_response_pins',
    'TopPinsAnalyticsResponsePinsItem': '_t',
    'TopVideoPinsAnalyticsResponse': '_t',
    'TopVideoPinsAnalyticsResponseDateAvailability': '_t',
    'TopVideoPinsAnalyticsResponsePins': 'top_video_pins_analytics_response_pins',
    'TopVideoPinsAnalyticsResponsePinsItem': '_t',
    'TrackingUrls': '_t',
    'TrendType': '_t',
    'TrendingKeyword': 'trending_keyword',
    'TrendingKeywordsResponse': '_t',
    'TrendingKeywordsResponseTrends': 'trending_keywords_response_trends',
    'TrendingKeywordsResponseTrendsItem': '_t',
    'TrendingKeywordsResponseTrendsItemDemographics': '_t',
    'TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution': '_t',
    'TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution': '_t',
    'TrendingKeywordsResponseTrendsItemPredictedTimeSeries': '_t',
    'TrendingKeywordsResponseTrendsItemTimeSeries': '_t',
    'TrendingPin': '_t',
    'TrendingProductCategory': '_t',
    'TrendingTopic': '_t',
    'TrendsSupportedRegion': '_t',
    'UpdatableItemAttributes': '_u',
    'UpdateAssetGroupBody': '_u',
    'UpdateAssetGroupBodyAssetGroupsToUpdate': 'update_asset_group_body_asset_groups_to_update',
    'UpdateAssetGroupBodyAssetGroupsToUpdateItem': '_u',
    'UpdateAssetGroupResponse': '_u',
    'UpdateAssetGroupResponseExceptions': 'update_asset_group_response_exceptions',
    'UpdateAssetGroupResponseExceptionsItem': '_u',
    'UpdateInvitesResultsResponseArray': '_u',
    'UpdateInvitesResultsResponseArrayItems': 'update_invites_results_response_array_items',
    'UpdateInvitesResultsResponseArrayItemsItem': '_u',
    'UpdateMaskBidOptionField': '_u',
    'UpdateMaskFieldType': '_u',
    'UpdateMemberAssetAccessBody': '_u',
    'UpdateMemberAssetAccessBodyAccesses': 'update_member_asset_access_body_accesses',
    'UpdateMemberAssetAccessBodyAccessesItem': '_u',
    'UpdateMemberAssetsResultsResponseArray': '_u',
    'UpdateMemberAssetsResultsResponseArrayItems': 'update_member_assets_results_response_array_items',
    'UpdateMemberAssetsResultsResponseArrayItemsItem': '_u',
    'UpdateMemberBusinessRoleBody': '_u',
    'UpdateMemberResult': '_u',
    'UpdateMemberResultsResponseArray': '_u',
    'UpdatePartnerAssetAccessBody': '_u',
    'UpdatePartnerAssetAccessBodyAccesses': 'update_partner_asset_access_body_accesses',
    'UpdatePartnerAssetAccessBodyAccessesItem': '_u',
    'UpdatePartnerAssetsResult': '_u',
    'UpdatePartnerAssetsResultsResponseArray': '_u',
    'UpdatePartnerResultsResponseArray': '_u',
    'UpdatePartnerResultsResponseArrayItems': 'update_partner_results_response_array_items',
    'UpdatePartnerResultsResponseArrayItemsItem': '_u',
    'UserAccountFollowedInterestsResponse': '_u',
    'UserBusinessRoleBinding': '_u',
    'UserFollowingFeedType': '_u',
    'UserFollowingGetResponse': '_u',
    'UserListOperationType': '_u',
    'UserListType': '_u',
    'UserSingleAssetBinding': '_u',
    'UserSummary': '_u',
    'UserWebsiteSummary': '_u',
    'UserWebsiteVerificationCode': '_u',
    'UserWebsiteVerifyRequest': '_u',
    'UserWebsitesGetResponse': '_u',
    'UsersForIndividualAssetResponse': '_u',
    'VerticalProductCategory': '_v',
    'VideoMetadata': 'video_metadata',
    'VideoMetadataWithItemType': '_v',
}

__all__ = [
    'Account',
    'ActionType',
    'AdAccount',
    'AdAccountAnalyticsResponse',
    'AdAccountAnalyticsResponseItem',
    'AdAccountCreate',
    'AdAccountCreateRequest',
    'AdAccountCreateSubscriptionRequest',
    'AdAccountCreateSubscriptionRequestPartnerMetadata',
    'AdAccountCreateSubscriptionResponse',
    'AdAccountGetSubscriptionResponse',
    'AdAccountOwner',
    'AdAccountsAudiencesSharedAccountsListResponse',
    'AdAccountsCountryResponse',
    'AdAccountsCountryResponseData',
    'AdAccountsListResponse',
    'AdAccountsSubscriptionsGetListResponse',
    'AdArrayResponse',
    'AdArrayResponseElement',
    'AdCommon',
    'AdCountry',
    'AdCreateRequest',
    'AdGroupArrayResponse',
    'AdGroupArrayResponseElement',
    'AdGroupAudienceSizingRequest',
    'AdGroupAudienceSizingRequestKeywordsItem',
    'AdGroupAudienceSizingResponse',
    'AdGroupCommon',
    'AdGroupCreateRequest',
    'AdGroupIdFilter',
    'AdGroupResponse',
    'AdGroupSummaryStatus',
    'AdGroupUpdateRequest',
    'AdGroupsAnalyticsResponse',
    'AdGroupsAnalyticsResponseItem',
    'AdGroupsListResponse',
    'AdPinAnalytics',
    'AdPinId',
    'AdPinsAnalyticsResponse',
    'AdPreviewRequest',
    'AdPreviewRequestAdPreviewCreateFromImage',
    'AdPreviewRequestAdPreviewCreateFromPin',
    'AdPreviewRequestAdPreviewShopping',
    'AdPreviewURLResponse',
    'AdResponse',
    'AdUpdateRequest',
    'AdsAnalyticsAdGroupTargetingType',
    'AdsAnalyticsAdTargetingType',
    'AdsAnalyticsCampaignTargetingType',
    'AdsAnalyticsCreateAsyncRequest',
    'AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem',
    'AdsAnalyticsCreateAsyncResponse',
    'AdsAnalyticsFilterColumn',
    'AdsAnalyticsFilterOperator',
    'AdsAnalyticsGetAsyncResponse',
    'AdsAnalyticsMetricsFilter',
    'AdsAnalyticsResponse',
    'AdsAnalyticsResponseItem',
    'AdsAnalyticsTargetingType',
    'AdsCreditDiscountsResponse',
    'AdsCreditRedeemRequest',
    'AdsCreditRedeemResponse',
    'AdsCreditsDiscountsGetResponse',
    'AdsListResponse',
    'AdvancedAuctionBidOptions',
    'AdvancedAuctionItem',
    'AdvancedAuctionItems',
    'AdvancedAuctionItemsGetRecord',
    'AdvancedAuctionItemsGetRequest',
    'AdvancedAuctionItemsSubmitDeleteRecord',
    'AdvancedAuctionItemsSubmitRecord',
    'AdvancedAuctionItemsSubmitRequest',
    'AdvancedAuctionItemsSubmitUpsertRecord',
    'AdvancedAuctionKey',
    'AdvancedAuctionOperation',
    'AdvancedAuctionOperationError',
    'AdvancedAuctionProcessedItem',
    'AdvancedAuctionProcessedItems',
    'AdvertiserDefinedEventsGetResponse',
    'AdvertiserDefinedEventsGetResponseItemsItem',
    'AgeBucketList',
    'AgeTrendsBucket',
    'AmazonConnectRequest',
    'AnalyticsDailyMetrics',
    'AnalyticsMetricsResponse',
    'AnalyticsResponse',
    'AppTypeMultipliers',
    'AssetGroupBinding',
    'AssetGroupType',
    'AssetGroupTypes',
    'AssetIdPermissions',
    'AssetIdToPermissions',
    'AssetTypeResponse',
    'Audience',
    'AudienceAccountType',
    'AudienceCategory',
    'AudienceCategorySubcategoriesItem',
    'AudienceCommon',
    'AudienceCreateCustomRequest',
    'AudienceCreateRequest',
    'AudienceDataParty',
    'AudienceDefinition',
    'AudienceDefinitionResponse',
    'AudienceDefinitionScope',
    'AudienceDefinitionType',
    'AudienceDemographicValue',
    'AudienceDemographics',
    'AudienceDescription',
    'AudienceInsightCategoryArrayResponse',
    'AudienceInsightCategoryCommon',
    'AudienceInsightType',
    'AudienceInsightsResponse',
    'AudienceRule',
    'AudienceShareType',
    'AudienceSharingType',
    'AudienceType',
    'AudienceUpdateOperationType',
    'AudienceUpdateRequest',
    'AudiencesListResponse',
    'AuthRespondInvitesBody',
    'AuthRespondInvitesBodyInvitesItem',
    'AuthRespondInvitesBodyInvitesItemAction',
    'AvailabilityFilter',
    'BaseInviteDataResponse',
    'BaseInviteDataResponseInviteData',
    'BatchOperation',
    'BatchOperationStatus',
    'BidFloor',
    'BidFloorRequest',
    'BidFloorRequestBidFloorSpecsItem',
    'BidInMicroCurrency',
    'BillingInvoiceDownloadResponse',
    'BillingInvoiceResponse',
    'BillingInvoicesGetResponse',
    'BillingProfilesGetResponse',
    'BillingProfilesResponse',
    'Board',
    'BoardBase',
    'BoardCategoriesEnum',
    'BoardCreate',
    'BoardInfo',
    'BoardMedia',
    'BoardOwner',
    'BoardPrivacy',
    'BoardPrivacyFilter',
    'BoardSection',
    'BoardSectionsListPinsResponse',
    'BoardSectionsListResponse',
    'BoardUpdate',
    'BoardUpdatePrivacy',
    'BoardWithUpdatePrivacy',
    'BoardWithUpdatePrivacyUpdate',
    'BoardsListPinsResponse',
    'BoardsListResponse',
    'BoardsUserFollowsListResponse',
    'BookClosedResponse',
    'BrandAccountsCreateRequest',
    'BrandAccountsCreateRequestProfileImage',
    'BrandAccountsCreateResponse',
    'BrandAccountsUpdateRequest',
    'BrandAccountsUpdateRequestProfileImage',
    'BrandAccountsUpdateResponse',
    'BrandFilter',
    'BudgetType',
    'BulkDownloadRequest',
    'BulkDownloadRequestCampaignFilter',
    'BulkDownloadResponse',
    'BulkEntityType',
    'BulkOutputFormat',
    'BulkPinAnalyticsResponse',
    'BulkReportingJobStatus',
    'BulkUpsertRequest',
    'BulkUpsertRequestCreate',
    'BulkUpsertRequestCreateCatalogProductGroupsItem',
    'BulkUpsertRequestUpdate',
    'BulkUpsertRequestUpdateCatalogProductGroupsItem',
    'BulkUpsertRequestUpdateLabelsItem',
    'BulkUpsertResponse',
    'BulkUpsertStatus',
    'BulkUpsertStatusResponse',
    'BusinessAccessError',
    'BusinessAccessRole',
    'BusinessAccessUserSummary',
    'BusinessAccountAudiencesSharedAccountsListResponse',
    'BusinessAssetMembersGetResponse',
    'BusinessAssetPartnersGetResponse',
    'BusinessAssetsGetResponse',
    'BusinessMemberAssetsGetResponse',
    'BusinessMemberAssetsSummary',
    'BusinessMemberAssetsSummaryAdAccountsItem',
    'BusinessMemberAssetsSummaryProfilesItem',
    'BusinessMembersAssetAccessDeleteRequest',
    'BusinessMembersAssetAccessDeleteRequestAccessesItem',
    'BusinessPartnerAssetAccessGetResponse',
    'BusinessRole',
    'BusinessRoleCheckMode',
    'BusinessRoleForMembers',
    'BusinessRoleResponse',
    'BusinessSharedAudience',
    'BusinessSharedAudienceResponse',
    'CampaignAudienceMultipliers',
    'CampaignBidOptions',
    'CampaignBidOptionsCreate',
    'CampaignBidOptionsUpdate',
    'CampaignCommon',
    'CampaignCreateCommon',
    'CampaignCreateRequest',
    'CampaignCreateResponse',
    'CampaignCreateResponseData',
    'CampaignCreateResponseItem',
    'CampaignId',
    'CampaignIdFilter',
    'CampaignIsAutomatedCampaign',
    'CampaignIsCampaignBudgetOptimization',
    'CampaignIsFlexibleDailyBudgets',
    'CampaignObjectivesFilter',
    'CampaignResponse',
    'CampaignSummaryStatus',
    'CampaignUpdateRequest',
    'CampaignUpdateResponse',
    'CampaignsAnalyticsResponse',
    'CampaignsAnalyticsResponseItem',
    'CampaignsListResponse',
    'CancelInvitesBody',
    'CarouselSlot',
    'Catalog',
    'CatalogProductGroup',
    'CatalogsAvailableFilterValues',
    'CatalogsCreateCreativeAssetsItem',
    'CatalogsCreateHotelItem',
    'CatalogsCreateReportResponse',
    'CatalogsCreateRequest',
    'CatalogsCreateRetailItem',
    'CatalogsCreativeAssetsAttributes',
    'CatalogsCreativeAssetsAvailableFilterValues',
    'CatalogsCreativeAssetsAvailableFilterValuesFilterValues',
    'CatalogsCreativeAssetsBatchItem',
    'CatalogsCreativeAssetsBatchRequest',
    'CatalogsCreativeAssetsFeed',
    'CatalogsCreativeAssetsFeedsCreateRequest',
    'CatalogsCreativeAssetsFeedsUpdateRequest',
    'CatalogsCreativeAssetsItemErrorResponse',
    'CatalogsCreativeAssetsItemResponse',
    'CatalogsCreativeAssetsItemsBatch',
    'CatalogsCreativeAssetsItemsFilter',
    'CatalogsCreativeAssetsItemsPostFilter',
    'CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest',
    'CatalogsCreativeAssetsProduct',
    'CatalogsCreativeAssetsProductGroup',
    'CatalogsCreativeAssetsProductGroupCreateRequest',
    'CatalogsCreativeAssetsProductGroupFilterKeys',
    'CatalogsCreativeAssetsProductGroupFilters',
    'CatalogsCreativeAssetsProductGroupFiltersAllOf',
    'CatalogsCreativeAssetsProductGroupFiltersAnyOf',
    'CatalogsCreativeAssetsProductGroupProductCounts',
    'CatalogsCreativeAssetsProductGroupUpdateRequest',
    'CatalogsCreativeAssetsProductMetadata',
    'CatalogsDbItem',
    'CatalogsDeleteCreativeAssetsItem',
    'CatalogsDeleteHotelItem',
    'CatalogsDeleteRetailItem',
    'CatalogsFeed',
    'CatalogsFeedCredentials',
    'CatalogsFeedIngestion',
    'CatalogsFeedIngestionDetails',
    'CatalogsFeedIngestionErrors',
    'CatalogsFeedIngestionInfo',
    'CatalogsFeedIngestionWarnings',
    'CatalogsFeedProcessingResult',
    'CatalogsFeedProcessingSchedule',
    'CatalogsFeedProcessingStatus',
    'CatalogsFeedProductCounts',
    'CatalogsFeedValidationDetails',
    'CatalogsFeedValidationErrors',
    'CatalogsFeedValidationWarnings',
    'CatalogsFeedVideoCounts',
    'CatalogsFeedsCreateRequest',
    'CatalogsFeedsUpdateRequest',
    'CatalogsFormat',
    'CatalogsHotelAddress',
    'CatalogsHotelAttributes',
    'CatalogsHotelAttributesMainImage',
    'CatalogsHotelAvailableFilterValues',
    'CatalogsHotelAvailableFilterValuesFilterValues',
    'CatalogsHotelBatchItem',
    'CatalogsHotelBatchRequest',
    'CatalogsHotelFeed',
    'CatalogsHotelFeedsCreateRequest',
    'CatalogsHotelFeedsUpdateRequest',
    'CatalogsHotelGuestRatings',
    'CatalogsHotelItemErrorResponse',
    'CatalogsHotelItemResponse',
    'CatalogsHotelItemsBatch',
    'CatalogsHotelItemsFilter',
    'CatalogsHotelItemsPostFilter',
    'CatalogsHotelListProductsByCatalogBasedFilterRequest',
    'CatalogsHotelProduct',
    'CatalogsHotelProductGroup',
    'CatalogsHotelProductGroupCreateRequest',
    'CatalogsHotelProductGroupFilterKeys',
    'CatalogsHotelProductGroupFilters',
    'CatalogsHotelProductGroupFiltersAllOf',
    'CatalogsHotelProductGroupFiltersAnyOf',
    'CatalogsHotelProductGroupProductCounts',
    'CatalogsHotelProductGroupType',
    'CatalogsHotelProductGroupUpdateRequest',
    'CatalogsHotelProductMetadata',
    'CatalogsHotelReportParameters',
    'CatalogsHotelReportParametersReport',
    'CatalogsHotelReportStatsParameters',
    'CatalogsHotelReportStatsParametersReport',
    'CatalogsItemValidationDetails',
    'CatalogsItemValidationErrors',
    'CatalogsItemValidationIssue',
    'CatalogsItemValidationIssues',
    'CatalogsItemValidationWarnings',
    'CatalogsItems',
    'CatalogsItemsBatch',
    'CatalogsItemsBatchRequest',
    'CatalogsItemsCreateBatchRequest',
    'CatalogsItemsDeleteBatchRequest',
    'CatalogsItemsDeleteDiscontinuedBatchRequest',
    'CatalogsItemsFilters',
    'CatalogsItemsPostFilters',
    'CatalogsItemsRequest',
    'CatalogsItemsUpdateBatchRequest',
    'CatalogsItemsUpsertBatchRequest',
    'CatalogsListProductsByFeedBasedFilter',
    'CatalogsListProductsByFilterRequest',
    'CatalogsListResponse',
    'CatalogsLocale',
    'CatalogsProduct',
    'CatalogsProductGroup',
    'CatalogsProductGroupCatalogsProductGroupFeedBasedCase',
    'CatalogsProductGroupCatalogsProductGroupMerchantBasedCase',
    'CatalogsProductGroupCreateRequest',
    'CatalogsProductGroupCurrencyCriteria',
    'CatalogsProductGroupFilterKeys',
    'CatalogsProductGroupFilterOperatorTypeCriteria',
    'CatalogsProductGroupFilters',
    'CatalogsProductGroupFiltersAllOf',
    'CatalogsProductGroupFiltersAllOfRequest',
    'CatalogsProductGroupFiltersAllOfRequestOption1',
    'CatalogsProductGroupFiltersAllOfRequestOption2',
    'CatalogsProductGroupFiltersAnyOf',
    'CatalogsProductGroupFiltersRequest',
    'CatalogsProductGroupFiltersRequestAllOf',
    'CatalogsProductGroupFiltersRequestAnyOf',
    'CatalogsProductGroupMultipleCountriesCriteria',
    'CatalogsProductGroupMultipleGenderCriteria',
    'CatalogsProductGroupMultipleMediaTypesCriteria',
    'CatalogsProductGroupMultipleStringCriteria',
    'CatalogsProductGroupMultipleStringListCriteria',
    'CatalogsProductGroupPinsListResponse',
    'CatalogsProductGroupPricingCriteria',
    'CatalogsProductGroupProductCounts',
    'CatalogsProductGroupProductCountsVertical',
    'CatalogsProductGroupStatus',
    'CatalogsProductGroupType',
    'CatalogsProductGroupUint32Criteria',
    'CatalogsProductGroupUpdateRequest',
    'CatalogsProductGroupsCreateManyRequestItem',
    'CatalogsProductGroupsCreateRequest',
    'CatalogsProductGroupsListResponse',
    'CatalogsProductGroupsUpdateRequest',
    'CatalogsReport',
    'CatalogsReportAllItemsFilter',
    'CatalogsReportDistributionIssueFilter',
    'CatalogsReportDistributionStats',
    'CatalogsReportFeedIngestionFilter',
    'CatalogsReportFeedIngestionStats',
    'CatalogsReportParameters',
    'CatalogsReportStats',
    'CatalogsRetailAvailableFilterValues',
    'CatalogsRetailAvailableFilterValuesFilterValues',
    'CatalogsRetailBatchRequest',
    'CatalogsRetailBatchRequestItemsItem',
    'CatalogsRetailFeed',
    'CatalogsRetailFeedsCreateRequest',
    'CatalogsRetailFeedsUpdateRequest',
    'CatalogsRetailItemErrorResponse',
    'CatalogsRetailItemResponse',
    'CatalogsRetailItemsBatch',
    'CatalogsRetailItemsFilter',
    'CatalogsRetailItemsPostFilter',
    'CatalogsRetailListProductsByCatalogBasedFilterRequest',
    'CatalogsRetailProduct',
    'CatalogsRetailProductGroup',
    'CatalogsRetailProductGroupCreateRequest',
    'CatalogsRetailProductGroupProductCounts',
    'CatalogsRetailProductGroupUpdateRequest',
    'CatalogsRetailProductMetadata',
    'CatalogsRetailReportParameters',
    'CatalogsRetailReportParametersReport',
    'CatalogsRetailReportStatsParameters',
    'CatalogsRetailReportStatsParametersReport',
    'CatalogsStatus',
    'CatalogsType',
    'CatalogsUpdatableCreativeAssetsAttributes',
    'CatalogsUpdatableHotelAttributes',
    'CatalogsUpdateCreativeAssetsItem',
    'CatalogsUpdateHotelItem',
    'CatalogsUpdateRetailItem',
    'CatalogsUpsertCreativeAssetsItem',
    'CatalogsUpsertHotelItem',
    'CatalogsUpsertRetailItem',
    'CatalogsVerticalBatchRequest',
    'CatalogsVerticalFeedsCreateRequest',
    'CatalogsVerticalFeedsUpdateRequest',
    'CatalogsVerticalProductGroup',
    'CatalogsVerticalProductGroupCreateRequest',
    'CatalogsVerticalProductGroupUpdateRequest',
    'CatalogsVerticalsListProductsByCatalogBasedFilterRequest',
    'ConditionFilter',
    'ContentType',
    'ConversionAccessTokenResponse',
    'ConversionApiResponse',
    'ConversionApiResponseEventsItem',
    'ConversionAttributionWindowDays',
    'ConversionEventAppInfo',
    'ConversionEventDeviceInfo',
    'ConversionEventResponse',
    'ConversionEvents',
    'ConversionEventsDataItem',
    'ConversionEventsDataItemCustomData',
    'ConversionEventsDataItemCustomDataContentsItem',
    'ConversionEventsUserData',
    'ConversionEventsUserDataProperties',
    'ConversionHealthSelectionItem',
    'ConversionMSOTEvents',
    'ConversionProductReportRequest',
    'ConversionProductReportRequestConversionProductAttributionType',
    'ConversionProductReportingColumn',
    'ConversionReportAttributionType',
    'ConversionReportTimeType',
    'ConversionTag',
    'ConversionTagCommon',
    'ConversionTagConfigs',
    'ConversionTagCreate',
    'ConversionTagListResponse',
    'ConversionTagResponse',
    'ConversionTagType',
    'ConversionTagsListResponse',
    'ConversionTagsOcpmEligibleResponse',
    'Country',
    'CountryFilter',
    'CreateAssetAccessRequestBody',
    'CreateAssetAccessRequestBodyAssetRequestsItem',
    'CreateAssetAccessRequestErrorMessage',
    'CreateAssetAccessRequestErrorMessageItem',
    'CreateAssetAccessRequestResponse',
    'CreateAssetGroupBody',
    'CreateAssetGroupResponse',
    'CreateAssetInvitesRequest',
    'CreateAssetInvitesRequestItem',
    'CreateInvitesResultsResponseArray',
    'CreateInvitesResultsResponseArrayItemsItem',
    'CreateInvitesResultsResponseArrayItemsItemInvite',
    'CreateMMMReportRequest',
    'CreateMMMReportResponse',
    'CreateMMMReportResponseData',
    'CreateMembershipOrPartnershipInvitesBody',
    'CreativeAssetsIdFilter',
    'CreativeAssetsProcessingRecord',
    'CreativeAssetsVisibilityType',
    'CreativeType',
    'Currency',
    'CurrencyFilter',
    'CustomColumnId',
    'CustomLabel0Filter',
    'CustomLabel1Filter',
    'CustomLabel2Filter',
    'CustomLabel3Filter',
    'CustomLabel4Filter',
    'CustomNumber0Filter',
    'CustomNumber1Filter',
    'CustomNumber2Filter',
    'CustomNumber3Filter',
    'CustomNumber4Filter',
    'CustomerList',
    'CustomerListRequest',
    'CustomerListUpdateRequest',
    'CustomerListUpload',
    'CustomerListUploadCreateRequest',
    'CustomerListUploadCreateResponse',
    'CustomerListUploadErrorCountsItem',
    'CustomerListUploadRecordCounts',
    'CustomerListUploadResponse',
    'CustomerListUploadResponseErrorCountsItem',
    'CustomerListUploadResponseRecordCounts',
    'CustomerListsListResponse',
    'CustomizableCTAType',
    'DataOutputFormat',
    'DataStatus',
    'DeleteAssetGroupBody',
    'DeleteAssetGroupResponse',
    'DeleteAssetGroupResponseExceptionsItem',
    'DeleteInvitesResultsResponseArray',
    'DeleteInvitesResultsResponseArrayItemsItem',
    'DeleteInvitesResultsResponseArrayItemsItemException',
    'DeleteMemberAccessResult',
    'DeleteMemberAccessResultsResponseArray',
    'DeletePartnerAssetAccessBody',
    'DeletePartnerAssetAccessBodyAccessesItem',
    'DeletePartnerAssetsResult',
    'DeletePartnerAssetsResultsResponseArray',
    'DeletePartnersRequest',
    'DeletePartnersResponse',
    'DeletedMembersResponse',
    'DeliveryMetricsResponse',
    'DeliveryMetricsResponseItemsItem',
    'DetailedError',
    'DisclosureType',
    'EnhancedMatchStatusType',
    'EntityId',
    'EntityStatus',
    'Error',
    'EventData',
    'EventQualityScore',
    'FeaturedTrend',
    'FeedProcessingResultsListResponse',
    'FeedsCreateRequest',
    'FeedsListResponse',
    'FeedsUpdateRequest',
    'FollowUserRequest',
    'FollowersListResponse',
    'Gender',
    'GenderBucket',
    'GenderDemographics',
    'GenderFilter',
    'GenderList',
    'GetAudiencesOrderBy',
    'GetBusinessAssetTypeResponse',
    'GetBusinessAssetsResponse',
    'GetBusinessAssetsResponseCatalogInfo',
    'GetBusinessEmployersResponse',
    'GetBusinessMembersResponse',
    'GetBusinessPartnersResponse',
    'GetInvitesResponse',
    'GetMMMReportResponse',
    'GetMMMReportResponseData',
    'GetPartnerAssetsResponse',
    'GoogleProductCategory0Filter',
    'GoogleProductCategory1Filter',
    'GoogleProductCategory2Filter',
    'GoogleProductCategory3Filter',
    'GoogleProductCategory4Filter',
    'GoogleProductCategory5Filter',
    'GoogleProductCategory6Filter',
    'Granularity',
    'GridClickType',
    'HotelIdFilter',
    'HotelProcessingRecord',
    'ImageDetails',
    'ImageMetadata',
    'ImageSize',
    'IngestionSourceOptions',
    'InnerProductCategoriesMetricsHighlights',
    'IntegrationLog',
    'IntegrationLogClientError',
    'IntegrationLogClientRequest',
    'IntegrationLogsInvalidLogResponse',
    'IntegrationLogsInvalidLogResponseRejectedLogsItem',
    'IntegrationLogsRequest',
    'IntegrationLogsSuccessResponse',
    'IntegrationMetadata',
    'IntegrationRecord',
    'IntegrationRequest',
    'IntegrationRequestPatch',
    'IntegrationsGetListResponse',
    'Interest',
    'InterestsEnum',
    'InviteAssetsSummary',
    'InviteAssetsSummaryAdAccountsItem',
    'InviteAssetsSummaryProfilesItem',
    'InviteBusinessRoleBinding',
    'InviteExceptionResponse',
    'InviteResponse',
    'InviteStatus',
    'InviteType',
    'ItemAttributes',
    'ItemAttributesRequest',
    'ItemBatchRecord',
    'ItemCreateBatchRecord',
    'ItemDeleteBatchRecord',
    'ItemDeleteDiscontinuedBatchRecord',
    'ItemGroupIdFilter',
    'ItemIdFilter',
    'ItemProcessingRecord',
    'ItemProcessingStatus',
    'ItemResponse',
    'ItemResponseOption1',
    'ItemResponseOption2',
    'ItemUpdateBatchRecord',
    'ItemUpsertBatchRecord',
    'ItemValidationEvent',
    'ItemsBatchPostRequest',
    'ItemsIssuesListResponse',
    'Keyword',
    'KeywordError',
    'KeywordList',
    'KeywordMetrics',
    'KeywordMetricsResponse',
    'KeywordUpdate',
    'KeywordUpdateBody',
    'KeywordsCommon',
    'KeywordsGetResponse',
    'KeywordsMetricsArrayResponse',
    'KeywordsRequest',
    'KeywordsResponse',
    'L1InterestList',
    'Label',
    'LabelCreateRequest',
    'LabelCreateRequestLabelsItem',
    'LabelError',
    'LabelParentType',
    'LabelStatus',
    'LabelType',
    'LabelUpdateRequest',
    'LabelUpdateRequestLabelsItem',
    'LabelsListResponse',
    'LabelsResponse',
    'Language',
    'LeadFormArrayResponse',
    'LeadFormArrayResponseItemsItem',
    'LeadFormCommon',
    'LeadFormCommonPolicyLinksItem',
    'LeadFormCreateRequest',
    'LeadFormQuestion',
    'LeadFormQuestionFieldType',
    'LeadFormQuestionType',
    'LeadFormResponse',
    'LeadFormStatus',
    'LeadFormTestRequest',
    'LeadFormTestResponse',
    'LeadFormUpdateRequest',
    'LeadFormsListResponse',
    'LeadSubscription',
    'LeadSubscriptionPostParamsCreate',
    'LeadSubscriptionPostParamsCreatePartnerMetadata',
    'LeadsExportCreateRequest',
    'LeadsExportCreateResponse',
    'LeadsExportResponseData',
    'LeadsExportStatus',
    'LineItem',
    'LinkedBusiness',
    'LocalStoreId',
    'LocalStoreUpdate',
    'LookbackPeriodOptions',
    'MMMReportingColumn',
    'MMMReportingTargetingType',
    'MatchType',
    'MatchTypeResponse',
    'MaxPriceFilter',
    'Media',
    'MediaListResponse',
    'MediaType',
    'MediaTypeFilter',
    'MediaUpload',
    'MediaUploadCreate',
    'MediaUploadDetails',
    'MediaUploadParameters',
    'MediaUploadRequest',
    'MediaUploadStatus',
    'MediaUploadType',
    'MemberBusinessRole',
    'MembersToDeleteBody',
    'MembersToDeleteBodyMembersItem',
    'Metrics',
    'MetricsReportingLevel',
    'MetricsResponse',
    'MinPriceFilter',
    'NonDraftEntityStatus',
    'NonNullableCatalogsCurrency',
    'NonNullableProductAvailabilityType',
    'Notification',
    'NotificationPostRequest',
    'NotificationPostResponse',
    'Notifications',
    'NullableCatalogsItemFieldType',
    'NullableCurrency',
    'OauthAccessTokenRequest',
    'OauthAccessTokenRequestClientCredentials',
    'OauthAccessTokenRequestCode',
    'OauthAccessTokenRequestRefresh',
    'OauthAccessTokenResponse',
    'OauthAccessTokenResponseClientCredentials',
    'OauthAccessTokenResponseCode',
    'OauthAccessTokenResponseIntegrationRefresh',
    'OauthAccessTokenResponseRefresh',
    'ObjectiveType',
    'OperationType',
    'OptimizationGoalMetadata',
    'OptimizationGoalMetadataConversionTagV3GoalMetadata',
    'OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows',
    'OptimizationGoalMetadataFrequencyGoalMetadata',
    'OptimizationGoalMetadataScrollupGoalMetadata',
    'OrderLine',
    'OrderLineError',
    'OrderLinePaidType',
    'OrderLineResponse',
    'OrderLineSingleResponse',
    'OrderLineStatus',
    'OrderLines',
    'OrderLinesArrayResponse',
    'OrderLinesListResponse',
    'OverallStatusOptions',
    'PacingDeliveryType',
    'PageVisitConversionTagsGetResponse',
    'Paginated',
    'PartnerType',
    'Permissions',
    'PermissionsResponse',
    'PermissionsWithOwner',
    'Pin',
    'PinAnalyticsMetricsResponse',
    'PinAnalyticsMetricsResponseDailyMetricsItem',
    'PinAnalyticsResponse',
    'PinCreate',
    'PinMedia',
    'PinMediaMetadata',
    'PinMediaSource',
    'PinMediaSourceImageBase64',
    'PinMediaSourceImageURL',
    'PinMediaSourceImagesBase64',
    'PinMediaSourceImagesBase64Item',
    'PinMediaSourceImagesURL',
    'PinMediaSourceImagesURLItem',
    'PinMediaSourcePinURL',
    'PinMediaSourceVideoID',
    'PinMediaWithImage',
    'PinMediaWithImageAndVideo',
    'PinMediaWithImages',
    'PinMediaWithVideo',
    'PinMediaWithVideos',
    'PinPromotionSummaryStatus',
    'PinUpdate',
    'PinsListResponse',
    'PinsSaveRequest',
    'PinterestLibError',
    'PinterestLibIntegerFormatType',
    'PinterestLibPaginationOrder',
    'PinterestLibStatus204',
    'PlacementGroupType',
    'PlacementMultipliers',
    'PriceFilter',
    'PriceFilterPRICE',
    'ProductAvailabilityType',
    'ProductCategoriesDemographic',
    'ProductCategoriesEngagementType',
    'ProductCategoriesMetricsHighlights',
    'ProductCategoryDetailLookbackWindow',
    'ProductCategoryDetails',
    'ProductCategoryEnum',
    'ProductCategoryRegion',
    'ProductGroupAnalyticsResponse',
    'ProductGroupAnalyticsResponseItem',
    'ProductGroupPromotion',
    'ProductGroupPromotionArrayElement',
    'ProductGroupPromotionArrayResponse',
    'ProductGroupPromotionCommon',
    'ProductGroupPromotionCreateRequest',
    'ProductGroupPromotionCreateRequestElement',
    'ProductGroupPromotionResponse',
    'ProductGroupPromotionResponseElement',
    'ProductGroupPromotionResponseItem',
    'ProductGroupPromotionUpdateRequest',
    'ProductGroupPromotionUpdateResponseItem',
    'ProductGroupPromotionsListResponse',
    'ProductGroupReferenceFilter',
    'ProductGroupSummaryStatus',
    'ProductType0Filter',
    'ProductType1Filter',
    'ProductType2Filter',
    'ProductType3Filter',
    'ProductType4Filter',
    'ProductsByProductGroupFilterListResponse',
    'PromotionArrayElement',
    'PromotionCommon',
    'PromotionCreateRequest',
    'PromotionResponse',
    'PromotionTemplateValue',
    'PromotionType',
    'PromotionUpdateRequest',
    'PromotionsListResponse',
    'PromotionsResponse',
    'QualityComponentDetails',
    'QualityComponentIssue',
    'QualityComponents',
    'QuizPinData',
    'QuizPinOption',
    'QuizPinQuestion',
    'QuizPinResult',
    'RelatedTerms',
    'RelatedTermsRelatedTermsListItem',
    'ReportingColumnAsync',
    'ReportingTimeZone',
    'ReportsStatsParameters',
    'ReportsStatsResponse',
    'ResourceIdToRoles',
    'RespondToInvitesResponseArray',
    'RespondToInvitesResponseArrayItemsItem',
    'Role',
    'S3FilePart',
    'S3MultipartUploadData',
    'SSIOAccountAddress',
    'SSIOAccountItem',
    'SSIOAccountPMPName',
    'SSIOAccountResponse',
    'SSIOCreateInsertionOrderRequest',
    'SSIOCreateInsertionOrderResponse',
    'SSIOEditInsertionOrderRequest',
    'SSIOEditInsertionOrderResponse',
    'SSIOInsertionOrderCommon',
    'SSIOInsertionOrderStatus',
    'SSIOInsertionOrderStatusResponse',
    'SSIOOrderLine',
    'SearchPartnerPinsResponse',
    'SearchUserBoardsGetResponse',
    'SearchUserPinsListResponse',
    'SharedAudience',
    'SharedAudienceAccount',
    'SharedAudienceCommon',
    'SharedAudienceResponse',
    'SharedAudienceResponseCommon',
    'SharedAudiencesForBusinessListResponse',
    'SingleInterestTargetingOptionResponse',
    'SourcePlatformOptions',
    'SsioInsertionOrdersStatusGetByAdAccountResponse',
    'SsioOrderLinesGetByAdAccountResponse',
    'SummaryPin',
    'SystemUserUpdateRequest',
    'TargetingAdvertiserCountry',
    'TargetingOptionResponse',
    'TargetingSpec',
    'TargetingSpecAgeBucket',
    'TargetingSpecAppType',
    'TargetingSpecGender',
    'TargetingSpecOperationAgeBucket',
    'TargetingSpecOperationAppType',
    'TargetingSpecOperationGender',
    'TargetingSpecOperationList',
    'TargetingSpecOperationMinMaxAge',
    'TargetingSpecOperationShoppingRetargeting',
    'TargetingSpecOperationString',
    'TargetingSpecShoppingRetargeting',
    'TargetingTemplateAudienceSizing',
    'TargetingTemplateAudienceSizingReachEstimate',
    'TargetingTemplateCommon',
    'TargetingTemplateCreate',
    'TargetingTemplateGetResponseData',
    'TargetingTemplateKeyword',
    'TargetingTemplateListResponse',
    'TargetingTemplateResponseData',
    'TargetingTemplateUpdateRequest',
    'TargetingTypeFilter',
    'TemplateBasedReport',
    'TemplateResponse',
    'TemplateResponseDateRange',
    'TemplateResponseDateRangeAbsoluteDateRange',
    'TemplateResponseDateRangeDynamicDateRange',
    'TemplateResponseDateRangeRelativeDateRange',
    'TemplatesListResponse',
    'TermsOfService',
    'TermsSuggestedResponse',
    'TitleKeywordsFilter',
    'TokenRevocationRequest',
    'TopPinsAnalyticsResponse',
    'TopPinsAnalyticsResponseDateAvailability',
    'TopPinsAnalyticsResponsePinsItem',
    'TopVideoPinsAnalyticsResponse',
    'TopVideoPinsAnalyticsResponseDateAvailability',
    'TopVideoPinsAnalyticsResponsePinsItem',
    'TrackingUrls',
    'TrendType',
    'TrendingKeywordsResponse',
    'TrendingKeywordsResponseTrendsItem',
    'TrendingKeywordsResponseTrendsItemDemographics',
    'TrendingKeywordsResponseTrendsItemDemographicsAgeDistribution',
    'TrendingKeywordsResponseTrendsItemDemographicsGenderDistribution',
    'TrendingKeywordsResponseTrendsItemPredictedTimeSeries',
    'TrendingKeywordsResponseTrendsItemTimeSeries',
    'TrendingPin',
    'TrendingProductCategory',
    'TrendingTopic',
    'TrendsSupportedRegion',
    'UpdatableItemAttributes',
    'UpdateAssetGroupBody',
    'UpdateAssetGroupBodyAssetGroupsToUpdateItem',
    'UpdateAssetGroupResponse',
    'UpdateAssetGroupResponseExceptionsItem',
    'UpdateInvitesResultsResponseArray',
    'UpdateInvitesResultsResponseArrayItemsItem',
    'UpdateMaskBidOptionField',
    'UpdateMaskFieldType',
    'UpdateMemberAssetAccessBody',
    'UpdateMemberAssetAccessBodyAccessesItem',
    'UpdateMemberAssetsResultsResponseArray',
    'UpdateMemberAssetsResultsResponseArrayItemsItem',
    'UpdateMemberBusinessRoleBody',
    'UpdateMemberResult',
    'UpdateMemberResultsResponseArray',
    'UpdatePartnerAssetAccessBody',
    'UpdatePartnerAssetAccessBodyAccessesItem',
    'UpdatePartnerAssetsResult',
    'UpdatePartnerAssetsResultsResponseArray',
    'UpdatePartnerResultsResponseArray',
    'UpdatePartnerResultsResponseArrayItemsItem',
    'UserAccountFollowedInterestsResponse',
    'UserBusinessRoleBinding',
    'UserFollowingFeedType',
    'UserFollowingGetResponse',
    'UserListOperationType',
    'UserListType',
    'UserSingleAssetBinding',
    'UserSummary',
    'UserWebsiteSummary',
    'UserWebsiteVerificationCode',
    'UserWebsiteVerifyRequest',
    'UserWebsitesGetResponse',
    'UsersForIndividualAssetResponse',
    'VerticalProductCategory',
    'VideoMetadataWithItemType',
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
