# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ItemProcessingStatus(Enum):
    """The status of the item processing record"""

    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
    PROCESSING = "PROCESSING"


if TYPE_CHECKING:
    ItemProcessingStatusValue = Literal["SUCCESS", "FAILURE", "PROCESSING"]
    """What a parameter typed `ItemProcessingStatus` also takes: one of its values, as is."""


__all__ = ["ItemProcessingStatus"]
