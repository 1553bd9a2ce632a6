# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.audience_insight_category_common import AudienceInsightCategoryCommon


class AudienceInsightCategoryArrayResponse(Model):
    """AudienceInsightCategoryArrayResponse (component schema `AudienceInsightCategoryArrayResponse`).

    Deprecated by Pinterest.
    """

    items: Optional[List[AudienceInsightCategoryCommon]] = Field("list[AudienceInsightCategoryCommon]")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[AudienceInsightCategoryCommon]] = ...,
        ) -> None: ...


__all__ = ["AudienceInsightCategoryArrayResponse"]
