# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ad_group_update_request import AdGroupUpdateRequest
    from pinterest_client.model.ad_update_request import AdUpdateRequest
    from pinterest_client.model.campaign_update_request import CampaignUpdateRequest
    from pinterest_client.model.keyword_update import KeywordUpdate
    from pinterest_client.model.product_group_promotion_update_request import ProductGroupPromotionUpdateRequest


class BulkUpsertRequestUpdate(Model):
    """Request for creation of entities in bulk."""

    ad_groups: Optional[List[AdGroupUpdateRequest]] = Field("list[AdGroupUpdateRequest]")

    ads: Optional[List[AdUpdateRequest]] = Field("list[AdUpdateRequest]")

    campaigns: Optional[List[CampaignUpdateRequest]] = Field("list[CampaignUpdateRequest]")

    catalog_product_groups: Optional[List[BulkUpsertRequestUpdateCatalogProductGroupsItem]] = Field(
        "list[BulkUpsertRequestUpdateCatalogProductGroupsItem]"
    )

    keywords: Optional[List[KeywordUpdate]] = Field("list[KeywordUpdate]")

    labels: Optional[List[BulkUpsertRequestUpdateLabelsItem]] = Field("list[BulkUpsertRequestUpdateLabelsItem]")

    product_groups: Optional[List[ProductGroupPromotionUpdateRequest]] = Field(
        "list[ProductGroupPromotionUpdateRequest]"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_groups: Optional[List[AdGroupUpdateRequest]] = ...,
            ads: Optional[List[AdUpdateRequest]] = ...,
            campaigns: Optional[List[CampaignUpdateRequest]] = ...,
            catalog_product_groups: Optional[List[BulkUpsertRequestUpdateCatalogProductGroupsItem]] = ...,
            keywords: Optional[List[KeywordUpdate]] = ...,
            labels: Optional[List[BulkUpsertRequestUpdateLabelsItem]] = ...,
            product_groups: Optional[List[ProductGroupPromotionUpdateRequest]] = ...,
        ) -> None: ...


class BulkUpsertRequestUpdateCatalogProductGroupsItem(UnionModel):
    """BulkUpsertRequestUpdateCatalogProductGroupsItem (inline schema).

    One of: `CatalogsProductGroupUpdateRequest`, `CatalogsVerticalProductGroupUpdateRequest`.
    """

    _variants = ("CatalogsProductGroupUpdateRequest", "CatalogsVerticalProductGroupUpdateRequest")


class BulkUpsertRequestUpdateLabelsItem(Model):
    """LabelBulkUpdateRequest"""

    id: str = Field("str", required=True)
    """Label ID."""

    status: Optional[str] = Field("str", enum=("ARCHIVED",))
    """Set status to `ARCHIVED` to remove the label from the parent entity."""

    value: Optional[str] = Field("str", max_length=100)
    """**Note:** value field will be deprecated. Label name. 100-character limit."""

    _positional = ("id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            status: Optional[str] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


__all__ = [
    "BulkUpsertRequestUpdate",
    "BulkUpsertRequestUpdateCatalogProductGroupsItem",
    "BulkUpsertRequestUpdateLabelsItem",
]
