# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.keyword_metrics import KeywordMetrics


class KeywordMetricsResponse(Model):
    """KeywordMetricsResponse"""

    keyword: Optional[str] = Field("str")
    """Keyword name, e.g., "keyword":"fashion outfits" """

    metrics: Optional[KeywordMetrics] = Field("KeywordMetrics")
    """Keyword metrics JSON"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            keyword: Optional[str] = ...,
            metrics: Optional[KeywordMetrics] = ...,
        ) -> None: ...


__all__ = ["KeywordMetricsResponse"]
