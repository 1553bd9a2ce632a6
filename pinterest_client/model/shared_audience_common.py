# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.operation_type import OperationType


class SharedAudienceCommon(Model):
    """SharedAudienceCommon (component schema `SharedAudienceCommon`)."""

    audience_id: Optional[str]
    """Unique identifier of an audience"""

    operation_type: Optional[Union[OperationType, str]]
    """Operation type to share a specific audience or revoke access to a previously shared audience"""

    _fields = (
        Field('audience_id', 'str', pattern='^\\d+$'),
        Field('operation_type', 'OperationType'),
    )
