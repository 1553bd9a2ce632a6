# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class InviteStatus(Enum):
    """The current status of the invite."""

    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    DECLINED = "DECLINED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"


if TYPE_CHECKING:
    InviteStatusValue = Literal["PENDING", "ACCEPTED", "DECLINED", "CANCELLED", "EXPIRED"]
    """What a parameter typed `InviteStatus` also takes: one of its values, as is."""


__all__ = ["InviteStatus"]
