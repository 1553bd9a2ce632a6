# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.nullable_catalogs_item_field_type import (
        NullableCatalogsItemFieldType,
        NullableCatalogsItemFieldTypeValue,
    )


class CatalogsItemValidationDetails(Model):
    """CatalogsItemValidationDetails (component schema `CatalogsItemValidationDetails`)."""

    attribute_name: Optional[Union[NullableCatalogsItemFieldType, str]] = Field(
        "NullableCatalogsItemFieldType", required=True, nullable=True
    )
    """Attribute that has a validation issue."""

    provided_value: Optional[str] = Field("str", required=True, nullable=True)
    """Provided value that caused the validation issue."""

    _positional = ("attribute_name", "provided_value")

    if TYPE_CHECKING:

        def __init__(
            self,
            attribute_name: Optional[Union[NullableCatalogsItemFieldType, NullableCatalogsItemFieldTypeValue]],
            provided_value: Optional[str],
        ) -> None: ...


__all__ = ["CatalogsItemValidationDetails"]
