# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class UserSummary(Model):
    """UserSummary"""

    type: Optional[str] = Field("str")
    """Always "user" """

    username: Optional[str] = Field("str")
    """Username"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: Optional[str] = ...,
            username: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UserSummary"]
