# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class AdsCreditRedeemRequest(Model):
    """AdsCreditRedeemRequest (component schema `AdsCreditRedeemRequest`)."""

    offerCodeHash: str
    """Takes in a SHA256 hash of the offerCode."""

    validateOnly: bool
    """If true, only validate if we can redeem offer code. Otherwise it will actually apply the offer code to the account"""

    _spec = (
        ('offerCodeHash', 'str', 'required', {'pattern': '^[a-z0-9]*$'}),
        ('validateOnly', 'bool', 'required'),
    )
