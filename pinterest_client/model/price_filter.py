# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.price_filter_price import PriceFilterPRICE


class PriceFilter(Model):
    """PRICE"""

    PRICE: PriceFilterPRICE
    """catalogs_product_group_pricing_currency_criteria"""

    _fields = (
        Field('PRICE', 'PriceFilterPRICE', required=True),
    )
    _additional = None
