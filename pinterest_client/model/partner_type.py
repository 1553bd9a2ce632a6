# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class PartnerType(Enum):
    """PartnerType (component schema `PartnerType`)."""

    INTERNAL = "INTERNAL"
    EXTERNAL = "EXTERNAL"


__all__ = ["PartnerType"]
