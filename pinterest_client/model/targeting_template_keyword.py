# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.match_type import MatchType, MatchTypeValue


class TargetingTemplateKeyword(Model):
    """TargetingTemplateKeyword (component schema)."""

    match_type: Optional[Union[MatchType, str]] = Field("MatchType")
    """Keyword match type"""

    value: Optional[str] = Field("str")
    """The keyword targeting (120 chars max)."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            match_type: Optional[Union[MatchType, MatchTypeValue]] = ...,
            value: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TargetingTemplateKeyword"]
