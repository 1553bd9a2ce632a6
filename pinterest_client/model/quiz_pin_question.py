# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.quiz_pin_option import QuizPinOption


class QuizPinQuestion(Model):
    """A specific quiz inquiry."""

    options: Optional[List[QuizPinOption]]

    question_id: Optional[float]

    question_text: Optional[str]

    _spec = (
        ('options', 'list[QuizPinOption]'),
        ('question_id', 'float'),
        ('question_text', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            options: Optional[List[QuizPinOption]] = ...,
            question_id: Optional[float] = ...,
            question_text: Optional[str] = ...,
        ) -> None: ...


__all__ = ["QuizPinQuestion"]
