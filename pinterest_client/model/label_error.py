# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.label import Label


class LabelError(Model):
    """LabelError (component schema `LabelError`)."""

    data: Optional[Label]

    error_messages: Optional[List[str]]

    _fields = (
        Field('data', 'Label'),
        Field('error_messages', 'list[str]'),
    )
