# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class CatalogsStatus(Enum):
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


__all__ = ["CatalogsStatus"]
