# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.quiz_pin_question import QuizPinQuestion
    from pinterest_client.model.quiz_pin_result import QuizPinResult


class QuizPinData(Model):
    """This field includes all quiz data including questions, options, and results."""

    questions: Optional[List[QuizPinQuestion]]

    results: Optional[List[QuizPinResult]]

    tie_breaker_custom_result: Optional[QuizPinResult]
    """The result, and link out, based on the user’s choice."""

    tie_breaker_type: Optional[str]
    """Quiz ad tie breaker type, default is RANDOM"""

    _fields = (
        Field('questions', 'list[QuizPinQuestion]'),
        Field('results', 'list[QuizPinResult]'),
        Field('tie_breaker_custom_result', 'QuizPinResult', nullable=True),
        Field('tie_breaker_type', 'str', enum=('RANDOM', 'CUSTOM')),
    )
