# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class DeleteAssetGroupResponse(Model):
    """DeleteAssetGroupResponse (component schema `DeleteAssetGroupResponse`)."""

    deleted_asset_groups: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"})
    """A list of ids of successfully deleted asset groups."""

    exceptions: Optional[List[DeleteAssetGroupResponseExceptionsItem]] = Field(
        "list[DeleteAssetGroupResponseExceptionsItem]", nullable=True
    )
    """A list of errors associated with the asset groups. Will be returned if there is an error."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            deleted_asset_groups: Optional[List[str]] = ...,
            exceptions: Optional[List[DeleteAssetGroupResponseExceptionsItem]] = ...,
        ) -> None: ...


class DeleteAssetGroupResponseExceptionsItem(Model):
    """DeleteAssetGroupResponseExceptionsItem (inline schema)."""

    asset_group_id: Optional[str] = Field("str")
    """Asset group id of the exception."""

    code: Optional[int] = Field("int")
    """Error code associated with the error deleting asset group."""

    message: Optional[str] = Field("str")
    """Error message associated with the error deleting asset group."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_id: Optional[str] = ...,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["DeleteAssetGroupResponse", "DeleteAssetGroupResponseExceptionsItem"]
