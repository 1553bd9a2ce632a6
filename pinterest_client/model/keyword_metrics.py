# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class KeywordMetrics(Model):
    """Keyword metrics JSON"""

    keyword_query_volume: Optional[str]
    """Keyword's search frequency. This value is based on keyword frequency in pepsi client response"""

    _fields = (
        Field('keyword_query_volume', 'str'),
    )
