# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AudienceDefinition(Model):
    """Queryable audience representation."""

    date: Optional[str]
    """Generation date"""

    scope: Optional[str]
    """AudienceDefinitionScope"""

    type: Optional[str]
    """AudienceDefinitionType"""

    _spec = (
        ('date', 'str', 'nullable'),
        ('scope', 'str'),
        ('type', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date: Optional[str] = ...,
            scope: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AudienceDefinition"]
