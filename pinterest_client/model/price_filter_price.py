# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.non_nullable_catalogs_currency import NonNullableCatalogsCurrency


class PriceFilterPRICE(Model):
    """catalogs_product_group_pricing_currency_criteria"""

    currency: Union[NonNullableCatalogsCurrency, str]
    """Currency Codes from ISO 4217."""

    negated: Optional[bool]

    operator: str

    value: float

    _fields = (
        Field('currency', 'NonNullableCatalogsCurrency', required=True),
        Field('negated', 'bool'),
        Field('operator', 'str', required=True, enum=('GREATER_THAN', 'GREATER_THAN_OR_EQUALS', 'LESS_THAN', 'LESS_THAN_OR_EQUALS')),
        Field('value', 'float', required=True, minimum=0),
    )
    _additional = None
