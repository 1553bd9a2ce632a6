# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.auth_respond_invites_body_invites_item import AuthRespondInvitesBodyInvitesItem


class AuthRespondInvitesBody(Model):
    """An object with a list of all the invites the user would like to respond to and the action to take."""

    invites: List[AuthRespondInvitesBodyInvitesItem]

    _spec = (
        ('invites', 'list[AuthRespondInvitesBodyInvitesItem]', 'required', {'max_items': 100, 'min_items': 1}),
    )
