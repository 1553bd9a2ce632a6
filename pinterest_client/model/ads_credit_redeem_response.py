# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AdsCreditRedeemResponse(Model):
    """AdsCreditRedeemResponse (component schema `AdsCreditRedeemResponse`)."""

    error_code: Optional[int] = Field("int", wire="errorCode", nullable=True)
    """Error code type if error occurs"""

    error_message: Optional[str] = Field("str", wire="errorMessage", nullable=True)
    """Reason for failure"""

    success: Optional[bool] = Field("bool")
    """Returns true if the offer code was successfully applied(validateOnly=false) or can be applied(validateOnly=true).
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            error_code: Optional[int] = ...,
            error_message: Optional[str] = ...,
            success: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["AdsCreditRedeemResponse"]
