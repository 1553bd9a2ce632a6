# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.role import Role


class SharedAudienceResponseCommon(Model):
    """SharedAudienceResponseCommon (component schema `SharedAudienceResponseCommon`)."""

    audience_id: Optional[str]
    """Audience ID that was shared"""

    permissions: Optional[List[Union[Role, str]]]

    _fields = (
        Field('audience_id', 'str'),
        Field('permissions', 'list[Role]'),
    )
