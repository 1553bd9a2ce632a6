# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.non_nullable_catalogs_currency import NonNullableCatalogsCurrency


class CatalogsProductGroupCurrencyCriteria(Model):
    """A currency filter. This filter cannot be negated"""

    negated: Optional[bool]

    values: Union[NonNullableCatalogsCurrency, str]
    """Currency Codes from ISO 4217."""

    _fields = (
        Field('negated', 'bool', enum=(False,)),
        Field('values', 'NonNullableCatalogsCurrency', required=True),
    )
    _additional = None
