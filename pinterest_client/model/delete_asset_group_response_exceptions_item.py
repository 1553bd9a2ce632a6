# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.delete_asset_group_response import (
    DeleteAssetGroupResponseExceptionsItem as DeleteAssetGroupResponseExceptionsItem,
)

__all__ = ["DeleteAssetGroupResponseExceptionsItem"]
