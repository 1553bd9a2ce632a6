# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class KeywordUpdate(Model):
    """KeywordUpdate"""

    archived: Optional[bool] = Field("bool")
    """Is keyword archived?"""

    bid: Optional[int] = Field("int", nullable=True)
    """**Note:** bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in
    microcurrency - null if inherited from parent ad group.
    """

    id: str = Field("str", required=True, pattern="^\\d+$")
    """Keyword ID."""

    _positional = ("id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            archived: Optional[bool] = ...,
            bid: Optional[int] = ...,
        ) -> None: ...


__all__ = ["KeywordUpdate"]
