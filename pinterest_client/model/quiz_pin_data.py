# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.quiz_pin_question import QuizPinQuestion
    from pinterest_client.model.quiz_pin_result import QuizPinResult


class QuizPinData(Model):
    """This field includes all quiz data including questions, options, and results."""

    questions: Optional[List[QuizPinQuestion]] = Field("list[QuizPinQuestion]")

    results: Optional[List[QuizPinResult]] = Field("list[QuizPinResult]")

    tie_breaker_custom_result: Optional[QuizPinResult] = Field("QuizPinResult", nullable=True)
    """The result, and link out, based on the user’s choice."""

    tie_breaker_type: Optional[str] = Field("str", enum=("RANDOM", "CUSTOM"))
    """Quiz ad tie breaker type, default is RANDOM"""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            questions: Optional[List[QuizPinQuestion]] = ...,
            results: Optional[List[QuizPinResult]] = ...,
            tie_breaker_custom_result: Optional[QuizPinResult] = ...,
            tie_breaker_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["QuizPinData"]
