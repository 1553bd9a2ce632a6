# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.keyword_metrics_response import KeywordMetricsResponse


class KeywordsMetricsArrayResponse(Model):
    """KeywordMetricsArrayResponse"""

    data: Optional[List[KeywordMetricsResponse]]

    _fields = (
        Field('data', 'list[KeywordMetricsResponse]'),
    )
