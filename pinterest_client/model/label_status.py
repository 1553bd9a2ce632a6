# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class LabelStatus(Enum):
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


__all__ = ["LabelStatus"]
