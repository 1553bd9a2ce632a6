# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.media_type import MediaType, MediaTypeValue


class CatalogsProductGroupMultipleMediaTypesCriteria(Model):
    """catalogs_product_group_multiple_media_type_criteria"""

    negated: Optional[bool] = Field("bool")

    values: List[Union[MediaType, str]] = Field("list[MediaType]", required=True)

    _positional = ("values",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            values: List[Union[MediaType, MediaTypeValue]],
            *,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupMultipleMediaTypesCriteria"]
