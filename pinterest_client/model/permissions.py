# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class Permissions(Enum):
    """Permissions (component schema)."""

    ADMIN = "ADMIN"
    ANALYST = "ANALYST"
    FINANCE_MANAGER = "FINANCE_MANAGER"
    FINANCE_EDIT = "FINANCE_EDIT"
    FINANCE_VIEW = "FINANCE_VIEW"
    AUDIENCE_MANAGER = "AUDIENCE_MANAGER"
    CAMPAIGN_MANAGER = "CAMPAIGN_MANAGER"
    CATALOGS_MANAGER = "CATALOGS_MANAGER"
    CATALOGS_VIEWER = "CATALOGS_VIEWER"
    PROFILE_PUBLISHER = "PROFILE_PUBLISHER"
    CONSUMER_USER = "CONSUMER_USER"


if TYPE_CHECKING:
    PermissionsValue = Literal[
        "ADMIN",
        "ANALYST",
        "FINANCE_MANAGER",
        "FINANCE_EDIT",
        "FINANCE_VIEW",
        "AUDIENCE_MANAGER",
        "CAMPAIGN_MANAGER",
        "CATALOGS_MANAGER",
        "CATALOGS_VIEWER",
        "PROFILE_PUBLISHER",
        "CONSUMER_USER",
    ]
    """What a parameter typed `Permissions` also takes: one of its values, as is."""


__all__ = ["Permissions"]
