# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.get_business_assets_response import (
    GetBusinessAssetsResponseCatalogInfo as GetBusinessAssetsResponseCatalogInfo,
)

__all__ = ["GetBusinessAssetsResponseCatalogInfo"]
