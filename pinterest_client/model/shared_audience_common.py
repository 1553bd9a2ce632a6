# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.operation_type import OperationType, OperationTypeValue


class SharedAudienceCommon(Model):
    """SharedAudienceCommon (component schema `SharedAudienceCommon`)."""

    audience_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of an audience"""

    operation_type: Optional[Union[OperationType, str]] = Field("OperationType")
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_id: Optional[str] = ...,
            operation_type: Optional[Union[OperationType, OperationTypeValue]] = ...,
        ) -> None: ...


__all__ = ["SharedAudienceCommon"]
