# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.label_status import LabelStatus


class LabelUpdateRequestLabelsItem(Model):
    """LabelUpdateRequestLabelsItem (inline schema)."""

    id: str
    """Label ID."""

    status: Optional[Union[LabelStatus, str]]
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    value: Optional[str]
    """Label name. 100-character limit."""

    _spec = (
        ('id', 'str', 'required'),
        ('status', 'LabelStatus', 'nullable'),
        ('value', 'str', '', {'max_length': 100}),
    )
