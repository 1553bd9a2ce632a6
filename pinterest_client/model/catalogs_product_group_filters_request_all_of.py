# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_filter_keys import CatalogsProductGroupFilterKeys


class CatalogsProductGroupFiltersRequestAllOf(Model):
    """all_of"""

    all_of: List[CatalogsProductGroupFilterKeys]

    _fields = (
        Field('all_of', 'list[CatalogsProductGroupFilterKeys]', required=True, min_items=1),
    )
    _additional = None
