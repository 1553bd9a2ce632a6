# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AdsCreditRedeemResponse(Model):
    """AdsCreditRedeemResponse (component schema `AdsCreditRedeemResponse`)."""

    errorCode: Optional[int]
    """Error code type if error occurs"""

    errorMessage: Optional[str]
    """Reason for failure"""

    success: Optional[bool]
    """Returns true if the offer code was successfully applied(validateOnly=false) or can be applied(validateOnly=true)."""

    _spec = (
        ('errorCode', 'int', 'nullable'),
        ('errorMessage', 'str', 'nullable'),
        ('success', 'bool'),
    )
