# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AdPinId(Model):
    """AdPinId (component schema `AdPinId`)."""

    pin_id: Optional[str]
    """Pin ID."""

    _spec = (
        ('pin_id', 'str', '', {'pattern': '^\\d+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            pin_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdPinId"]
