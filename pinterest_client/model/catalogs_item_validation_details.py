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
    _positional = ('attribute_name', 'provided_value')

    if TYPE_CHECKING:

        def __init__(
            self,
            attribute_name: Optional[Union[NullableCatalogsItemFieldType, str]],
            provided_value: Optional[str],
        ) -> None: ...


__all__ = ["CatalogsItemValidationDetails"]
