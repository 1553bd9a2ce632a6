# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_string_list_criteria import (
        CatalogsProductGroupMultipleStringListCriteria,
    )


class GoogleProductCategory4Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_4"""

    GOOGLE_PRODUCT_CATEGORY_4: CatalogsProductGroupMultipleStringListCriteria
    """catalogs_product_group_multiple_string_list_criteria"""

    _fields = (
        Field('GOOGLE_PRODUCT_CATEGORY_4', 'CatalogsProductGroupMultipleStringListCriteria', required=True),
    )
    _additional = None
