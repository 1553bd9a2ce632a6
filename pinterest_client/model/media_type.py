# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class MediaType(Enum):
    """MediaType (component schema)."""

    IMAGE = "IMAGE"
    VIDEO = "VIDEO"


__all__ = ["MediaType"]
