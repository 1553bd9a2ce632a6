# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AudienceInsightCategoryCommon(Model):
    """AudienceInsightCategoryCommon (component schema).

    Deprecated by Pinterest.
    """

    id: Optional[str] = Field("str")

    index: Optional[float] = Field("float")

    key: Optional[str] = Field("str")

    name: Optional[str] = Field("str")

    ratio: Optional[float] = Field("float")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            index: Optional[float] = ...,
            key: Optional[str] = ...,
            name: Optional[str] = ...,
            ratio: Optional[float] = ...,
        ) -> None: ...


__all__ = ["AudienceInsightCategoryCommon"]
