# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.label_type import LabelType


class LabelCreateRequestLabelsItem(Model):
    """LabelCreateRequestLabelsItem (inline schema)."""

    label_type: Optional[Union[LabelType, str]]
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a campaign."""

    value: str
    """Label name. 100-character limit."""

    _fields = (
        Field('label_type', 'LabelType', required=True, nullable=True),
        Field('value', 'str', required=True, max_length=100),
    )
