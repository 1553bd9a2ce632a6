# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.pin_media import PinMedia


class SummaryPin(Model):
    """Summarized pin information"""

    alt_text: Optional[str]

    description: Optional[str]

    id: Optional[str]

    link: Optional[str]

    media: Optional[PinMedia]

    title: Optional[str]

    _fields = (
        Field('alt_text', 'str', nullable=True, max_length=500),
        Field('description', 'str', nullable=True),
        Field('id', 'str'),
        Field('link', 'str', nullable=True, max_length=2048),
        Field('media', 'PinMedia', read_only=True),
        Field('title', 'str', nullable=True),
    )
