# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class ActionType(Enum):
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    CLICKTHROUGH = "CLICKTHROUGH"
    IMPRESSION = "IMPRESSION"
    VIDEO_V_50_MRC = "VIDEO_V_50_MRC"


__all__ = ["ActionType"]
