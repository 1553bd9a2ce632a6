# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AudienceSharingType(Enum):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the original client.

    Audience sharing type: ["CUSTOM", "SYNDICATED"]
    """

    CUSTOM = "CUSTOM"
    SYNDICATED = "SYNDICATED"


__all__ = ["AudienceSharingType"]
