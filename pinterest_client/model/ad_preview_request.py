# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.customizable_cta_type import CustomizableCTAType, CustomizableCTATypeValue


class AdPreviewRequest(UnionModel):
    """AdPreviewRequest (component schema `AdPreviewRequest`).

    One of: `AdPreviewRequestAdPreviewCreateFromImage`, `AdPreviewRequestAdPreviewCreateFromPin`,
    `AdPreviewRequestAdPreviewShopping`.
    """

    _variants = (
        "AdPreviewRequestAdPreviewCreateFromImage",
        "AdPreviewRequestAdPreviewCreateFromPin",
        "AdPreviewRequestAdPreviewShopping",
    )


class AdPreviewRequestAdPreviewCreateFromImage(Model):
    """AdPreviewCreateFromImage"""

    image_url: str = Field("str", required=True)
    """Image URL."""

    title: str = Field("str", required=True)
    """Title displayed below ad."""

    _positional = ("image_url", "title")

    if TYPE_CHECKING:

        def __init__(
            self,
            image_url: str,
            title: str,
        ) -> None: ...


class AdPreviewRequestAdPreviewCreateFromPin(Model):
    """AdPreviewCreateFromPin"""

    pin_id: str = Field("str", required=True)
    """Pin ID."""

    _positional = ("pin_id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            pin_id: str,
        ) -> None: ...


class AdPreviewRequestAdPreviewShopping(Model):
    """AdPreviewShopping"""

    catalog_product_group_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog Product Group Id."""

    creative_type: str = Field("str", required=True, enum=("SHOPPING", "CAROUSEL", "COLLECTION", "REGULAR"))
    """Ad format of the shopping ad preview."""

    customizable_cta_type: Optional[Union[CustomizableCTAType, str]] = Field("CustomizableCTAType", nullable=True)

    hero_image_title: Optional[str] = Field("str")
    """Title displayed below ad."""

    hero_image_url: Optional[str] = Field("str")
    """Hero image URL."""

    hero_pin_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Pin id for the hero image. When creative type is COLLECTION, either hero_pin_id or (hero_image_url,
    hero_image_title) is required.
    """

    image_tag: Optional[str] = Field("str")
    """Multi image template tag."""

    item_id: Optional[str] = Field("str")
    """Item id for product to preview standard shopping ads, optional and only applicable when creative type is
    SHOPPING.
    """

    preferred_media_type: Optional[str] = Field("str", enum=("VIDEO", "IMAGE"))
    """Preferred media type."""

    video_tag: Optional[str] = Field("str")
    """Multi video template tag, image_tag and video_tag are mutual exclusive."""

    _positional = ("catalog_product_group_id", "creative_type")

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_product_group_id: str,
            creative_type: str,
            *,
            customizable_cta_type: Optional[Union[CustomizableCTAType, CustomizableCTATypeValue]] = ...,
            hero_image_title: Optional[str] = ...,
            hero_image_url: Optional[str] = ...,
            hero_pin_id: Optional[str] = ...,
            image_tag: Optional[str] = ...,
            item_id: Optional[str] = ...,
            preferred_media_type: Optional[str] = ...,
            video_tag: Optional[str] = ...,
        ) -> None: ...


__all__ = [
    "AdPreviewRequest",
    "AdPreviewRequestAdPreviewCreateFromImage",
    "AdPreviewRequestAdPreviewCreateFromPin",
    "AdPreviewRequestAdPreviewShopping",
]
