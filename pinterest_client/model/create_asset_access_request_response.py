# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, List, Optional

    from pinterest_client.model.create_asset_access_request_error_message import (
        CreateAssetAccessRequestErrorMessageItem,
    )


class CreateAssetAccessRequestResponse(Model):
    """CreateAssetAccessRequestResponse (component schema `CreateAssetAccessRequestResponse`)."""

    exceptions: Optional[List[CreateAssetAccessRequestErrorMessageItem]] = Field(
        "CreateAssetAccessRequestErrorMessage", nullable=True
    )
    """A list of errors associated with the asset access requests. Will be returned if there is an error."""

    invites: Optional[Dict[str, str]] = Field("dict[str]", nullable=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exceptions: Optional[List[CreateAssetAccessRequestErrorMessageItem]] = ...,
            invites: Optional[Dict[str, str]] = ...,
        ) -> None: ...


__all__ = ["CreateAssetAccessRequestResponse"]
