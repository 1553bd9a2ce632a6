# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_item_validation_errors import CatalogsItemValidationErrors
    from pinterest_client.model.catalogs_item_validation_warnings import CatalogsItemValidationWarnings


class CatalogsItemValidationIssues(Model):
    """CatalogsItemValidationIssues (component schema `CatalogsItemValidationIssues`)."""

    errors: CatalogsItemValidationErrors = Field("CatalogsItemValidationErrors", required=True)

    item_id: Optional[str] = Field("str", required=True, nullable=True)
    """The merchant-created unique ID that represents the product."""

    item_number: int = Field("int", required=True)
    """Item number based on order of appearance in the Catalogs Feed. For example, '0' refers to first item found in a
    feed that was downloaded from a 'location' specified during feed creation.
    """

    warnings: CatalogsItemValidationWarnings = Field("CatalogsItemValidationWarnings", required=True)

    _positional = ("item_number", "item_id", "errors", "warnings")

    if TYPE_CHECKING:

        def __init__(
            self,
            item_number: int,
            item_id: Optional[str],
            errors: CatalogsItemValidationErrors,
            warnings: CatalogsItemValidationWarnings,
        ) -> None: ...


__all__ = ["CatalogsItemValidationIssues"]
