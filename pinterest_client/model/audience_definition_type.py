# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AudienceDefinitionType(Model):
    """Generated audience type to request."""

    scope: Optional[str]

    _fields = (
        Field('scope', 'str', enum=('IMPRESSION_PLUS_ENGAGEMENT', 'ENGAGEMENT')),
    )
