# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``InlineResponse2001`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`BrandAccountsCreateResponse`, the same class under its current name.
"""

from pinterest_client.model.brand_accounts_create_response import BrandAccountsCreateResponse

InlineResponse2001 = BrandAccountsCreateResponse

__all__ = ["InlineResponse2001"]
