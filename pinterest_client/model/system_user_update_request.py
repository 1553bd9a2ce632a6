# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class SystemUserUpdateRequest(Model):
    """SystemUserUpdateRequest (inline schema)."""

    name: str = Field("str", required=True)
    """New system user name"""

    _positional = ("name",)

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
        ) -> None: ...


__all__ = ["SystemUserUpdateRequest"]
