# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.label import Label
    from pinterest_client.model.label_error import LabelError


class LabelsResponse(Model):
    """LabelsResponse (component schema `LabelsResponse`)."""

    errors: Optional[List[LabelError]]
    """Labels that were not successfully applied."""

    labels: Optional[List[Label]]

    _fields = (
        Field('errors', 'list[LabelError]'),
        Field('labels', 'list[Label]'),
    )
