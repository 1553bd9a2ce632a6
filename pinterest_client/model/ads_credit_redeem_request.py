# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class AdsCreditRedeemRequest(Model):
    """AdsCreditRedeemRequest (component schema `AdsCreditRedeemRequest`)."""

    offer_code_hash: str = Field("str", wire="offerCodeHash", required=True, pattern="^[a-z0-9]*$")
    """Takes in a SHA256 hash of the offerCode."""

    validate_only: bool = Field("bool", wire="validateOnly", required=True)
    """If true, only validate if we can redeem offer code. Otherwise it will actually apply the offer code to the
    account
    """

    _positional = ("offer_code_hash", "validate_only")

    if TYPE_CHECKING:

        def __init__(
            self,
            offer_code_hash: str,
            validate_only: bool,
        ) -> None: ...


__all__ = ["AdsCreditRedeemRequest"]
