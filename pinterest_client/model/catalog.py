# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.catalogs_type import CatalogsType, CatalogsTypeValue


class Catalog(Model):
    """Catalog entity"""

    created_at: datetime.datetime = Field("datetime", required=True)

    id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the catalog entity."""

    updated_at: datetime.datetime = Field("datetime", required=True)

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    name: Optional[str] = Field("str", required=True, nullable=True)
    """A human-friendly name associated to a catalog entity."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            created_at: Optional[datetime.datetime] = ...,
            id: Optional[str] = ...,
            updated_at: Optional[datetime.datetime] = ...,
            catalog_type: Optional[Union[CatalogsType, CatalogsTypeValue]] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["Catalog"]
