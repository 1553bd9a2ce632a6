# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue
    from pinterest_client.model.promotion_template_value import PromotionTemplateValue
    from pinterest_client.model.promotion_type import PromotionType, PromotionTypeValue


class PromotionResponse(Model):
    """PromotionResponse"""

    discount_status: Optional[str] = Field("str", enum=("OTHER", "ACTIVE", "PAUSED", "SCHEDULED", "EXPIRED"))
    """Discount status based on the current time and start and end time of discount"""

    end_time: Optional[int] = Field("int")
    """Promotion end time. Unix timestamp in seconds. Independent of campaign end time."""

    external_id: Optional[str] = Field("str", max_length=64)
    """Platform-specific ID for this promotion. Will be null for promotions first created within Pinterest."""

    platform_type: Optional[str] = Field("str")
    """The source integration platform used when creating the promotion. Currently supported values are 'DEFAULT' and
    'SHOPIFY'.
    """

    promotion_code: Optional[str] = Field("str")
    """Code that can be used to redeem a promotion."""

    promotion_custom_id: Optional[str] = Field("str", max_length=50)
    """An optional field for user defined promotion ID for this promotion. Will copy from Pinterest system generated ID
    if user did not provide one.
    """

    promotion_title: Optional[str] = Field("str")
    """Internal name for the promotion."""

    promotion_type: Optional[Union[PromotionType, str]] = Field("PromotionType")
    """Determines the displayed promotion text along with what parameters (if any) are needed to complete the template.
    This list is not finalized, and will be updated as new types are supported.
    """

    start_time: Optional[int] = Field("int")
    """Promotion start time. Unix timestamp in seconds. Independent of campaign start time."""

    template_values: Optional[List[PromotionTemplateValue]] = Field(
        "list[PromotionTemplateValue]", max_items=2, min_items=0
    )
    """List of values to be inserted in the promotion type-specific template."""

    ad_account_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The Ad Account ID that this promotion belongs to."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Promotion ID"""

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus")
    """Entity status"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            discount_status: Optional[str] = ...,
            end_time: Optional[int] = ...,
            external_id: Optional[str] = ...,
            platform_type: Optional[str] = ...,
            promotion_code: Optional[str] = ...,
            promotion_custom_id: Optional[str] = ...,
            promotion_title: Optional[str] = ...,
            promotion_type: Optional[Union[PromotionType, PromotionTypeValue]] = ...,
            start_time: Optional[int] = ...,
            template_values: Optional[List[PromotionTemplateValue]] = ...,
            ad_account_id: Optional[str] = ...,
            id: Optional[str] = ...,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
        ) -> None: ...


__all__ = ["PromotionResponse"]
