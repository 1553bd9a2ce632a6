# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class MediaUploadType(Enum):
    """Media upload type"""

    VIDEO = "video"


__all__ = ["MediaUploadType"]
