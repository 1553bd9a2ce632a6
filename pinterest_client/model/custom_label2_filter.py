# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_filter_operator_type_criteria import (
        CatalogsProductGroupFilterOperatorTypeCriteria,
    )


class CustomLabel2Filter(Model):
    """CUSTOM_LABEL_2"""

    custom_label_2: CatalogsProductGroupFilterOperatorTypeCriteria = Field(
        "CatalogsProductGroupFilterOperatorTypeCriteria", wire="CUSTOM_LABEL_2", required=True
    )
    """catalogs_product_group_filter_operator_type_criteria"""

    _positional = ("custom_label_2",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            custom_label_2: CatalogsProductGroupFilterOperatorTypeCriteria,
        ) -> None: ...


__all__ = ["CustomLabel2Filter"]
