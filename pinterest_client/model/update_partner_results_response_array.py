# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.update_partner_results_response_array_items_item import (
        UpdatePartnerResultsResponseArrayItemsItem,
    )


class UpdatePartnerResultsResponseArray(Model):
    """UpdatePartnerResultsResponseArray (component schema `UpdatePartnerResultsResponseArray`)."""

    items: Optional[List[UpdatePartnerResultsResponseArrayItemsItem]]

    _fields = (
        Field('items', 'list[UpdatePartnerResultsResponseArrayItemsItem]'),
    )
