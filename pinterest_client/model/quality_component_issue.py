# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class QualityComponentIssue(Model):
    """Details of an issue with a quality component."""

    id: str = Field("str", required=True)
    """Unique identifier for the issue check."""

    name: str = Field("str", required=True)
    """Human-readable name of the issue."""

    reason: str = Field("str", required=True)
    """Detailed reason for the issue."""

    _positional = ("id", "name", "reason")

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            name: str,
            reason: str,
        ) -> None: ...


__all__ = ["QualityComponentIssue"]
