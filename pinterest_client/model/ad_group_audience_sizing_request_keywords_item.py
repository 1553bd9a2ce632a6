# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.match_type_response import MatchTypeResponse


class AdGroupAudienceSizingRequestKeywordsItem(Model):
    """AdGroupAudienceSizingRequestKeywordsItem (inline schema)."""

    match_type: Optional[Union[MatchTypeResponse, str]]
    """Keyword match type"""

    value: str
    """Keyword value (120 chars max)."""

    _fields = (
        Field('match_type', 'MatchTypeResponse', required=True, nullable=True),
        Field('value', 'str', required=True),
    )
