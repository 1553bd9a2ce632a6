# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.create_asset_access_request_body_asset_requests_item import (
        CreateAssetAccessRequestBodyAssetRequestsItem,
    )


class CreateAssetAccessRequestBody(Model):
    """An object containing a list of all the asset access requests"""

    asset_requests: List[CreateAssetAccessRequestBodyAssetRequestsItem]

    _spec = (
        ('asset_requests', 'list[CreateAssetAccessRequestBodyAssetRequestsItem]', 'required', {'max_items': 100, 'min_items': 1}),
    )
