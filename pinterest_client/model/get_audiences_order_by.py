# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class GetAudiencesOrderBy(Enum):
    """GetAudiencesOrderBy (component schema `GetAudiencesOrderBy`)."""

    NONE = "NONE"
    ID = "ID"
    SIZE = "SIZE"
    CREATION_DATE = "CREATION_DATE"
    UPDATED_TIME = "UPDATED_TIME"
    NAME_ = "NAME"
    STATUS = "STATUS"
    TYPE = "TYPE"


if TYPE_CHECKING:
    GetAudiencesOrderByValue = Literal["NONE", "ID", "SIZE", "CREATION_DATE", "UPDATED_TIME", "NAME", "STATUS", "TYPE"]
    """What a parameter typed `GetAudiencesOrderBy` also takes: one of its values, as is."""


__all__ = ["GetAudiencesOrderBy"]
