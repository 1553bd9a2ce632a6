# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class LabelType(Enum):
    """Category for the labeled items. You can apply one BRAND label to a campaign. You can apply 30 CUSTOM labels to a
    campaign.
    """

    BRAND = "BRAND"
    CUSTOM = "CUSTOM"


if TYPE_CHECKING:
    LabelTypeValue = Literal["BRAND", "CUSTOM"]
    """What a parameter typed `LabelType` also takes: one of its values, as is."""


__all__ = ["LabelType"]
