# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class Gender(Enum):
    """Gender (component schema)."""

    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"


__all__ = ["Gender"]
