# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class LabelStatus(Enum):
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


if TYPE_CHECKING:
    LabelStatusValue = Literal["ACTIVE", "ARCHIVED"]
    """What a parameter typed `LabelStatus` also takes: one of its values, as is."""


__all__ = ["LabelStatus"]
