# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.creative_type import CreativeType, CreativeTypeValue
    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue
    from pinterest_client.model.grid_click_type import GridClickType, GridClickTypeValue


class ProductGroupPromotion(Model):
    """ProductGroupPromotion"""

    ad_group_id: Optional[str] = Field("str", pattern="^(AG)?\\d+$")
    """ID of the ad group the product group belongs to."""

    bid_in_micro_currency: Optional[int] = Field("int", nullable=True)
    """The bid in micro currency."""

    catalog_product_group_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """ID of the catalogs product group that this product group promotion references"""

    catalog_product_group_name: Optional[str] = Field("str", nullable=True)
    """Catalogs product group name"""

    collections_header_type: Optional[str] = Field(
        "str",
        nullable=True,
        enum=("SHOP_THIS_COLLECTION", "EXPLORE_THIS_COLLECTION", "NO_HEADER", "ON_SALE", "GET_DEAL"),
    )
    """Collections ad header type"""

    collections_hero_destination_url: Optional[str] = Field("str", nullable=True)
    """Collections Hero Destination Url"""

    collections_hero_pin_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Hero Pin ID if this PG is promoted as a Collection"""

    creative_type: Optional[Union[CreativeType, str]] = Field("CreativeType")
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[str] = Field(
        "str", nullable=True, enum=("SHOP_NOW", "BOOK_NOW", "ON_SALE", "GET_DEAL", "BUY_ONLINE_PICKUP_IN_STORE")
    )
    """Select a call to action (CTA) to display below your ad. CTA options for catalog sales campaigns are SHOP_NOW,
    BOOK_NOW, ON_SALE, GET_DEAL, BUY_ONLINE_PICKUP_IN_STORE
    """

    definition: Optional[str] = Field("str", nullable=True)
    """The full product group definition path"""

    grid_click_type: Optional[Union[GridClickType, str]] = Field("GridClickType", nullable=True)
    """Where a user is taken after clicking on an ad in grid.

    **Note:**  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported
    ads.  grid_click_type values provided will be ignored.
    """

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """ID of the product group promotion."""

    included: Optional[bool] = Field("bool", nullable=True)
    """True if the group is BIDDABLE, false if it should be EXCLUDED from serving ads."""

    is_generate_background: Optional[bool] = Field("bool", nullable=True)
    """Enable generate backgrounds for the product group, default value is FALSE. When enabled, Pinterest will use
    generative AI to apply backgrounds for your product images that help drive user inspiration and engagement.
    """

    is_mdl: Optional[bool] = Field("bool", nullable=True)
    """If set to true products promoted in this product group will use the Mobile Deep Link specified in your catalog"""

    parent_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """The parent Product Group ID of this Product Group"""

    preferred_media_type: Optional[str] = Field("str", nullable=True, enum=("VIDEO", "IMAGE"))
    """Select whether to promote the image or video pin by default for items in the promoted product group. If selecting
    IMAGE, image will be promoted for all ads in the product group, and when selecting VIDEO, video will be promoted
    when present, otherwise fall back to image. This is applicable for standard shopping ads only.
    """

    relative_definition: Optional[str] = Field("str", nullable=True)
    """The definition of the product group, relative to its parent - an attribute name/value pair"""

    selected_image_tag: Optional[str] = Field("str", nullable=True)
    """The ad image tag selected for the product group promotion."""

    selected_video_tag: Optional[str] = Field("str", nullable=True)
    """The ad video tag selected for the product group promotion."""

    slideshow_collections_description: Optional[str] = Field("str", nullable=True)
    """Slideshow Collections Description"""

    slideshow_collections_title: Optional[str] = Field("str", nullable=True)
    """Slideshow Collections Title"""

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus")
    """Entity status"""

    tracking_url: Optional[str] = Field("str", nullable=True)
    """Tracking template for proudct group promotions. 4000 limit"""

    catalogs_product_group_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Deprecated: Pinterest dropped this property after spec 5.6.0. ID of the catalogs product group that this product
    group promotion references
    """

    catalogs_product_group_name: Optional[str] = Field("str")
    """Deprecated: Pinterest dropped this property after spec 5.6.0. Catalogs product group"""

    type: Optional[str] = Field("str", nullable=True)
    """Deprecated: Pinterest dropped this property after spec 5.6.0. Product group promotion"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_group_id: Optional[str] = ...,
            bid_in_micro_currency: Optional[int] = ...,
            catalog_product_group_id: Optional[str] = ...,
            catalog_product_group_name: Optional[str] = ...,
            collections_header_type: Optional[str] = ...,
            collections_hero_destination_url: Optional[str] = ...,
            collections_hero_pin_id: Optional[str] = ...,
            creative_type: Optional[Union[CreativeType, CreativeTypeValue]] = ...,
            customizable_cta_type: Optional[str] = ...,
            definition: Optional[str] = ...,
            grid_click_type: Optional[Union[GridClickType, GridClickTypeValue]] = ...,
            id: Optional[str] = ...,
            included: Optional[bool] = ...,
            is_generate_background: Optional[bool] = ...,
            is_mdl: Optional[bool] = ...,
            parent_id: Optional[str] = ...,
            preferred_media_type: Optional[str] = ...,
            relative_definition: Optional[str] = ...,
            selected_image_tag: Optional[str] = ...,
            selected_video_tag: Optional[str] = ...,
            slideshow_collections_description: Optional[str] = ...,
            slideshow_collections_title: Optional[str] = ...,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
            tracking_url: Optional[str] = ...,
            catalogs_product_group_id: Optional[str] = ...,
            catalogs_product_group_name: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ProductGroupPromotion"]
