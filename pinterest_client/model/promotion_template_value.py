# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.currency import Currency


class PromotionTemplateValue(Model):
    """Promotion template value"""

    amount: Optional[float]
    """Numeric value."""

    currency_code: Optional[Union[Currency, str]]
    """Currency Codes from ISO 4217"""

    custom_text: Optional[str]
    """Custom text."""

    percent: Optional[float]
    """Percent value."""

    _fields = (
        Field('amount', 'float'),
        Field('currency_code', 'Currency'),
        Field('custom_text', 'str'),
        Field('percent', 'float'),
    )
