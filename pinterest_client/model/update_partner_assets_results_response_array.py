# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.update_partner_assets_result import UpdatePartnerAssetsResult


class UpdatePartnerAssetsResultsResponseArray(Model):
    """UpdatePartnerAssetsResultsResponseArray (component schema `UpdatePartnerAssetsResultsResponseArray`)."""

    items: Optional[List[UpdatePartnerAssetsResult]] = Field("list[UpdatePartnerAssetsResult]")
    """List of assigned/updated partner asset access."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdatePartnerAssetsResult]] = ...,
        ) -> None: ...


__all__ = ["UpdatePartnerAssetsResultsResponseArray"]
