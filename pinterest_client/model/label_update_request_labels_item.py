# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.label_status import LabelStatus


class LabelUpdateRequestLabelsItem(Model):
    """LabelUpdateRequestLabelsItem (inline schema)."""

    id: str
    """Label ID."""

    status: Optional[Union[LabelStatus, str]]
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    value: Optional[str]
    """Label name. 100-character limit."""

    _fields = (
        Field('id', 'str', required=True),
        Field('status', 'LabelStatus', nullable=True),
        Field('value', 'str', max_length=100),
    )
