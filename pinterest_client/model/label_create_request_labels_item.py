# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.label_type import LabelType


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
