# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class PinMediaSourcePinURL(Model):
    """Pin URL-based media source for product pin creation. Currently the field is only available to a list of beta
    users.
    """

    is_affiliate_link: Optional[bool] = Field("bool")
    """This is an affiliate link or sponsored product. The FTC requires disclosure for paid partnerships and affiliate
    products.
    """

    source_type: str = Field("str", required=True, enum=("pin_url",))

    _defaults = {"source_type": "pin_url"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            is_affiliate_link: Optional[bool] = ...,
            source_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourcePinURL"]
