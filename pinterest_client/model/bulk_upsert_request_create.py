# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.ad_create_request import AdCreateRequest
    from pinterest_client.model.ad_group_create_request import AdGroupCreateRequest
    from pinterest_client.model.bulk_upsert_request_create_catalog_product_groups_item import (
        BulkUpsertRequestCreateCatalogProductGroupsItem,
    )
    from pinterest_client.model.campaign_create_request import CampaignCreateRequest
    from pinterest_client.model.keywords_request import KeywordsRequest
    from pinterest_client.model.label_create_request import LabelCreateRequest
    from pinterest_client.model.product_group_promotion_create_request import ProductGroupPromotionCreateRequest


class BulkUpsertRequestCreate(Model):
    """Request for creation of entities in bulk."""

    ad_groups: Optional[List[AdGroupCreateRequest]]

    ads: Optional[List[AdCreateRequest]]

    campaigns: Optional[List[CampaignCreateRequest]]

    catalog_product_groups: Optional[List[BulkUpsertRequestCreateCatalogProductGroupsItem]]

    keywords: Optional[List[KeywordsRequest]]

    labels: Optional[List[LabelCreateRequest]]

    product_groups: Optional[List[ProductGroupPromotionCreateRequest]]

    _fields = (
        Field('ad_groups', 'list[AdGroupCreateRequest]'),
        Field('ads', 'list[AdCreateRequest]'),
        Field('campaigns', 'list[CampaignCreateRequest]'),
        Field('catalog_product_groups', 'list[BulkUpsertRequestCreateCatalogProductGroupsItem]'),
        Field('keywords', 'list[KeywordsRequest]'),
        Field('labels', 'list[LabelCreateRequest]'),
        Field('product_groups', 'list[ProductGroupPromotionCreateRequest]'),
    )
