# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsProductGroupStatus(Enum):
    """CatalogsProductGroupStatus (component schema)."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


if TYPE_CHECKING:
    CatalogsProductGroupStatusValue = Literal["ACTIVE", "INACTIVE"]
    """What a parameter typed `CatalogsProductGroupStatus` also takes: one of its values, as is."""


__all__ = ["CatalogsProductGroupStatus"]
