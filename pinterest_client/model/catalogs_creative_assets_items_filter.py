# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class CatalogsCreativeAssetsItemsFilter(Model):
    """CatalogsCreativeAssetsItemsFilter (component schema `CatalogsCreativeAssetsItemsFilter`)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the creative assets item. If not provided, default to oldest creative assets catalog"""

    catalog_type: str

    creative_assets_ids: List[str]

    _fields = (
        Field('catalog_id', 'str', pattern='^\\d+$'),
        Field('catalog_type', 'str', required=True, enum=('CREATIVE_ASSETS',)),
        Field('creative_assets_ids', 'list[str]', required=True, max_items=100, min_items=1),
    )
