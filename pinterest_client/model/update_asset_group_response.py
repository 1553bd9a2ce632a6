# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.asset_group_binding import AssetGroupBinding


class UpdateAssetGroupResponse(Model):
    """UpdateAssetGroupResponse (component schema `UpdateAssetGroupResponse`)."""

    exceptions: Optional[List[UpdateAssetGroupResponseExceptionsItem]] = Field(
        "list[UpdateAssetGroupResponseExceptionsItem]", nullable=True
    )
    """A list of errors associated with the asset groups. Will be returned if there is an error."""

    updated_asset_groups: Optional[List[AssetGroupBinding]] = Field("list[AssetGroupBinding]")
    """A list of successfully edited asset groups."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exceptions: Optional[List[UpdateAssetGroupResponseExceptionsItem]] = ...,
            updated_asset_groups: Optional[List[AssetGroupBinding]] = ...,
        ) -> None: ...


class UpdateAssetGroupResponseExceptionsItem(Model):
    """UpdateAssetGroupResponseExceptionsItem (inline schema)."""

    asset_group_id: Optional[str] = Field("str")
    """Asset group id of the exception."""

    code: Optional[int] = Field("int")
    """Error code associated with the error editing asset group."""

    message: Optional[str] = Field("str")
    """Error message associated with the error editing asset group."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_id: Optional[str] = ...,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UpdateAssetGroupResponse", "UpdateAssetGroupResponseExceptionsItem"]
