# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class Error(Model):
    """Error"""

    code: int = Field("int", required=True)

    message: str = Field("str", required=True)

    _positional = ("code", "message")

    if TYPE_CHECKING:

        def __init__(
            self,
            code: int,
            message: str,
        ) -> None: ...


__all__ = ["Error"]
