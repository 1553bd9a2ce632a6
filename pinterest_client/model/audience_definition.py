# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AudienceDefinition(Model):
    """Queryable audience representation."""

    date: Optional[str]
    """Generation date"""

    scope: Optional[str]
    """AudienceDefinitionScope"""

    type: Optional[str]
    """AudienceDefinitionType"""

    _fields = (
        Field('date', 'str', nullable=True),
        Field('scope', 'str'),
        Field('type', 'str'),
    )
