# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.operation_type import OperationType, OperationTypeValue


class SharedAudience(Model):
    """SharedAudience (component schema `SharedAudience`)."""

    audience_id: str = Field("str", required=True, pattern="^\\d+$")
    """Unique identifier of an audience"""

    operation_type: Union[OperationType, str] = Field("OperationType", required=True)
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    recipient_account_ids: List[str] = Field("list[str]", required=True, items={"pattern": "^\\d+$"})
    """List of ad account IDs to share with or revoke from."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            operation_type: Optional[Union[OperationType, OperationTypeValue]] = ...,
            recipient_account_ids: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["SharedAudience"]
