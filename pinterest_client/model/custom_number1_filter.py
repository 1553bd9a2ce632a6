# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_uint32_criteria import CatalogsProductGroupUint32Criteria


class CustomNumber1Filter(Model):
    """CUSTOM_NUMBER_1"""

    CUSTOM_NUMBER_1: CatalogsProductGroupUint32Criteria
    """catalogs_product_group_uint32_criteria"""

    _spec = (
        ('CUSTOM_NUMBER_1', 'CatalogsProductGroupUint32Criteria', 'required'),
    )
    _additional = None
