# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AmazonConnectRequest(Model):
    """Request containing OTP and Amazon storefront info called by Amazon"""

    amazon_storefront_id: Optional[str] = Field("str")
    """The Amazon storefront id"""

    amazon_storefront_name: str = Field("str", required=True)
    """The Amazon storefront name"""

    amazon_storefront_url: str = Field("str", required=True)
    """The Amazon storefront url"""

    amazon_user_id: Optional[str] = Field("str")
    """The Amazon user id"""

    is_amazon_account_linked: bool = Field("bool", required=True)
    """The Amazon account linking status"""

    one_time_passcode: Optional[str] = Field("str")
    """The one time passcode for Pinterest-initiated linking requests"""

    pinterest_user_id: Optional[str] = Field("str", pattern="^\\d+$")
    """The Pinterest user id for Amazon-initiated linking requests"""

    _positional = ("amazon_storefront_name", "amazon_storefront_url", "is_amazon_account_linked")

    if TYPE_CHECKING:

        def __init__(
            self,
            amazon_storefront_name: str,
            amazon_storefront_url: str,
            is_amazon_account_linked: bool,
            *,
            amazon_storefront_id: Optional[str] = ...,
            amazon_user_id: Optional[str] = ...,
            one_time_passcode: Optional[str] = ...,
            pinterest_user_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AmazonConnectRequest"]
