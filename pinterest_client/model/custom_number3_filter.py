# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_uint32_criteria import CatalogsProductGroupUint32Criteria


class CustomNumber3Filter(Model):
    """CUSTOM_NUMBER_3"""

    custom_number_3: CatalogsProductGroupUint32Criteria = Field(
        "CatalogsProductGroupUint32Criteria", wire="CUSTOM_NUMBER_3", required=True
    )
    """catalogs_product_group_uint32_criteria"""

    _positional = ("custom_number_3",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            custom_number_3: CatalogsProductGroupUint32Criteria,
        ) -> None: ...


__all__ = ["CustomNumber3Filter"]
