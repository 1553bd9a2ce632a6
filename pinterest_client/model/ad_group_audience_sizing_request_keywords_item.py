# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.match_type_response import MatchTypeResponse


class AdGroupAudienceSizingRequestKeywordsItem(Model):
    """AdGroupAudienceSizingRequestKeywordsItem (inline schema)."""

    match_type: Optional[Union[MatchTypeResponse, str]]
    """Keyword match type"""

    value: str
    """Keyword value (120 chars max)."""

    _spec = (
        ('match_type', 'MatchTypeResponse', 'required nullable'),
        ('value', 'str', 'required'),
    )
