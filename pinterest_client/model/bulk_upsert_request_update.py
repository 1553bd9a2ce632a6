# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ad_group_update_request import AdGroupUpdateRequest
    from pinterest_client.model.ad_update_request import AdUpdateRequest
    from pinterest_client.model.bulk_upsert_request_update_catalog_product_groups_item import (
        BulkUpsertRequestUpdateCatalogProductGroupsItem,
    )
    from pinterest_client.model.bulk_upsert_request_update_labels_item import BulkUpsertRequestUpdateLabelsItem
    from pinterest_client.model.campaign_update_request import CampaignUpdateRequest
    from pinterest_client.model.keyword_update import KeywordUpdate
    from pinterest_client.model.product_group_promotion_update_request import ProductGroupPromotionUpdateRequest


class BulkUpsertRequestUpdate(Model):
    """Request for creation of entities in bulk."""

    ad_groups: Optional[List[AdGroupUpdateRequest]]

    ads: Optional[List[AdUpdateRequest]]

    campaigns: Optional[List[CampaignUpdateRequest]]

    catalog_product_groups: Optional[List[BulkUpsertRequestUpdateCatalogProductGroupsItem]]

    keywords: Optional[List[KeywordUpdate]]

    labels: Optional[List[BulkUpsertRequestUpdateLabelsItem]]

    product_groups: Optional[List[ProductGroupPromotionUpdateRequest]]

    _spec = (
        ('ad_groups', 'list[AdGroupUpdateRequest]'),
        ('ads', 'list[AdUpdateRequest]'),
        ('campaigns', 'list[CampaignUpdateRequest]'),
        ('catalog_product_groups', 'list[BulkUpsertRequestUpdateCatalogProductGroupsItem]'),
        ('keywords', 'list[KeywordUpdate]'),
        ('labels', 'list[BulkUpsertRequestUpdateLabelsItem]'),
        ('product_groups', 'list[ProductGroupPromotionUpdateRequest]'),
    )
