# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``InlineObject3`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`BrandAccountsCreateRequest`, the same class under its current name.
"""

from pinterest_client.model.brand_accounts_create_request import BrandAccountsCreateRequest

InlineObject3 = BrandAccountsCreateRequest

__all__ = ["InlineObject3"]
