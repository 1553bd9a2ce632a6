# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class Paginated(Model):
    """Paginated (component schema `Paginated`)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[Dict[str, Any]] = Field("list[dict[any]]", required=True)

    _positional = ("items",)

    if TYPE_CHECKING:

        def __init__(
            self,
            items: List[Dict[str, Any]],
            *,
            bookmark: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Paginated"]
