# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Every API class of the SDK, importable from here and loaded on first use
(``from pinterest_client.apis import *`` imports them all)."""

from __future__ import annotations

from pinterest_client._types import TYPE_CHECKING, import_generated

if TYPE_CHECKING:
    from typing import Any, List

    from pinterest_client.api.ad_accounts_api import AdAccountsApi as AdAccountsApi
    from pinterest_client.api.ad_groups_api import AdGroupsApi as AdGroupsApi
    from pinterest_client.api.ads_api import AdsApi as AdsApi
    from pinterest_client.api.advanced_auction_api import AdvancedAuctionApi as AdvancedAuctionApi
    from pinterest_client.api.audience_insights_api import AudienceInsightsApi as AudienceInsightsApi
    from pinterest_client.api.audience_sharing_api import AudienceSharingApi as AudienceSharingApi
    from pinterest_client.api.audiences_api import AudiencesApi as AudiencesApi
    from pinterest_client.api.billing_api import BillingApi as BillingApi
    from pinterest_client.api.boards_api import BoardsApi as BoardsApi
    from pinterest_client.api.bulk_api import BulkApi as BulkApi
    from pinterest_client.api.business_access_assets_api import BusinessAccessAssetsApi as BusinessAccessAssetsApi
    from pinterest_client.api.business_access_invite_api import BusinessAccessInviteApi as BusinessAccessInviteApi
    from pinterest_client.api.business_access_relationships_api import (
        BusinessAccessRelationshipsApi as BusinessAccessRelationshipsApi,
    )
    from pinterest_client.api.campaigns_api import CampaignsApi as CampaignsApi
    from pinterest_client.api.catalog_feeds_api import CatalogFeedsApi as CatalogFeedsApi
    from pinterest_client.api.catalog_items_api import CatalogItemsApi as CatalogItemsApi
    from pinterest_client.api.catalog_product_groups_api import CatalogProductGroupsApi as CatalogProductGroupsApi
    from pinterest_client.api.catalog_reports_api import CatalogReportsApi as CatalogReportsApi
    from pinterest_client.api.catalogs_api import CatalogsApi as CatalogsApi
    from pinterest_client.api.conversion_eqs_api import ConversionEqsApi as ConversionEqsApi
    from pinterest_client.api.conversion_events_api import ConversionEventsApi as ConversionEventsApi
    from pinterest_client.api.conversion_tags_api import ConversionTagsApi as ConversionTagsApi
    from pinterest_client.api.conversions_api import ConversionsApi as ConversionsApi
    from pinterest_client.api.customer_list_uploads_api import CustomerListUploadsApi as CustomerListUploadsApi
    from pinterest_client.api.customer_lists_api import CustomerListsApi as CustomerListsApi
    from pinterest_client.api.integrations_api import IntegrationsApi as IntegrationsApi
    from pinterest_client.api.interests_api import InterestsApi as InterestsApi
    from pinterest_client.api.keywords_api import KeywordsApi as KeywordsApi
    from pinterest_client.api.labels_api import LabelsApi as LabelsApi
    from pinterest_client.api.lead_ads_api import LeadAdsApi as LeadAdsApi
    from pinterest_client.api.lead_forms_api import LeadFormsApi as LeadFormsApi
    from pinterest_client.api.leads_export_api import LeadsExportApi as LeadsExportApi
    from pinterest_client.api.media_api import MediaApi as MediaApi
    from pinterest_client.api.msot_events_api import MsotEventsApi as MsotEventsApi
    from pinterest_client.api.notification_api import NotificationApi as NotificationApi
    from pinterest_client.api.oauth_api import OauthApi as OauthApi
    from pinterest_client.api.order_lines_api import OrderLinesApi as OrderLinesApi
    from pinterest_client.api.pins_api import PinsApi as PinsApi
    from pinterest_client.api.product_categories_api import ProductCategoriesApi as ProductCategoriesApi
    from pinterest_client.api.product_group_promotions_api import ProductGroupPromotionsApi as ProductGroupPromotionsApi
    from pinterest_client.api.product_groups_api import ProductGroupsApi as ProductGroupsApi
    from pinterest_client.api.promotions_api import PromotionsApi as PromotionsApi
    from pinterest_client.api.resources_api import ResourcesApi as ResourcesApi
    from pinterest_client.api.search_api import SearchApi as SearchApi
    from pinterest_client.api.targeting_template_api import TargetingTemplateApi as TargetingTemplateApi
    from pinterest_client.api.terms_api import TermsApi as TermsApi
    from pinterest_client.api.terms_of_service_api import TermsOfServiceApi as TermsOfServiceApi
    from pinterest_client.api.user_account_api import UserAccountApi as UserAccountApi

_MODULES = {
    "AdAccountsApi": "ad_accounts_api",
    "AdGroupsApi": "ad_groups_api",
    "AdsApi": "ads_api",
    "AdvancedAuctionApi": "advanced_auction_api",
    "AudienceInsightsApi": "audience_insights_api",
    "AudienceSharingApi": "audience_sharing_api",
    "AudiencesApi": "audiences_api",
    "BillingApi": "billing_api",
    "BoardsApi": "boards_api",
    "BulkApi": "bulk_api",
    "BusinessAccessAssetsApi": "business_access_assets_api",
    "BusinessAccessInviteApi": "business_access_invite_api",
    "BusinessAccessRelationshipsApi": "business_access_relationships_api",
    "CampaignsApi": "campaigns_api",
    "CatalogFeedsApi": "catalog_feeds_api",
    "CatalogItemsApi": "catalog_items_api",
    "CatalogProductGroupsApi": "catalog_product_groups_api",
    "CatalogReportsApi": "catalog_reports_api",
    "CatalogsApi": "catalogs_api",
    "ConversionEqsApi": "conversion_eqs_api",
    "ConversionEventsApi": "conversion_events_api",
    "ConversionTagsApi": "conversion_tags_api",
    "ConversionsApi": "conversions_api",
    "CustomerListUploadsApi": "customer_list_uploads_api",
    "CustomerListsApi": "customer_lists_api",
    "IntegrationsApi": "integrations_api",
    "InterestsApi": "interests_api",
    "KeywordsApi": "keywords_api",
    "LabelsApi": "labels_api",
    "LeadAdsApi": "lead_ads_api",
    "LeadFormsApi": "lead_forms_api",
    "LeadsExportApi": "leads_export_api",
    "MediaApi": "media_api",
    "MsotEventsApi": "msot_events_api",
    "NotificationApi": "notification_api",
    "OauthApi": "oauth_api",
    "OrderLinesApi": "order_lines_api",
    "PinsApi": "pins_api",
    "ProductCategoriesApi": "product_categories_api",
    "ProductGroupPromotionsApi": "product_group_promotions_api",
    "ProductGroupsApi": "product_groups_api",
    "PromotionsApi": "promotions_api",
    "ResourcesApi": "resources_api",
    "SearchApi": "search_api",
    "TargetingTemplateApi": "targeting_template_api",
    "TermsApi": "terms_api",
    "TermsOfServiceApi": "terms_of_service_api",
    "UserAccountApi": "user_account_api",
}

__all__ = [
    "AdAccountsApi",
    "AdGroupsApi",
    "AdsApi",
    "AdvancedAuctionApi",
    "AudienceInsightsApi",
    "AudienceSharingApi",
    "AudiencesApi",
    "BillingApi",
    "BoardsApi",
    "BulkApi",
    "BusinessAccessAssetsApi",
    "BusinessAccessInviteApi",
    "BusinessAccessRelationshipsApi",
    "CampaignsApi",
    "CatalogFeedsApi",
    "CatalogItemsApi",
    "CatalogProductGroupsApi",
    "CatalogReportsApi",
    "CatalogsApi",
    "ConversionEqsApi",
    "ConversionEventsApi",
    "ConversionTagsApi",
    "ConversionsApi",
    "CustomerListUploadsApi",
    "CustomerListsApi",
    "IntegrationsApi",
    "KeywordsApi",
    "LabelsApi",
    "LeadAdsApi",
    "LeadFormsApi",
    "LeadsExportApi",
    "MediaApi",
    "MsotEventsApi",
    "NotificationApi",
    "OauthApi",
    "OrderLinesApi",
    "PinsApi",
    "ProductCategoriesApi",
    "ProductGroupPromotionsApi",
    "PromotionsApi",
    "ResourcesApi",
    "SearchApi",
    "TargetingTemplateApi",
    "TermsApi",
    "TermsOfServiceApi",
    "UserAccountApi",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_generated("pinterest_client.api", module), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(_MODULES)
