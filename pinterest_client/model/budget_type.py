# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BudgetType(Enum):
    """Budget type. If DAILY, an ad group's daily spend will not exceed the budget parameter value. If LIFETIME, the
    end_time parameter is **REQUIRED**, and the ad group spend is spread evenly between the ad group `start_time` and
    `end_time` range. A CBO campaign automatically generates ad group budgets from its campaign budget to maximize
    campaign outcome. For CBO campaigns, only "CBO_ADGROUP" is allowed. For WEB_SESSIONS campaigns, only "LIFETIME"
    is allowed. For update, only draft ad groups may update budget type.
    """

    DAILY = "DAILY"
    LIFETIME = "LIFETIME"
    CBO_ADGROUP = "CBO_ADGROUP"


if TYPE_CHECKING:
    BudgetTypeValue = Literal["DAILY", "LIFETIME", "CBO_ADGROUP"]
    """What a parameter typed `BudgetType` also takes: one of its values, as is."""


__all__ = ["BudgetType"]
