# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, Optional

    from pinterest_client.model.quality_component_details import QualityComponentDetails


class QualityComponents(Model):
    """Set of quality components, with each component containing a event coverage and details."""

    advertiser_external_id: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    click_id_epik: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    external_event_id: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")
    """Dedup components."""

    hashed_email: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")
    """User matching identifiers."""

    hashed_maid: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    ip_address: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    order_id: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    order_value: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    product_id: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")
    """Product/event metadata."""

    source_url: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    user_agent: Optional[Dict[str, QualityComponentDetails]] = Field("dict[QualityComponentDetails]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            advertiser_external_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            click_id_epik: Optional[Dict[str, QualityComponentDetails]] = ...,
            external_event_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            hashed_email: Optional[Dict[str, QualityComponentDetails]] = ...,
            hashed_maid: Optional[Dict[str, QualityComponentDetails]] = ...,
            ip_address: Optional[Dict[str, QualityComponentDetails]] = ...,
            order_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            order_value: Optional[Dict[str, QualityComponentDetails]] = ...,
            product_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            source_url: Optional[Dict[str, QualityComponentDetails]] = ...,
            user_agent: Optional[Dict[str, QualityComponentDetails]] = ...,
        ) -> None: ...


__all__ = ["QualityComponents"]
