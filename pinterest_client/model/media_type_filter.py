# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_media_types_criteria import (
        CatalogsProductGroupMultipleMediaTypesCriteria,
    )


class MediaTypeFilter(Model):
    """MEDIA_TYPE"""

    media_type: CatalogsProductGroupMultipleMediaTypesCriteria = Field(
        "CatalogsProductGroupMultipleMediaTypesCriteria", wire="MEDIA_TYPE", required=True
    )
    """catalogs_product_group_multiple_media_type_criteria"""

    _positional = ("media_type",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            media_type: CatalogsProductGroupMultipleMediaTypesCriteria,
        ) -> None: ...


__all__ = ["MediaTypeFilter"]
