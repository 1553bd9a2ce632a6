# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_feed_validation_errors import CatalogsFeedValidationErrors
    from pinterest_client.model.catalogs_feed_validation_warnings import CatalogsFeedValidationWarnings


class CatalogsFeedValidationDetails(Model):
    """CatalogsFeedValidationDetails (component schema)."""

    errors: CatalogsFeedValidationErrors = Field("CatalogsFeedValidationErrors", required=True)

    warnings: CatalogsFeedValidationWarnings = Field("CatalogsFeedValidationWarnings", required=True)

    _positional = ("errors", "warnings")

    if TYPE_CHECKING:

        def __init__(
            self,
            errors: CatalogsFeedValidationErrors,
            warnings: CatalogsFeedValidationWarnings,
        ) -> None: ...


__all__ = ["CatalogsFeedValidationDetails"]
