# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.currency import Currency, CurrencyValue


class PromotionTemplateValue(Model):
    """Promotion template value"""

    amount: Optional[float] = Field("float")
    """Numeric value."""

    currency_code: Optional[Union[Currency, str]] = Field("Currency")
    """Currency Codes from ISO 4217"""

    custom_text: Optional[str] = Field("str")
    """Custom text."""

    percent: Optional[float] = Field("float")
    """Percent value."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            amount: Optional[float] = ...,
            currency_code: Optional[Union[Currency, CurrencyValue]] = ...,
            custom_text: Optional[str] = ...,
            percent: Optional[float] = ...,
        ) -> None: ...


__all__ = ["PromotionTemplateValue"]
