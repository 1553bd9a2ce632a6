# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.update_partner_results_response_array_items_item import (
        UpdatePartnerResultsResponseArrayItemsItem,
    )


class UpdatePartnerResultsResponseArray(Model):
    """UpdatePartnerResultsResponseArray (component schema `UpdatePartnerResultsResponseArray`)."""

    items: Optional[List[UpdatePartnerResultsResponseArrayItemsItem]]

    _spec = (
        ('items', 'list[UpdatePartnerResultsResponseArrayItemsItem]'),
    )
