# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AudienceShareType(Enum):
    """AudienceShareType (component schema `AudienceShareType`)."""

    SHARED = "SHARED"
    RECEIVED = "RECEIVED"


if TYPE_CHECKING:
    AudienceShareTypeValue = Literal["SHARED", "RECEIVED"]
    """What a parameter typed `AudienceShareType` also takes: one of its values, as is."""


__all__ = ["AudienceShareType"]
