# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.keyword_metrics import KeywordMetrics


class KeywordMetricsResponse(Model):
    """KeywordMetricsResponse"""

    keyword: Optional[str]
    """Keyword name, e.g., "keyword":"fashion outfits" """

    metrics: Optional[KeywordMetrics]
    """Keyword metrics JSON"""

    _fields = (
        Field('keyword', 'str'),
        Field('metrics', 'KeywordMetrics'),
    )
