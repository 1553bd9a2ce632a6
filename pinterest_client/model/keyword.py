# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.match_type_response import MatchTypeResponse


class Keyword(Model):
    """Keyword (component schema `Keyword`)."""

    bid: Optional[int]
    """</p><strong>Note:</strong> bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in microcurrency - null if inherited from parent ad group."""

    match_type: Optional[Union[MatchTypeResponse, str]]
    """Keyword match type"""

    value: str
    """Keyword value (120 chars max)."""

    archived: Optional[bool]

    id: Optional[str]
    """Keyword ID ."""

    parent_id: Optional[str]
    """Keyword parent entity ID (advertiser, campaign, ad group)."""

    parent_type: Optional[str]
    """Parent entity type"""

    type: Optional[str]
    """Always keyword"""

    _spec = (
        ('bid', 'int', 'nullable'),
        ('match_type', 'MatchTypeResponse', 'required nullable'),
        ('value', 'str', 'required'),
        ('archived', 'bool'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('parent_id', 'str', '', {'pattern': '^\\d+$'}),
        ('parent_type', 'str'),
        ('type', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bid: Optional[int] = ...,
            match_type: Optional[Union[MatchTypeResponse, str]] = ...,
            value: Optional[str] = ...,
            archived: Optional[bool] = ...,
            id: Optional[str] = ...,
            parent_id: Optional[str] = ...,
            parent_type: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Keyword"]
