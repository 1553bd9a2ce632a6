# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model


class QualityComponentIssue(Model):
    """Details of an issue with a quality component."""

    id: str
    """Unique identifier for the issue check."""

    name: str
    """Human-readable name of the issue."""

    reason: str
    """Detailed reason for the issue."""

    _spec = (
        ('id', 'str', 'required'),
        ('name', 'str', 'required'),
        ('reason', 'str', 'required'),
    )
    _positional = ('id', 'name', 'reason')

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            name: str,
            reason: str,
        ) -> None: ...


__all__ = ["QualityComponentIssue"]
