# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class ReportingTimeZone(Enum):
    """[Closed beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/) Specify
    the timezone to be applied for the reporting.
    """

    PINTEREST_TIME_ZONE = "PINTEREST_TIME_ZONE"
    AD_ACCOUNT_TIME_ZONE = "AD_ACCOUNT_TIME_ZONE"


if TYPE_CHECKING:
    ReportingTimeZoneValue = Literal["PINTEREST_TIME_ZONE", "AD_ACCOUNT_TIME_ZONE"]
    """What a parameter typed `ReportingTimeZone` also takes: one of its values, as is."""


__all__ = ["ReportingTimeZone"]
