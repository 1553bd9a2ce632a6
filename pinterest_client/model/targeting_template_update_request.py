# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.targeting_spec import TargetingSpec


class TargetingTemplateUpdateRequest(Model):
    """TargetingTemplateUpdateRequest (component schema `TargetingTemplateUpdateRequest`)."""

    id: str
    """Targeting template ID"""

    operation_type: str

    targeting_attributes: Optional[TargetingSpec]
    """targeting profile attributes"""

    _spec = (
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation_type', 'str', 'required', {'enum': ('REMOVE', 'UPDATE')}),
        ('targeting_attributes', 'TargetingSpec'),
    )
    _positional = ('id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            operation_type: Optional[str] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
        ) -> None: ...


__all__ = ["TargetingTemplateUpdateRequest"]
