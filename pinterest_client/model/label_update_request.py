# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.label_status import LabelStatus


class LabelUpdateRequest(Model):
    """LabelUpdateRequest"""

    labels: List[LabelUpdateRequestLabelsItem]
    """Labels that you are applying to the campaign."""

    _spec = (
        ('labels', 'list[LabelUpdateRequestLabelsItem]', 'required'),
    )
    _positional = ('labels',)

    if TYPE_CHECKING:

        def __init__(
            self,
            labels: List[LabelUpdateRequestLabelsItem],
        ) -> None: ...


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
    _positional = ('id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            status: Optional[Union[LabelStatus, str]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LabelUpdateRequest", "LabelUpdateRequestLabelsItem"]
