# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.quiz_pin_option import QuizPinOption


class QuizPinQuestion(Model):
    """A specific quiz inquiry."""

    options: Optional[List[QuizPinOption]] = Field("list[QuizPinOption]")

    question_id: Optional[float] = Field("float")

    question_text: Optional[str] = Field("str")
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            options: Optional[List[QuizPinOption]] = ...,
            question_id: Optional[float] = ...,
            question_text: Optional[str] = ...,
        ) -> None: ...


__all__ = ["QuizPinQuestion"]
