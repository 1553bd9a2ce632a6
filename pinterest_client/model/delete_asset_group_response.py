# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class DeleteAssetGroupResponse(Model):
    """DeleteAssetGroupResponse (component schema `DeleteAssetGroupResponse`)."""

    deleted_asset_groups: Optional[List[str]]
    """A list of ids of successfully deleted asset groups."""

    exceptions: Optional[List[DeleteAssetGroupResponseExceptionsItem]]
    """A list of errors associated with the asset groups. Will be returned if there is an error."""

    _spec = (
        ('deleted_asset_groups', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('exceptions', 'list[DeleteAssetGroupResponseExceptionsItem]', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            deleted_asset_groups: Optional[List[str]] = ...,
            exceptions: Optional[List[DeleteAssetGroupResponseExceptionsItem]] = ...,
        ) -> None: ...


class DeleteAssetGroupResponseExceptionsItem(Model):
    """DeleteAssetGroupResponseExceptionsItem (inline schema)."""

    asset_group_id: Optional[str]
    """Asset group id of the exception."""

    code: Optional[int]
    """Error code associated with the error deleting asset group."""

    message: Optional[str]
    """Error message associated with the error deleting asset group."""

    _spec = (
        ('asset_group_id', 'str'),
        ('code', 'int'),
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_id: Optional[str] = ...,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["DeleteAssetGroupResponse", "DeleteAssetGroupResponseExceptionsItem"]
