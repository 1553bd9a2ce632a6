# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.ad_accounts_country_response_data import AdAccountsCountryResponseData


class AdAccountsCountryResponse(Model):
    """AdAccountsCountryResponse (component schema `AdAccountsCountryResponse`)."""

    items: Optional[List[AdAccountsCountryResponseData]] = Field("list[AdAccountsCountryResponseData]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[AdAccountsCountryResponseData]] = ...,
        ) -> None: ...


__all__ = ["AdAccountsCountryResponse"]
