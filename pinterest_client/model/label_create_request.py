# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.label_type import LabelType, LabelTypeValue


class LabelCreateRequest(Model):
    """LabelCreateRequest"""

    labels: List[LabelCreateRequestLabelsItem] = Field("list[LabelCreateRequestLabelsItem]", required=True)
    """Labels that you are applying to the campaign."""

    parent_id: str = Field("str", required=True, pattern="^[C]?\\d+$")
    """Unique identifier of the asset you are labelling. Currently, you can only label campaigns."""

    _positional = ("labels", "parent_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            labels: List[LabelCreateRequestLabelsItem],
            parent_id: str,
        ) -> None: ...


class LabelCreateRequestLabelsItem(Model):
    """LabelCreateRequestLabelsItem (inline schema)."""

    label_type: Optional[Union[LabelType, str]] = Field("LabelType", required=True, nullable=True)
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a
    campaign.
    """

    value: str = Field("str", required=True, max_length=100)
    """Label name. 100-character limit."""

    _positional = ("label_type", "value")

    if TYPE_CHECKING:

        def __init__(
            self,
            label_type: Optional[Union[LabelType, LabelTypeValue]],
            value: str,
        ) -> None: ...


__all__ = ["LabelCreateRequest", "LabelCreateRequestLabelsItem"]
