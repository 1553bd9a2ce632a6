# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_creative_assets_batch_item import CatalogsCreativeAssetsBatchItem
    from pinterest_client.model.country import Country


class CatalogsCreativeAssetsBatchRequest(Model):
    """Request object to update catalogs creative assets items"""

    catalog_id: Optional[str]
    """Catalog id pertaining to the creative assets item. If not provided, default to oldest creative assets catalog"""

    catalog_type: str

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[CatalogsCreativeAssetsBatchItem]
    """Array with creative assets item operations"""

    language: str
    """We recommend using the CatalogsLocale values."""

    _fields = (
        Field('catalog_id', 'str', pattern='^\\d+$'),
        Field('catalog_type', 'str', required=True, enum=('CREATIVE_ASSETS',)),
        Field('country', 'Country', required=True),
        Field('items', 'list[CatalogsCreativeAssetsBatchItem]', required=True, max_items=1000, min_items=1),
        Field('language', 'str', required=True),
    )
    _additional = None
