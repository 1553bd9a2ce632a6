# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


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


__all__ = ["GetAudiencesOrderBy"]
