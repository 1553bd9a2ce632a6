# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.create_asset_access_request_error_message import (
    CreateAssetAccessRequestErrorMessageItem as CreateAssetAccessRequestErrorMessageItem,
)

__all__ = ["CreateAssetAccessRequestErrorMessageItem"]
