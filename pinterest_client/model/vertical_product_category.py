# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class VerticalProductCategory(Enum):
    """List of verticals for product categories."""

    FASHION = "FASHION"
    HOME_DECOR = "HOME_DECOR"
    BEAUTY = "BEAUTY"


__all__ = ["VerticalProductCategory"]
