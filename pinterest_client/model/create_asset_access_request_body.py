# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.create_asset_access_request_body_asset_requests_item import (
        CreateAssetAccessRequestBodyAssetRequestsItem,
    )


class CreateAssetAccessRequestBody(Model):
    """An object containing a list of all the asset access requests"""

    asset_requests: List[CreateAssetAccessRequestBodyAssetRequestsItem]

    _fields = (
        Field('asset_requests', 'list[CreateAssetAccessRequestBodyAssetRequestsItem]', required=True, max_items=100, min_items=1),
    )
