# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.label_status import LabelStatus
    from pinterest_client.model.label_type import LabelType


class Label(Model):
    """Label (component schema `Label`)."""

    id: Optional[str]
    """Label ID."""

    label_type: Optional[Union[LabelType, str]]
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a campaign."""

    parent_id: Optional[str]
    """Label parent entity ID."""

    parent_type: Optional[str]
    """Label parent entity type."""

    status: Optional[Union[LabelStatus, str]]
    """The new status you want to give the label, either `ACTIVE` (in use) or no longer in use (`ARCHIVED`)."""

    value: Optional[str]
    """Label name."""

    _spec = (
        ('id', 'str'),
        ('label_type', 'LabelType', 'nullable'),
        ('parent_id', 'str'),
        ('parent_type', 'str', 'nullable', {'enum': ('CAMPAIGN',)}),
        ('status', 'LabelStatus', 'nullable'),
        ('value', 'str', '', {'max_length': 100}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            label_type: Optional[Union[LabelType, str]] = ...,
            parent_id: Optional[str] = ...,
            parent_type: Optional[str] = ...,
            status: Optional[Union[LabelStatus, str]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Label"]
