# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.label_type import LabelType


class LabelCreateRequest(Model):
    """LabelCreateRequest"""

    labels: List[LabelCreateRequestLabelsItem]
    """Labels that you are applying to the campaign."""

    parent_id: str
    """Unique identifier of the asset you are labelling. Currently, you can only label campaigns."""

    _spec = (
        ('labels', 'list[LabelCreateRequestLabelsItem]', 'required'),
        ('parent_id', 'str', 'required', {'pattern': '^[C]?\\d+$'}),
    )
    _positional = ('labels', 'parent_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            labels: List[LabelCreateRequestLabelsItem],
            parent_id: str,
        ) -> None: ...


class LabelCreateRequestLabelsItem(Model):
    """LabelCreateRequestLabelsItem (inline schema)."""

    label_type: Optional[Union[LabelType, str]]
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a campaign."""

    value: str
    """Label name. 100-character limit."""

    _spec = (
        ('label_type', 'LabelType', 'required nullable'),
        ('value', 'str', 'required', {'max_length': 100}),
    )
    _positional = ('label_type', 'value')

    if TYPE_CHECKING:

        def __init__(
            self,
            label_type: Optional[Union[LabelType, str]],
            value: str,
        ) -> None: ...


__all__ = ["LabelCreateRequest", "LabelCreateRequestLabelsItem"]
