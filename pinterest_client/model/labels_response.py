# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.label import Label
    from pinterest_client.model.label_error import LabelError


class LabelsResponse(Model):
    """LabelsResponse (component schema `LabelsResponse`)."""

    errors: Optional[List[LabelError]] = Field("list[LabelError]")
    """Labels that were not successfully applied."""

    labels: Optional[List[Label]] = Field("list[Label]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[LabelError]] = ...,
            labels: Optional[List[Label]] = ...,
        ) -> None: ...


__all__ = ["LabelsResponse"]
