# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.quiz_pin_option import QuizPinOption


class QuizPinQuestion(Model):
    """A specific quiz inquiry."""

    options: Optional[List[QuizPinOption]]

    question_id: Optional[float]

    question_text: Optional[str]

    _fields = (
        Field('options', 'list[QuizPinOption]'),
        Field('question_id', 'float'),
        Field('question_text', 'str'),
    )
