# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.update_member_assets_results_response_array_items_item import (
        UpdateMemberAssetsResultsResponseArrayItemsItem,
    )


class UpdateMemberAssetsResultsResponseArray(Model):
    """UpdateMemberAssetsResultsResponseArray (component schema `UpdateMemberAssetsResultsResponseArray`)."""

    items: Optional[List[UpdateMemberAssetsResultsResponseArrayItemsItem]]
    """List of assigned/updated member asset access.
    If there is an error, an exception object will be returned. If the action was successfully completed, a response object will be returned.
    """

    _spec = (
        ('items', 'list[UpdateMemberAssetsResultsResponseArrayItemsItem]'),
    )
