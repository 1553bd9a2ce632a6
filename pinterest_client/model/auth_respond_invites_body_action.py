# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AuthRespondInvitesBodyAction`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AuthRespondInvitesBodyInvitesItemAction`, the same class under its current name.
"""

from pinterest_client.model.auth_respond_invites_body_invites_item_action import AuthRespondInvitesBodyInvitesItemAction

AuthRespondInvitesBodyAction = AuthRespondInvitesBodyInvitesItemAction

__all__ = ["AuthRespondInvitesBodyAction"]
