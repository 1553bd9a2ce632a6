# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List

from pinterest_client.model_utils import Field, Model


class CancelInvitesBody(Model):
    """Request body used to cancel invites"""

    invite_ids: List[str]
    """List of invite/request ids to be cancelled"""

    _fields = (
        Field('invite_ids', 'list[str]', required=True, items={'max_length': 25, 'pattern': '^\\d+$'}, max_items=50, min_items=1),
    )
