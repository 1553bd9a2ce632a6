# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.nullable_catalogs_item_field_type import NullableCatalogsItemFieldType


class CatalogsItemValidationDetails(Model):
    """CatalogsItemValidationDetails (component schema `CatalogsItemValidationDetails`)."""

    attribute_name: Optional[Union[NullableCatalogsItemFieldType, str]]
    """Attribute that has a validation issue."""

    provided_value: Optional[str]
    """Provided value that caused the validation issue."""

    _spec = (
        ('attribute_name', 'NullableCatalogsItemFieldType', 'required nullable'),
        ('provided_value', 'str', 'required nullable'),
    )
