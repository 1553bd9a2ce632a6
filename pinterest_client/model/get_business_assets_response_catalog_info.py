# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class GetBusinessAssetsResponseCatalogInfo(Model):
    """An object containing all the information specific to the provided catalog. This field will be populated only if asset_type equals 'CATALOG'."""

    catalog_type: Optional[str]
    """Catalog type"""

    id: Optional[str]
    """Catalog ID."""

    name: Optional[str]
    """Catalog name"""

    _spec = (
        ('catalog_type', 'str'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
    )
