# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.summary_pin import SummaryPin


class SearchPartnerPinsResponse(Model):
    """SearchPartnerPinsResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[SummaryPin]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[SummaryPin]', required=True),
    )
