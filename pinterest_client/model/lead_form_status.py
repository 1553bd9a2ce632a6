# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class LeadFormStatus(Enum):
    """Status of the lead form"""

    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"


__all__ = ["LeadFormStatus"]
