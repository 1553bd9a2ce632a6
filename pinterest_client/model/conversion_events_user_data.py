# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class ConversionEventsUserData(UnionModel):
    """Object containing customer information data. Note, It is required at least one of 1) em, 2) hashed_maids or 3) pair client_ip_address + client_user_agent.

    One of: `ConversionEventsUserDataProperties`.
    """

    _variants = ('ConversionEventsUserDataProperties',)
