# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class CatalogsStatus(Enum):
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform
    DELETED as status.
    """

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


if TYPE_CHECKING:
    CatalogsStatusValue = Literal["ACTIVE", "INACTIVE"]
    """What a parameter typed `CatalogsStatus` also takes: one of its values, as is."""


__all__ = ["CatalogsStatus"]
