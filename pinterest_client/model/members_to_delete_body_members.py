# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``MembersToDeleteBodyMembers`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`MembersToDeleteBodyMembersItem`, the same class under its current name.
"""

from pinterest_client.model.members_to_delete_body_members_item import MembersToDeleteBodyMembersItem

MembersToDeleteBodyMembers = MembersToDeleteBodyMembersItem

__all__ = ["MembersToDeleteBodyMembers"]
