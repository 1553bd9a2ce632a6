# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.label_status import LabelStatus, LabelStatusValue


class LabelUpdateRequest(Model):
    """LabelUpdateRequest"""

    labels: List[LabelUpdateRequestLabelsItem] = Field("list[LabelUpdateRequestLabelsItem]", required=True)
    """Labels that you are applying to the campaign."""

    _positional = ("labels",)

    if TYPE_CHECKING:

        def __init__(
            self,
            labels: List[LabelUpdateRequestLabelsItem],
        ) -> None: ...


class LabelUpdateRequestLabelsItem(Model):
    """LabelUpdateRequestLabelsItem (inline schema)."""

    id: str = Field("str", required=True)
    """Label ID."""

    status: Optional[Union[LabelStatus, str]] = Field("LabelStatus", nullable=True)
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    value: Optional[str] = Field("str", max_length=100)
    """Label name. 100-character limit."""

    _positional = ("id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            status: Optional[Union[LabelStatus, LabelStatusValue]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LabelUpdateRequest", "LabelUpdateRequestLabelsItem"]
