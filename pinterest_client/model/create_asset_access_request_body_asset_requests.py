# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CreateAssetAccessRequestBodyAssetRequests`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`CreateAssetAccessRequestBodyAssetRequestsItem`, the same class under its current name.
"""

from pinterest_client.model.create_asset_access_request_body_asset_requests_item import (
    CreateAssetAccessRequestBodyAssetRequestsItem,
)

CreateAssetAccessRequestBodyAssetRequests = CreateAssetAccessRequestBodyAssetRequestsItem

__all__ = ["CreateAssetAccessRequestBodyAssetRequests"]
