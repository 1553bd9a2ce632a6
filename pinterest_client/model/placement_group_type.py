# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class PlacementGroupType(Enum):
    """Campaign placement group type"""

    ALL = "ALL"
    SEARCH = "SEARCH"
    BROWSE = "BROWSE"
    OTHER = "OTHER"


if TYPE_CHECKING:
    PlacementGroupTypeValue = Literal["ALL", "SEARCH", "BROWSE", "OTHER"]
    """What a parameter typed `PlacementGroupType` also takes: one of its values, as is."""


__all__ = ["PlacementGroupType"]
