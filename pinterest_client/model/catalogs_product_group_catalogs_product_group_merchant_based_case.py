# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_product_group import (
    CatalogsProductGroupCatalogsProductGroupMerchantBasedCase as CatalogsProductGroupCatalogsProductGroupMerchantBasedCase,
)

__all__ = ["CatalogsProductGroupCatalogsProductGroupMerchantBasedCase"]
