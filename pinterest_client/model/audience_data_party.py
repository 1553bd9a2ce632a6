# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AudienceDataParty(Enum):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.

    Whether the data is owned by the partner (1p) or by the data provider (3p)
    """

    N1P = "1p"
    N3P = "3p"


if TYPE_CHECKING:
    AudienceDataPartyValue = Literal["1p", "3p"]
    """What a parameter typed `AudienceDataParty` also takes: one of its values, as is."""


__all__ = ["AudienceDataParty"]
