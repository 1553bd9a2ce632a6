# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AudienceAccountType(Enum):
    """AudienceAccountType (component schema `AudienceAccountType`)."""

    AD_ACCOUNT = "AD_ACCOUNT"
    BUSINESS_ACCOUNT = "BUSINESS_ACCOUNT"


if TYPE_CHECKING:
    AudienceAccountTypeValue = Literal["AD_ACCOUNT", "BUSINESS_ACCOUNT"]
    """What a parameter typed `AudienceAccountType` also takes: one of its values, as is."""


__all__ = ["AudienceAccountType"]
