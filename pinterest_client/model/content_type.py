# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class ContentType(Enum):
    """ContentType (component schema)."""

    IMAGE_JPEG = "image/jpeg"
    IMAGE_PNG = "image/png"


__all__ = ["ContentType"]
