# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_item_validation_issues import CatalogsItemValidationIssues


class ItemsIssuesListResponse(Model):
    """ItemsIssuesListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsItemValidationIssues]

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[CatalogsItemValidationIssues]', required=True),
    )
