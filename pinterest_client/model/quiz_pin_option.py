# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class QuizPinOption(Model):
    """This field contains multiple options to a quiz question."""

    id: Optional[float]

    text: Optional[str]

    _fields = (
        Field('id', 'float'),
        Field('text', 'str'),
    )
