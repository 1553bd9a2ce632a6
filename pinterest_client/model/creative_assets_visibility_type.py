# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class CreativeAssetsVisibilityType(Enum):
    """Creative assets visibility."""

    VISIBLE = "VISIBLE"
    HIDDEN = "HIDDEN"


__all__ = ["CreativeAssetsVisibilityType"]
