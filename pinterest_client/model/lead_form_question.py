# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.lead_form_question_field_type import (
        LeadFormQuestionFieldType,
        LeadFormQuestionFieldTypeValue,
    )
    from pinterest_client.model.lead_form_question_type import LeadFormQuestionType, LeadFormQuestionTypeValue


class LeadFormQuestion(Model):
    """LeadFormQuestion (component schema)."""

    custom_question_field_type: Optional[Union[LeadFormQuestionFieldType, str]] = Field(
        "LeadFormQuestionFieldType", nullable=True
    )
    """Lead form question field type"""

    custom_question_label: Optional[str] = Field("str", nullable=True)
    """Question label for a custom question."""

    custom_question_options: Optional[List[str]] = Field("list[str]", nullable=True, max_items=5, min_items=0)
    """Question options for a custom question."""

    question_type: Optional[Union[LeadFormQuestionType, str]] = Field("LeadFormQuestionType")
    """Lead form question type"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            custom_question_field_type: Optional[
                Union[LeadFormQuestionFieldType, LeadFormQuestionFieldTypeValue]
            ] = ...,
            custom_question_label: Optional[str] = ...,
            custom_question_options: Optional[List[str]] = ...,
            question_type: Optional[Union[LeadFormQuestionType, LeadFormQuestionTypeValue]] = ...,
        ) -> None: ...


__all__ = ["LeadFormQuestion"]
