# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class MediaUploadStatus(Enum):
    """Media upload status"""

    REGISTERED = "registered"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


__all__ = ["MediaUploadStatus"]
