# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.ad_country import AdCountry


class AdAccountsCountryResponseData(Model):
    """AdAccountsCountryResponseData (component schema)."""

    code: Optional[Union[AdCountry, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    currency: Optional[str]
    """Country currency."""

    index: Optional[float]
    """Country index"""

    name: Optional[str]
    """Country name"""

    _fields = (
        Field('code', 'AdCountry'),
        Field('currency', 'str'),
        Field('index', 'float'),
        Field('name', 'str'),
    )
