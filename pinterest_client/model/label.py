# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.label_status import LabelStatus, LabelStatusValue
    from pinterest_client.model.label_type import LabelType, LabelTypeValue


class Label(Model):
    """Label (component schema `Label`)."""

    id: Optional[str] = Field("str")
    """Label ID."""

    label_type: Optional[Union[LabelType, str]] = Field("LabelType", nullable=True)
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a
    campaign.
    """

    parent_id: Optional[str] = Field("str")
    """Label parent entity ID."""

    parent_type: Optional[str] = Field("str", nullable=True, enum=("CAMPAIGN",))
    """Label parent entity type."""

    status: Optional[Union[LabelStatus, str]] = Field("LabelStatus", nullable=True)
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    value: Optional[str] = Field("str", max_length=100)
    """Label name."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            label_type: Optional[Union[LabelType, LabelTypeValue]] = ...,
            parent_id: Optional[str] = ...,
            parent_type: Optional[str] = ...,
            status: Optional[Union[LabelStatus, LabelStatusValue]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Label"]
