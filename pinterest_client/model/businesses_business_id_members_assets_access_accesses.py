# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``BusinessesBusinessIdMembersAssetsAccessAccesses`` is the original client's name (releases 0.1.9-0.1.12)
for
:class:`DeleteMemberAccessResult`, the same class under its current name.
"""

from pinterest_client.model.delete_member_access_result import DeleteMemberAccessResult

BusinessesBusinessIdMembersAssetsAccessAccesses = DeleteMemberAccessResult

__all__ = ["BusinessesBusinessIdMembersAssetsAccessAccesses"]
