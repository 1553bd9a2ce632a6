# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class Interest(Model):
    """Interest"""

    canonical_url: Optional[str] = Field("str")

    id: Optional[str] = Field("str", pattern="^\\d+$")

    key: Optional[str] = Field("str")

    name: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            canonical_url: Optional[str] = ...,
            id: Optional[str] = ...,
            key: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Interest"]
