# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.ad_accounts_country_response_data import AdAccountsCountryResponseData


class AdAccountsCountryResponse(Model):
    """AdAccountsCountryResponse (component schema `AdAccountsCountryResponse`)."""

    items: Optional[List[AdAccountsCountryResponseData]]

    _fields = (
        Field('items', 'list[AdAccountsCountryResponseData]'),
    )
