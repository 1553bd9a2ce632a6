# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class GridClickType(Enum):
    """Where a user is taken after clicking on an ad in grid.

    **Note:**  This parameter is read-only and is set to DIRECT_TO_DESTINATION by default for direct links supported
    ads.  grid_click_type values provided will be ignored.
    """

    CLOSEUP = "CLOSEUP"
    DIRECT_TO_DESTINATION = "DIRECT_TO_DESTINATION"


if TYPE_CHECKING:
    GridClickTypeValue = Literal["CLOSEUP", "DIRECT_TO_DESTINATION"]
    """What a parameter typed `GridClickType` also takes: one of its values, as is."""


__all__ = ["GridClickType"]
