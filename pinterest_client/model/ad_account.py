# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.ad_account_owner import AdAccountOwner
    from pinterest_client.model.business_access_role import BusinessAccessRole
    from pinterest_client.model.country import Country
    from pinterest_client.model.currency import Currency


class AdAccount(Model):
    """AdAccount (component schema `AdAccount`)."""

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    created_time: Optional[int]
    """Creation time. Unix timestamp in seconds."""

    currency: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    id: str

    name: Optional[str]
    """Ad account name."""

    owner: Optional[AdAccountOwner]
    """Ad account owner"""

    permissions: Optional[List[Union[BusinessAccessRole, str]]]
    """permissions"""

    updated_time: Optional[int]
    """updated_time"""

    _spec = (
        ('country', 'Country'),
        ('created_time', 'int', 'nullable read_only'),
        ('currency', 'Currency'),
        ('id', 'str', 'required', {'max_length': 18, 'pattern': '^\\d+$'}),
        ('name', 'str', '', {'max_length': 256}),
        ('owner', 'AdAccountOwner', 'read_only'),
        ('permissions', 'list[BusinessAccessRole]', 'read_only'),
        ('updated_time', 'int', 'nullable read_only'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country: Optional[Union[Country, str]] = ...,
            created_time: Optional[int] = ...,
            currency: Optional[Union[Currency, str]] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
            owner: Optional[AdAccountOwner] = ...,
            permissions: Optional[List[Union[BusinessAccessRole, str]]] = ...,
            updated_time: Optional[int] = ...,
        ) -> None: ...


__all__ = ["AdAccount"]
