# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.exception import Exception
    from pinterest_client.model.promotion_response import PromotionResponse


class PromotionArrayElement(Model):
    """PromotionArrayElement"""

    data: Optional[PromotionResponse] = Field("PromotionResponse")
    """PromotionResponse"""

    exception: Optional[Exception] = Field("Exception")
    """Generic exception class to be used within schemas"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[PromotionResponse] = ...,
            exception: Optional[Exception] = ...,
        ) -> None: ...


__all__ = ["PromotionArrayElement"]
