# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class PlacementGroupType(Enum):
    """Campaign placement group type"""

    ALL = "ALL"
    SEARCH = "SEARCH"
    BROWSE = "BROWSE"
    OTHER = "OTHER"


__all__ = ["PlacementGroupType"]
