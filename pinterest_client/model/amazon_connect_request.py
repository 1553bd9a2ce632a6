# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AmazonConnectRequest(Model):
    """Request containing OTP and Amazon storefront info called by Amazon"""

    amazon_storefront_id: Optional[str]
    """The Amazon storefront id"""

    amazon_storefront_name: str
    """The Amazon storefront name"""

    amazon_storefront_url: str
    """The Amazon storefront url"""

    amazon_user_id: Optional[str]
    """The Amazon user id"""

    is_amazon_account_linked: bool
    """The Amazon account linking status"""

    one_time_passcode: Optional[str]
    """The one time passcode for Pinterest-initiated linking requests"""

    pinterest_user_id: Optional[str]
    """The Pinterest user id for Amazon-initiated linking requests"""

    _spec = (
        ('amazon_storefront_id', 'str'),
        ('amazon_storefront_name', 'str', 'required'),
        ('amazon_storefront_url', 'str', 'required'),
        ('amazon_user_id', 'str'),
        ('is_amazon_account_linked', 'bool', 'required'),
        ('one_time_passcode', 'str'),
        ('pinterest_user_id', 'str', '', {'pattern': '^\\d+$'}),
    )
    _positional = ('amazon_storefront_name', 'amazon_storefront_url', 'is_amazon_account_linked')

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
