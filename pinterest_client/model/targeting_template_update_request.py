# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.targeting_spec import TargetingSpec


class TargetingTemplateUpdateRequest(Model):
    """TargetingTemplateUpdateRequest (component schema `TargetingTemplateUpdateRequest`)."""

    id: str
    """Targeting template ID"""

    operation_type: str

    targeting_attributes: Optional[TargetingSpec]
    """targeting profile attributes"""

    _fields = (
        Field('id', 'str', required=True, pattern='^\\d+$'),
        Field('operation_type', 'str', required=True, enum=('REMOVE', 'UPDATE')),
        Field('targeting_attributes', 'TargetingSpec'),
    )
