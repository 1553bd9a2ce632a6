# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class TokenRevocationRequest(Model):
    """Describes the valid schema for token revocation requests."""

    token: str = Field("str", required=True)
    """The token to revoke."""

    token_type_hint: Optional[str] = Field("str", enum=("access_token", "refresh_token"))
    """The type of the token to revoke. Please refer to [our developer guide for more
    information](https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/) for
    more information.
    """

    _positional = ("token",)

    if TYPE_CHECKING:

        def __init__(
            self,
            token: str,
            *,
            token_type_hint: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TokenRevocationRequest"]
