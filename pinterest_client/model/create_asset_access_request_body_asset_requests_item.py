# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.create_asset_access_request_body import (
    CreateAssetAccessRequestBodyAssetRequestsItem as CreateAssetAccessRequestBodyAssetRequestsItem,
)

__all__ = ["CreateAssetAccessRequestBodyAssetRequestsItem"]
