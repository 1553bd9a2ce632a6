# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Optional, Union

    from pinterest_client.model.creative_type import CreativeType, CreativeTypeValue
    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue


class ProductGroupPromotionCommon(Model):
    """Deprecated: from Pinterest's spec 5.6.0, no longer in the current spec; kept for code written against the
    original client.

    ProductGroupPromotionCommon
    """

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus")
    """Entity status"""

    tracking_url: Optional[str] = Field("str", nullable=True)
    """Tracking template for proudct group promotions. 4000 limit"""

    catalogs_product_group_id: Optional[str] = Field("str", pattern="^\\d+$")
    """ID of the catalogs product group that this product group promotion references"""

    catalogs_product_group_name: Optional[str] = Field("str")
    """Catalogs product group"""

    creative_type: Optional[Union[CreativeType, str]] = Field("CreativeType")
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    collections_hero_pin_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Hero Pin ID if this PG is promoted as a Collection"""

    collections_hero_destination_url: Optional[str] = Field("str", nullable=True)
    """Collections Hero Destination Url"""

    slideshow_collections_title: Optional[str] = Field("str", nullable=True)
    """Slideshow Collections Title"""

    slideshow_collections_description: Optional[str] = Field("str", nullable=True)
    """Slideshow Collections Description"""

    is_mdl: Optional[bool] = Field("bool", nullable=True)
    """If set to true products promoted in this product group will use the Mobile Deep Link specified in your catalog"""

    id: Any = Field("any")
    """Deprecated: the original client's ProductGroupPromotionCommon had this property (id); Pinterest's specs no longer
    do.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
            tracking_url: Optional[str] = ...,
            catalogs_product_group_id: Optional[str] = ...,
            catalogs_product_group_name: Optional[str] = ...,
            creative_type: Optional[Union[CreativeType, CreativeTypeValue]] = ...,
            collections_hero_pin_id: Optional[str] = ...,
            collections_hero_destination_url: Optional[str] = ...,
            slideshow_collections_title: Optional[str] = ...,
            slideshow_collections_description: Optional[str] = ...,
            is_mdl: Optional[bool] = ...,
            id: Any = ...,
        ) -> None: ...


__all__ = ["ProductGroupPromotionCommon"]
