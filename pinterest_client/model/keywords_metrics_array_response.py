# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.keyword_metrics_response import KeywordMetricsResponse


class KeywordsMetricsArrayResponse(Model):
    """KeywordMetricsArrayResponse"""

    data: Optional[List[KeywordMetricsResponse]] = Field("list[KeywordMetricsResponse]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[List[KeywordMetricsResponse]] = ...,
        ) -> None: ...


__all__ = ["KeywordsMetricsArrayResponse"]
