# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_item_validation_errors import CatalogsItemValidationErrors
    from pinterest_client.model.catalogs_item_validation_warnings import CatalogsItemValidationWarnings


class CatalogsItemValidationIssues(Model):
    """CatalogsItemValidationIssues (component schema `CatalogsItemValidationIssues`)."""

    errors: CatalogsItemValidationErrors

    item_id: Optional[str]
    """The merchant-created unique ID that represents the product."""

    item_number: int
    """Item number based on order of appearance in the Catalogs Feed. For example, '0' refers to first item found in a feed that was downloaded from a 'location' specified during feed creation."""

    warnings: CatalogsItemValidationWarnings

    _fields = (
        Field('errors', 'CatalogsItemValidationErrors', required=True),
        Field('item_id', 'str', required=True, nullable=True),
        Field('item_number', 'int', required=True),
        Field('warnings', 'CatalogsItemValidationWarnings', required=True),
    )
