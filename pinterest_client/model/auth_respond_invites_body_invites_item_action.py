# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.auth_respond_invites_body import (
    AuthRespondInvitesBodyInvitesItemAction as AuthRespondInvitesBodyInvitesItemAction,
)

__all__ = ["AuthRespondInvitesBodyInvitesItemAction"]
