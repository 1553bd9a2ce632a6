# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.match_type_response import MatchTypeResponse, MatchTypeResponseValue


class Keyword(Model):
    """Keyword (component schema `Keyword`)."""

    bid: Optional[int] = Field("int", nullable=True)
    """**Note:** bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in
    microcurrency - null if inherited from parent ad group.
    """

    match_type: Optional[Union[MatchTypeResponse, str]] = Field("MatchTypeResponse", required=True, nullable=True)
    """Keyword match type"""

    value: str = Field("str", required=True)
    """Keyword value (120 chars max)."""

    archived: Optional[bool] = Field("bool")

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Keyword ID ."""

    parent_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Keyword parent entity ID (advertiser, campaign, ad group)."""

    parent_type: Optional[str] = Field("str")
    """Parent entity type"""

    type: Optional[str] = Field("str")
    """Always keyword"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bid: Optional[int] = ...,
            match_type: Optional[Union[MatchTypeResponse, MatchTypeResponseValue]] = ...,
            value: Optional[str] = ...,
            archived: Optional[bool] = ...,
            id: Optional[str] = ...,
            parent_id: Optional[str] = ...,
            parent_type: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Keyword"]
