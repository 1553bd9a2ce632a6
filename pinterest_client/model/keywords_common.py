# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.match_type_response import MatchTypeResponse, MatchTypeResponseValue


class KeywordsCommon(Model):
    """KeywordsCommon (component schema)."""

    bid: Optional[int] = Field("int", nullable=True)
    """**Note:** bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in
    microcurrency - null if inherited from parent ad group.
    """

    match_type: Optional[Union[MatchTypeResponse, str]] = Field("MatchTypeResponse", required=True, nullable=True)
    """Keyword match type"""

    value: str = Field("str", required=True)
    """Keyword value (120 chars max)."""

    _positional = ("match_type", "value")

    if TYPE_CHECKING:

        def __init__(
            self,
            match_type: Optional[Union[MatchTypeResponse, MatchTypeResponseValue]],
            value: str,
            *,
            bid: Optional[int] = ...,
        ) -> None: ...


__all__ = ["KeywordsCommon"]
