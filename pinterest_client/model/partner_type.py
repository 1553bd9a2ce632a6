# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class PartnerType(Enum):
    """PartnerType (component schema `PartnerType`)."""

    INTERNAL = "INTERNAL"
    EXTERNAL = "EXTERNAL"


if TYPE_CHECKING:
    PartnerTypeValue = Literal["INTERNAL", "EXTERNAL"]
    """What a parameter typed `PartnerType` also takes: one of its values, as is."""


__all__ = ["PartnerType"]
