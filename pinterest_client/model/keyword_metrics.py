# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class KeywordMetrics(Model):
    """Keyword metrics JSON"""

    keyword_query_volume: Optional[str] = Field("str")
    """Keyword's search frequency. This value is based on keyword frequency in pepsi client response"""

    avg_cpc_in_micro_currency: Optional[float] = Field("float")
    """Deprecated: Pinterest dropped this property after spec 5.14.0. Average cost per click"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            keyword_query_volume: Optional[str] = ...,
            avg_cpc_in_micro_currency: Optional[float] = ...,
        ) -> None: ...


__all__ = ["KeywordMetrics"]
