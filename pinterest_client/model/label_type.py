# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class LabelType(Enum):
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a campaign."""

    BRAND = "BRAND"
    CUSTOM = "CUSTOM"


__all__ = ["LabelType"]
