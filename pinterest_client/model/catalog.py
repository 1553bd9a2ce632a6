# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_type import CatalogsType


class Catalog(Model):
    """Catalog entity"""

    created_at: datetime.datetime

    id: str
    """ID of the catalog entity."""

    updated_at: datetime.datetime

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    name: Optional[str]
    """A human-friendly name associated to a catalog entity."""

    _fields = (
        Field('created_at', 'datetime', required=True),
        Field('id', 'str', required=True, pattern='^\\d+$'),
        Field('updated_at', 'datetime', required=True),
        Field('catalog_type', 'CatalogsType', required=True),
        Field('name', 'str', required=True, nullable=True),
    )
