# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AudienceDefinitionScope(Model):
    """Generated audience scope to request."""

    scope: Optional[str] = Field("str", enum=("PARTNER", "PINTEREST"))

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            scope: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AudienceDefinitionScope"]
