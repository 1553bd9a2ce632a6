# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class CatalogsProductGroupStatus(Enum):
    """CatalogsProductGroupStatus (component schema)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


__all__ = ["CatalogsProductGroupStatus"]
