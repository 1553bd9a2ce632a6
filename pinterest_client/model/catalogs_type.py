# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class CatalogsType(Enum):
    """Type of the catalog entity."""

    RETAIL = "RETAIL"
    HOTEL = "HOTEL"
    CREATIVE_ASSETS = "CREATIVE_ASSETS"


__all__ = ["CatalogsType"]
