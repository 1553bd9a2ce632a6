# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BoardPrivacyFilter(Enum):
    """BoardPrivacyFilter (component schema `BoardPrivacyFilter`)."""

    ALL = "ALL"
    PUBLIC = "PUBLIC"
    PROTECTED = "PROTECTED"
    SECRET = "SECRET"
    PUBLIC_AND_SECRET = "PUBLIC_AND_SECRET"


if TYPE_CHECKING:
    BoardPrivacyFilterValue = Literal["ALL", "PUBLIC", "PROTECTED", "SECRET", "PUBLIC_AND_SECRET"]
    """What a parameter typed `BoardPrivacyFilter` also takes: one of its values, as is."""


__all__ = ["BoardPrivacyFilter"]
