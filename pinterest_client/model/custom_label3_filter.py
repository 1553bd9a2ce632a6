# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_filter_operator_type_criteria import (
        CatalogsProductGroupFilterOperatorTypeCriteria,
    )


class CustomLabel3Filter(Model):
    """CUSTOM_LABEL_3"""

    custom_label_3: CatalogsProductGroupFilterOperatorTypeCriteria = Field(
        "CatalogsProductGroupFilterOperatorTypeCriteria", wire="CUSTOM_LABEL_3", required=True
    )
    """catalogs_product_group_filter_operator_type_criteria"""

    _positional = ("custom_label_3",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            custom_label_3: CatalogsProductGroupFilterOperatorTypeCriteria,
        ) -> None: ...


__all__ = ["CustomLabel3Filter"]
