# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BoardPrivacy(Enum):
    """BoardPrivacy (component schema)."""

    PUBLIC = "PUBLIC"
    PROTECTED = "PROTECTED"
    SECRET = "SECRET"


if TYPE_CHECKING:
    BoardPrivacyValue = Literal["PUBLIC", "PROTECTED", "SECRET"]
    """What a parameter typed `BoardPrivacy` also takes: one of its values, as is."""


__all__ = ["BoardPrivacy"]
