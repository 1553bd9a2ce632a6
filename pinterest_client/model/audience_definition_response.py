# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.audience_definition import AudienceDefinition


class AudienceDefinitionResponse(Model):
    """AudienceDefinitionResponse (component schema `AudienceDefinitionResponse`)."""

    items: Optional[List[AudienceDefinition]]

    _fields = (
        Field('items', 'list[AudienceDefinition]'),
    )
