# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class BoardOwner(Model):
    """Board owner containing the username."""

    username: Optional[str]

    _spec = (
        ('username', 'str', 'read_only'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            username: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BoardOwner"]
