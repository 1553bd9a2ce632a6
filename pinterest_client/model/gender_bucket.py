# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class GenderBucket(Enum):
    """GenderBucket (component schema `GenderBucket`)."""

    MALE = "MALE"
    FEMALE = "FEMALE"
    UNSPECIFIED = "UNSPECIFIED"


if TYPE_CHECKING:
    GenderBucketValue = Literal["MALE", "FEMALE", "UNSPECIFIED"]
    """What a parameter typed `GenderBucket` also takes: one of its values, as is."""


__all__ = ["GenderBucket"]
