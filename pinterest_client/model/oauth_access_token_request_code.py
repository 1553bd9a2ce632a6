# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class OauthAccessTokenRequestCode(Model):
    """A request to exchange an authorization code for an access token."""

    code: str

    redirect_uri: str

    grant_type: str

    _spec = (
        ('code', 'str', 'required'),
        ('redirect_uri', 'str', 'required'),
        ('grant_type', 'str', 'required', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[str] = ...,
            redirect_uri: Optional[str] = ...,
            grant_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["OauthAccessTokenRequestCode"]
