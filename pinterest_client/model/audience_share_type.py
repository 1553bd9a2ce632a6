# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AudienceShareType(Enum):
    """AudienceShareType (component schema `AudienceShareType`)."""

    SHARED = "SHARED"
    RECEIVED = "RECEIVED"


__all__ = ["AudienceShareType"]
