# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.label import Label


class LabelError(Model):
    """LabelError (component schema `LabelError`)."""

    data: Optional[Label] = Field("Label")

    error_messages: Optional[List[str]] = Field("list[str]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[Label] = ...,
            error_messages: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["LabelError"]
