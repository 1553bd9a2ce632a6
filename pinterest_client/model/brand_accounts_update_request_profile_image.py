# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.brand_accounts_update_request import (
    BrandAccountsUpdateRequestProfileImage as BrandAccountsUpdateRequestProfileImage,
)

__all__ = ["BrandAccountsUpdateRequestProfileImage"]
