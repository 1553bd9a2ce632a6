# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.pin_media import PinMedia


class SummaryPin(Model):
    """Summarized pin information"""

    alt_text: Optional[str]

    description: Optional[str]

    id: Optional[str]

    link: Optional[str]

    media: Optional[PinMedia]

    title: Optional[str]

    _spec = (
        ('alt_text', 'str', 'nullable', {'max_length': 500}),
        ('description', 'str', 'nullable'),
        ('id', 'str'),
        ('link', 'str', 'nullable', {'max_length': 2048}),
        ('media', 'PinMedia', 'read_only'),
        ('title', 'str', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            alt_text: Optional[str] = ...,
            description: Optional[str] = ...,
            id: Optional[str] = ...,
            link: Optional[str] = ...,
            media: Optional[PinMedia] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["SummaryPin"]
