# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsUpdatableCreativeAssetsAttributes(Model):
    """CatalogsUpdatableCreativeAssetsAttributes (component schema)."""

    android_deep_link: Optional[str] = Field("str", nullable=True)
    """Link to the creative assets page."""

    custom_label_0: Optional[str] = Field("str", nullable=True)
    """Custom grouping of creative assets."""

    custom_label_1: Optional[str] = Field("str", nullable=True)
    """Custom grouping of creative assets."""

    custom_label_2: Optional[str] = Field("str", nullable=True)
    """Custom grouping of creative assets."""

    custom_label_3: Optional[str] = Field("str", nullable=True)
    """Custom grouping of creative assets."""

    custom_label_4: Optional[str] = Field("str", nullable=True)
    """Custom grouping of creative assets."""

    description: Optional[str] = Field("str")
    """Brief description of the creative assets."""

    google_product_category: Optional[str] = Field("str", nullable=True)
    """The categorization of the product based on the standardized Google Product Taxonomy. This is a set taxonomy. Both
    the text values and numeric codes are accepted.
    """

    ios_deep_link: Optional[str] = Field("str", nullable=True)
    """IOS deep link to the creative assets page."""

    link: Optional[str] = Field("str")
    """Link to the creative assets page."""

    title: Optional[str] = Field("str")
    """The name of the creative assets."""

    visibility: Optional[str] = Field("str", nullable=True)
    """Visibility of the creative assets. Must be one of the following values (upper or lowercase): ‘visible’, ‘hidden’.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            android_deep_link: Optional[str] = ...,
            custom_label_0: Optional[str] = ...,
            custom_label_1: Optional[str] = ...,
            custom_label_2: Optional[str] = ...,
            custom_label_3: Optional[str] = ...,
            custom_label_4: Optional[str] = ...,
            description: Optional[str] = ...,
            google_product_category: Optional[str] = ...,
            ios_deep_link: Optional[str] = ...,
            link: Optional[str] = ...,
            title: Optional[str] = ...,
            visibility: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsUpdatableCreativeAssetsAttributes"]
