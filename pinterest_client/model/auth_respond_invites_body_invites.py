# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AuthRespondInvitesBodyInvites`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AuthRespondInvitesBodyInvitesItem`, the same class under its current name.
"""

from pinterest_client.model.auth_respond_invites_body_invites_item import AuthRespondInvitesBodyInvitesItem

AuthRespondInvitesBodyInvites = AuthRespondInvitesBodyInvitesItem

__all__ = ["AuthRespondInvitesBodyInvites"]
