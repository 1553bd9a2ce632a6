# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.targeting_spec import TargetingSpec


class TargetingTemplateUpdateRequest(Model):
    """TargetingTemplateUpdateRequest (component schema `TargetingTemplateUpdateRequest`)."""

    id: str = Field("str", required=True, pattern="^\\d+$")
    """Targeting template ID"""

    operation_type: str = Field("str", required=True, enum=("REMOVE", "UPDATE"))

    targeting_attributes: Optional[TargetingSpec] = Field("TargetingSpec")
    """targeting profile attributes"""

    _positional = ("id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            operation_type: Optional[str] = ...,
            targeting_attributes: Optional[TargetingSpec] = ...,
        ) -> None: ...


__all__ = ["TargetingTemplateUpdateRequest"]
