# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List

from pinterest_client.model_utils import Field, Model


class DeleteAssetGroupBody(Model):
    """Request body used to delete asset groups"""

    asset_groups_to_delete: List[str]
    """List of ids of asset groups to be deleted"""

    _fields = (
        Field('asset_groups_to_delete', 'list[str]', required=True, items={'pattern': '^\\d+$'}, max_items=50, min_items=1),
    )
