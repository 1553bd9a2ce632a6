# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.members_to_delete_body_members_item import MembersToDeleteBodyMembersItem


class MembersToDeleteBody(Model):
    """MembersToDeleteBody (component schema `MembersToDeleteBody`)."""

    members: List[MembersToDeleteBodyMembersItem]

    _spec = (
        ('members', 'list[MembersToDeleteBodyMembersItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
