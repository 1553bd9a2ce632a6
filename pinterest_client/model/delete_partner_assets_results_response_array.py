# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.delete_partner_assets_result import DeletePartnerAssetsResult


class DeletePartnerAssetsResultsResponseArray(Model):
    """DeletePartnerAssetsResultsResponseArray (component schema `DeletePartnerAssetsResultsResponseArray`)."""

    items: Optional[List[DeletePartnerAssetsResult]]
    """List of terminated asset access."""

    _fields = (
        Field('items', 'list[DeletePartnerAssetsResult]'),
    )
