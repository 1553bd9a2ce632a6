# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.audience_definition import AudienceDefinition


class AudienceDefinitionResponse(Model):
    """AudienceDefinitionResponse (component schema `AudienceDefinitionResponse`)."""

    items: Optional[List[AudienceDefinition]] = Field("list[AudienceDefinition]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[AudienceDefinition]] = ...,
        ) -> None: ...


__all__ = ["AudienceDefinitionResponse"]
