# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.label_update_request_labels_item import LabelUpdateRequestLabelsItem


class LabelUpdateRequest(Model):
    """LabelUpdateRequest"""

    labels: List[LabelUpdateRequestLabelsItem]
    """Labels that you are applying to the campaign."""

    _fields = (
        Field('labels', 'list[LabelUpdateRequestLabelsItem]', required=True),
    )
