# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BusinessAccessRole(Enum):
    """Permission role for business access."""

    OWNER = "OWNER"
    ADMIN = "ADMIN"
    ANALYST = "ANALYST"
    SOS_READER = "SOS_READER"
    FINANCE_MANAGER = "FINANCE_MANAGER"
    FINANCE_VIEW = "FINANCE_VIEW"
    FINANCE_EDIT = "FINANCE_EDIT"
    AUDIENCE_MANAGER = "AUDIENCE_MANAGER"
    CAMPAIGN_MANAGER = "CAMPAIGN_MANAGER"
    CATALOGS_MANAGER = "CATALOGS_MANAGER"
    RESTRICTED_OWNER = "RESTRICTED_OWNER"
    PROFILE_MANAGER = "PROFILE_MANAGER"
    PROFILE_PUBLISHER = "PROFILE_PUBLISHER"
    RESOURCE_PINNER_LIST_OWNER = "RESOURCE_PINNER_LIST_OWNER"
    RESOURCE_PINNER_LIST_READER = "RESOURCE_PINNER_LIST_READER"
    BIZ_PINNER_LIST_SHARER = "BIZ_PINNER_LIST_SHARER"
    RESOURCE_CONVERSION_TAGS_READER = "RESOURCE_CONVERSION_TAGS_READER"


if TYPE_CHECKING:
    BusinessAccessRoleValue = Literal[
        "OWNER",
        "ADMIN",
        "ANALYST",
        "SOS_READER",
        "FINANCE_MANAGER",
        "FINANCE_VIEW",
        "FINANCE_EDIT",
        "AUDIENCE_MANAGER",
        "CAMPAIGN_MANAGER",
        "CATALOGS_MANAGER",
        "RESTRICTED_OWNER",
        "PROFILE_MANAGER",
        "PROFILE_PUBLISHER",
        "RESOURCE_PINNER_LIST_OWNER",
        "RESOURCE_PINNER_LIST_READER",
        "BIZ_PINNER_LIST_SHARER",
        "RESOURCE_CONVERSION_TAGS_READER",
    ]
    """What a parameter typed `BusinessAccessRole` also takes: one of its values, as is."""


__all__ = ["BusinessAccessRole"]
