# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.label_update_request_labels_item import LabelUpdateRequestLabelsItem


class LabelUpdateRequest(Model):
    """LabelUpdateRequest"""

    labels: List[LabelUpdateRequestLabelsItem]
    """Labels that you are applying to the campaign."""

    _spec = (
        ('labels', 'list[LabelUpdateRequestLabelsItem]', 'required'),
    )
