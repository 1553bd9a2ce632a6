# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ObjectiveType(Enum):
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an
    alternative for the latter.
    """

    AWARENESS = "AWARENESS"
    CONSIDERATION = "CONSIDERATION"
    WEB_CONVERSION = "WEB_CONVERSION"
    CATALOG_SALES = "CATALOG_SALES"
    VIDEO_COMPLETION = "VIDEO_COMPLETION"


if TYPE_CHECKING:
    ObjectiveTypeValue = Literal["AWARENESS", "CONSIDERATION", "WEB_CONVERSION", "CATALOG_SALES", "VIDEO_COMPLETION"]
    """What a parameter typed `ObjectiveType` also takes: one of its values, as is."""


__all__ = ["ObjectiveType"]
