# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Any, Dict, List, Optional

from pinterest_client.model_utils import Field, Model


class FollowersListResponse(Model):
    """FollowersListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Dict[str, Any]]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[dict[any]]', required=True),
    )
