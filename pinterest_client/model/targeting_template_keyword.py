# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.match_type import MatchType


class TargetingTemplateKeyword(Model):
    """TargetingTemplateKeyword (component schema)."""

    match_type: Optional[Union[MatchType, str]]
    """Keyword match type"""

    value: Optional[str]
    """The keyword targeting (120 chars max)."""

    _fields = (
        Field('match_type', 'MatchType'),
        Field('value', 'str'),
    )
