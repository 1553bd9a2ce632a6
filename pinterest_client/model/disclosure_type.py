# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class DisclosureType(Enum):
    """Type of information in the page referenced by `disclosure_url`, provided either by the Food and Drug
    Administration (FDA) or the manufacturer.
    """

    NO_DISCLOSURE = "NO_DISCLOSURE"
    PRESCRIBING_INFORMATION = "PRESCRIBING_INFORMATION"
    PRESCRIBING_INFORMATION_BOX_WARNING = "PRESCRIBING_INFORMATION_BOX_WARNING"
    IMPORTANT_SAFETY_INFO = "IMPORTANT_SAFETY_INFO"
    MED_GUIDE = "MED_GUIDE"
    PATIENT_INFORMATION = "PATIENT_INFORMATION"


if TYPE_CHECKING:
    DisclosureTypeValue = Literal[
        "NO_DISCLOSURE",
        "PRESCRIBING_INFORMATION",
        "PRESCRIBING_INFORMATION_BOX_WARNING",
        "IMPORTANT_SAFETY_INFO",
        "MED_GUIDE",
        "PATIENT_INFORMATION",
    ]
    """What a parameter typed `DisclosureType` also takes: one of its values, as is."""


__all__ = ["DisclosureType"]
