# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ad_create_request import AdCreateRequest
    from pinterest_client.model.ad_group_create_request import AdGroupCreateRequest
    from pinterest_client.model.campaign_create_request import CampaignCreateRequest
    from pinterest_client.model.keywords_request import KeywordsRequest
    from pinterest_client.model.label_create_request import LabelCreateRequest
    from pinterest_client.model.product_group_promotion_create_request import ProductGroupPromotionCreateRequest


class BulkUpsertRequestCreate(Model):
    """Request for creation of entities in bulk."""

    ad_groups: Optional[List[AdGroupCreateRequest]] = Field("list[AdGroupCreateRequest]")

    ads: Optional[List[AdCreateRequest]] = Field("list[AdCreateRequest]")

    campaigns: Optional[List[CampaignCreateRequest]] = Field("list[CampaignCreateRequest]")

    catalog_product_groups: Optional[List[BulkUpsertRequestCreateCatalogProductGroupsItem]] = Field(
        "list[BulkUpsertRequestCreateCatalogProductGroupsItem]"
    )

    keywords: Optional[List[KeywordsRequest]] = Field("list[KeywordsRequest]")

    labels: Optional[List[LabelCreateRequest]] = Field("list[LabelCreateRequest]")

    product_groups: Optional[List[ProductGroupPromotionCreateRequest]] = Field(
        "list[ProductGroupPromotionCreateRequest]"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_groups: Optional[List[AdGroupCreateRequest]] = ...,
            ads: Optional[List[AdCreateRequest]] = ...,
            campaigns: Optional[List[CampaignCreateRequest]] = ...,
            catalog_product_groups: Optional[List[BulkUpsertRequestCreateCatalogProductGroupsItem]] = ...,
            keywords: Optional[List[KeywordsRequest]] = ...,
            labels: Optional[List[LabelCreateRequest]] = ...,
            product_groups: Optional[List[ProductGroupPromotionCreateRequest]] = ...,
        ) -> None: ...


class BulkUpsertRequestCreateCatalogProductGroupsItem(UnionModel):
    """BulkUpsertRequestCreateCatalogProductGroupsItem (inline schema).

    One of: `CatalogsProductGroupCreateRequest`, `CatalogsVerticalProductGroupCreateRequest`.
    """

    _variants = ("CatalogsProductGroupCreateRequest", "CatalogsVerticalProductGroupCreateRequest")


__all__ = ["BulkUpsertRequestCreate", "BulkUpsertRequestCreateCatalogProductGroupsItem"]
