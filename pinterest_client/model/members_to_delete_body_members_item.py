# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.members_to_delete_body import (
    MembersToDeleteBodyMembersItem as MembersToDeleteBodyMembersItem,
)

__all__ = ["MembersToDeleteBodyMembersItem"]
