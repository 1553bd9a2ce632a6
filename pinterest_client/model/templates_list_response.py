# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.template_response import TemplateResponse


class TemplatesListResponse(Model):
    """TemplatesListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[TemplateResponse]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[TemplateResponse]', required=True),
    )
