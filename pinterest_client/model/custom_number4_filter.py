# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_uint32_criteria import CatalogsProductGroupUint32Criteria


class CustomNumber4Filter(Model):
    """CUSTOM_NUMBER_4"""

    CUSTOM_NUMBER_4: CatalogsProductGroupUint32Criteria
    """catalogs_product_group_uint32_criteria"""

    _fields = (
        Field('CUSTOM_NUMBER_4', 'CatalogsProductGroupUint32Criteria', required=True),
    )
    _additional = None
