# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.creative_type import CreativeType, CreativeTypeValue
    from pinterest_client.model.customizable_cta_type import CustomizableCTAType, CustomizableCTATypeValue
    from pinterest_client.model.disclosure_type import DisclosureType, DisclosureTypeValue
    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue
    from pinterest_client.model.grid_click_type import GridClickType, GridClickTypeValue
    from pinterest_client.model.quiz_pin_data import QuizPinData
    from pinterest_client.model.tracking_urls import TrackingUrls


class AdCreateRequest(Model):
    """AdCreateRequest (component schema `AdCreateRequest`)."""

    ad_group_id: str = Field("str", required=True, pattern="^(AG)?\\d+$")
    """ID of the ad group that contains the ad."""

    android_deep_link: Optional[str] = Field("str", nullable=True)
    """Deep link URL for Android devices."""

    carousel_android_deep_links: Optional[List[str]] = Field("list[str]", nullable=True)
    """Comma-separated deep links for the carousel pin on Android."""

    carousel_destination_urls: Optional[List[str]] = Field("list[str]", nullable=True)
    """Comma-separated destination URLs for the carousel pin to promote."""

    carousel_ios_deep_links: Optional[List[str]] = Field("list[str]", nullable=True)
    """Comma-separated deep links for the carousel pin on iOS."""

    click_tracking_url: Optional[str] = Field("str", nullable=True)
    """Tracking url for the ad clicks."""

    creative_type: Union[CreativeType, str] = Field("CreativeType", required=True)
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    customizable_cta_type: Optional[Union[CustomizableCTAType, str]] = Field("CustomizableCTAType", nullable=True)
    """Select a call to action (CTA) to display below your ad. Available only for ads with direct links enabled. CTA
    options for consideration and conversion campaigns are LEARN_MORE, SHOP_NOW, BOOK_NOW, SIGN_UP, VISIT_SITE,
    BUY_NOW, GET_OFFER, ORDER_NOW, ADD_TO_CART (for conversion campaigns with add to cart conversion events only)
    """

    destination_url: Optional[str] = Field("str", nullable=True)
    """Destination URL."""

    disclosure_type: Optional[Union[DisclosureType, str]] = Field("DisclosureType", nullable=True)
    """Type of information in the page referenced by `disclosure_url`, provided either by the Food and Drug
    Administration (FDA) or the manufacturer.
    """

    disclosure_url: Optional[str] = Field("str", nullable=True)
    """URL for a page that provides disclosures about a pharmaceutical product, such as potential side effects. Make
    sure the URL takes the user directly to the disclosure content and the referenced site is secure.
    """

    grid_click_type: Optional[Union[GridClickType, str]] = Field("GridClickType", nullable=True)
    """Where a user is taken after clicking on an ad in grid.

    **Note:**  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported
    ads.  grid_click_type values provided will be ignored.
    """

    ios_deep_link: Optional[str] = Field("str", nullable=True)
    """Deep link URL for iOS devices."""

    is_pin_deleted: Optional[bool] = Field("bool")
    """Is original pin deleted?"""

    is_removable: Optional[bool] = Field("bool")
    """Is pin repinnable?"""

    lead_form_id: Optional[str] = Field("str", nullable=True, pattern="^(AG)?\\d+$")
    """Lead form ID for lead ad generation."""

    name: Optional[str] = Field("str", nullable=True)
    """Name of the ad - 255 chars max."""

    quiz_pin_data: Optional[QuizPinData] = Field("QuizPinData", nullable=True)
    """Before creating a quiz ad, you must create an organic Pin using POST/Create Pin for each result in the quiz. Quiz
    ads cannot be saved by a Pinner. Quiz ad results can be saved.
    """

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus")
    """Entity status"""

    tracking_urls: Optional[TrackingUrls] = Field("TrackingUrls", nullable=True)

    view_tracking_url: Optional[str] = Field("str", nullable=True)
    """Tracking URL for ad impressions."""

    pin_id: str = Field("str", required=True, pattern="^\\d+$")
    """Pin ID."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_group_id: Optional[str] = ...,
            android_deep_link: Optional[str] = ...,
            carousel_android_deep_links: Optional[List[str]] = ...,
            carousel_destination_urls: Optional[List[str]] = ...,
            carousel_ios_deep_links: Optional[List[str]] = ...,
            click_tracking_url: Optional[str] = ...,
            creative_type: Optional[Union[CreativeType, CreativeTypeValue]] = ...,
            customizable_cta_type: Optional[Union[CustomizableCTAType, CustomizableCTATypeValue]] = ...,
            destination_url: Optional[str] = ...,
            disclosure_type: Optional[Union[DisclosureType, DisclosureTypeValue]] = ...,
            disclosure_url: Optional[str] = ...,
            grid_click_type: Optional[Union[GridClickType, GridClickTypeValue]] = ...,
            ios_deep_link: Optional[str] = ...,
            is_pin_deleted: Optional[bool] = ...,
            is_removable: Optional[bool] = ...,
            lead_form_id: Optional[str] = ...,
            name: Optional[str] = ...,
            quiz_pin_data: Optional[QuizPinData] = ...,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
            view_tracking_url: Optional[str] = ...,
            pin_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdCreateRequest"]
