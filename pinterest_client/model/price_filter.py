# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.price_filter_price import PriceFilterPRICE


class PriceFilter(Model):
    """PRICE"""

    PRICE: PriceFilterPRICE
    """catalogs_product_group_pricing_currency_criteria"""

    _spec = (
        ('PRICE', 'PriceFilterPRICE', 'required'),
    )
    _additional = None
