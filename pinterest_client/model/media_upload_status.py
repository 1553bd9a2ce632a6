# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class MediaUploadStatus(Enum):
    """Media upload status"""

    REGISTERED = "registered"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


if TYPE_CHECKING:
    MediaUploadStatusValue = Literal["registered", "processing", "succeeded", "failed"]
    """What a parameter typed `MediaUploadStatus` also takes: one of its values, as is."""


__all__ = ["MediaUploadStatus"]
