# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_currency_criteria import CatalogsProductGroupCurrencyCriteria


class CurrencyFilter(Model):
    """CURRENCY"""

    CURRENCY: CatalogsProductGroupCurrencyCriteria
    """A currency filter. This filter cannot be negated"""

    _fields = (
        Field('CURRENCY', 'CatalogsProductGroupCurrencyCriteria', required=True),
    )
    _additional = None
