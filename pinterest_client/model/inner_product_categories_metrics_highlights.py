# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class InnerProductCategoriesMetricsHighlights(Model):
    """InnerProductCategoriesMetricsHighlights (component schema `InnerProductCategoriesMetricsHighlights`)."""

    pct_change_mom: float = Field("float", required=True)
    """Month-over-month percentage change"""

    _positional = ("pct_change_mom",)

    if TYPE_CHECKING:

        def __init__(
            self,
            pct_change_mom: float,
        ) -> None: ...


__all__ = ["InnerProductCategoriesMetricsHighlights"]
