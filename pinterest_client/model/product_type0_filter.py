# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_string_list_criteria import (
        CatalogsProductGroupMultipleStringListCriteria,
    )


class ProductType0Filter(Model):
    """PRODUCT_TYPE_0"""

    product_type_0: CatalogsProductGroupMultipleStringListCriteria = Field(
        "CatalogsProductGroupMultipleStringListCriteria", wire="PRODUCT_TYPE_0", required=True
    )
    """catalogs_product_group_multiple_string_list_criteria"""

    _positional = ("product_type_0",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            product_type_0: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


__all__ = ["ProductType0Filter"]
