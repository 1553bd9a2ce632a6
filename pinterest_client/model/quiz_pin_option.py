# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class QuizPinOption(Model):
    """This field contains multiple options to a quiz question."""

    id: Optional[float] = Field("float")

    text: Optional[str] = Field("str")
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[float] = ...,
            text: Optional[str] = ...,
        ) -> None: ...


__all__ = ["QuizPinOption"]
