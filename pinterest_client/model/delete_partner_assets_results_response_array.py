# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.delete_partner_assets_result import DeletePartnerAssetsResult


class DeletePartnerAssetsResultsResponseArray(Model):
    """DeletePartnerAssetsResultsResponseArray (component schema `DeletePartnerAssetsResultsResponseArray`)."""

    items: Optional[List[DeletePartnerAssetsResult]] = Field("list[DeletePartnerAssetsResult]")
    """List of terminated asset access."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeletePartnerAssetsResult]] = ...,
        ) -> None: ...


__all__ = ["DeletePartnerAssetsResultsResponseArray"]
