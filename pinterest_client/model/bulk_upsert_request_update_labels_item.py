# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class BulkUpsertRequestUpdateLabelsItem(Model):
    """LabelBulkUpdateRequest"""

    id: str
    """Label ID."""

    status: Optional[str]
    """Set status to `ARCHIVED` to remove the label from the parent entity."""

    value: Optional[str]
    """</p><strong>Note:</strong> value field will be deprecated. Label name. 100-character limit."""

    _spec = (
        ('id', 'str', 'required'),
        ('status', 'str', '', {'enum': ('ARCHIVED',)}),
        ('value', 'str', '', {'max_length': 100}),
    )
