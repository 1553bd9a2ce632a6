# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_creative_assets_product_group_filter_keys import (
        CatalogsCreativeAssetsProductGroupFilterKeys,
    )


class CatalogsCreativeAssetsProductGroupFiltersAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsCreativeAssetsProductGroupFilterKeys]

    _fields = (
        Field('any_of', 'list[CatalogsCreativeAssetsProductGroupFilterKeys]', required=True),
    )
    _additional = None
