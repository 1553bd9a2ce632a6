# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AdsCreditRedeemResponse(Model):
    """AdsCreditRedeemResponse (component schema `AdsCreditRedeemResponse`)."""

    error_code: Optional[int]
    """Error code type if error occurs"""

    error_message: Optional[str]
    """Reason for failure"""

    success: Optional[bool]
    """Returns true if the offer code was successfully applied(validateOnly=false) or can be applied(validateOnly=true)."""

    _spec = (
        ('errorCode', 'int', 'nullable', None, 'error_code'),
        ('errorMessage', 'str', 'nullable', None, 'error_message'),
        ('success', 'bool'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            error_code: Optional[int] = ...,
            error_message: Optional[str] = ...,
            success: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["AdsCreditRedeemResponse"]
