# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class ConversionAccessTokenResponse(Model):
    """A successful conversion access token response."""

    access_token: str = Field("str", required=True)

    token_type: Optional[str] = Field("str")

    _positional = ("access_token",)

    if TYPE_CHECKING:

        def __init__(
            self,
            access_token: str,
            *,
            token_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ConversionAccessTokenResponse"]
