# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_string_list_criteria import (
        CatalogsProductGroupMultipleStringListCriteria,
    )


class GoogleProductCategory5Filter(Model):
    """GOOGLE_PRODUCT_CATEGORY_5"""

    google_product_category_5: CatalogsProductGroupMultipleStringListCriteria = Field(
        "CatalogsProductGroupMultipleStringListCriteria", wire="GOOGLE_PRODUCT_CATEGORY_5", required=True
    )
    """catalogs_product_group_multiple_string_list_criteria"""

    _positional = ("google_product_category_5",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            google_product_category_5: CatalogsProductGroupMultipleStringListCriteria,
        ) -> None: ...


__all__ = ["GoogleProductCategory5Filter"]
