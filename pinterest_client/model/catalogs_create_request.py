# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_type import CatalogsType, CatalogsTypeValue


class CatalogsCreateRequest(Model):
    """Request object for creating a catalog."""

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    name: str = Field("str", required=True)
    """A human-friendly name associated to a given catalog."""

    _positional = ("name",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            *,
            catalog_type: Optional[Union[CatalogsType, CatalogsTypeValue]] = ...,
        ) -> None: ...


__all__ = ["CatalogsCreateRequest"]
