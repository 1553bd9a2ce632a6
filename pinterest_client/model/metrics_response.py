# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class MetricsResponse(Model):
    """MetricsResponse (component schema `MetricsResponse`)."""

    data: Optional[List[Dict[str, Any]]] = Field("list[dict[any]]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[List[Dict[str, Any]]] = ...,
        ) -> None: ...


__all__ = ["MetricsResponse"]
