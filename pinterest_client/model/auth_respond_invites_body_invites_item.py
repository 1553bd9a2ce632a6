# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.auth_respond_invites_body_invites_item_action import (
        AuthRespondInvitesBodyInvitesItemAction,
    )


class AuthRespondInvitesBodyInvitesItem(Model):
    """AuthRespondInvitesBodyInvitesItem (inline schema)."""

    action: AuthRespondInvitesBodyInvitesItemAction

    invite_id: str
    """Unique identifier of an invite."""

    _spec = (
        ('action', 'AuthRespondInvitesBodyInvitesItemAction', 'required'),
        ('invite_id', 'str', 'required', {'max_length': 25, 'min_length': 1, 'pattern': '^\\d+$'}),
    )
