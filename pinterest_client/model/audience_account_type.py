# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AudienceAccountType(Enum):
    """AudienceAccountType (component schema `AudienceAccountType`)."""

    AD_ACCOUNT = "AD_ACCOUNT"
    BUSINESS_ACCOUNT = "BUSINESS_ACCOUNT"


__all__ = ["AudienceAccountType"]
