# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_feed_processing_status import CatalogsFeedProcessingStatus


class CatalogsFeedIngestion(Model):
    """CatalogsFeedIngestion (component schema `CatalogsFeedIngestion`)."""

    created_at: datetime.datetime

    feed_id: str

    id: str

    status: Union[CatalogsFeedProcessingStatus, str]

    _fields = (
        Field('created_at', 'datetime', required=True),
        Field('feed_id', 'str', required=True),
        Field('id', 'str', required=True),
        Field('status', 'CatalogsFeedProcessingStatus', required=True),
    )
