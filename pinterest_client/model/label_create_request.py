# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.label_create_request_labels_item import LabelCreateRequestLabelsItem


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
