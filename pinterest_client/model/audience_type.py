# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AudienceType(Enum):
    """Audience type"""

    CUSTOMER_LIST = "CUSTOMER_LIST"
    VISITOR = "VISITOR"
    ENGAGEMENT = "ENGAGEMENT"
    ACTALIKE = "ACTALIKE"
    PERSONA = "PERSONA"


__all__ = ["AudienceType"]
