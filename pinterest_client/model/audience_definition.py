# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AudienceDefinition(Model):
    """Queryable audience representation."""

    date: Optional[str] = Field("str", nullable=True)
    """Generation date"""

    scope: Optional[str] = Field("str")
    """AudienceDefinitionScope"""

    type: Optional[str] = Field("str")
    """AudienceDefinitionType"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date: Optional[str] = ...,
            scope: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AudienceDefinition"]
