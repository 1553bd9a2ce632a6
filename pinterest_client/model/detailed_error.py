# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict


class DetailedError(Model):
    """Used for including extra details to a base error"""

    code: int = Field("int", required=True)

    details: Dict[str, Any] = Field("dict[any]", required=True)

    message: str = Field("str", required=True)

    _positional = ("code", "message", "details")

    if TYPE_CHECKING:

        def __init__(
            self,
            code: int,
            message: str,
            details: Dict[str, Any],
        ) -> None: ...


__all__ = ["DetailedError"]
