# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class QuizPinResult(Model):
    """The result, and link out, based on the user’s choice."""

    android_deep_link: Optional[str]

    destination_url: Optional[str]

    ios_deep_link: Optional[str]

    organic_pin_id: Optional[str]

    result_id: Optional[float]

    _fields = (
        Field('android_deep_link', 'str'),
        Field('destination_url', 'str'),
        Field('ios_deep_link', 'str'),
        Field('organic_pin_id', 'str'),
        Field('result_id', 'float'),
    )
