# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.country import Country, CountryValue


class BrandAccountsUpdateRequest(Model):
    """BrandAccountsUpdateRequest (inline schema)."""

    name: Optional[str] = Field("str")
    """Brand Account name"""

    username: Optional[str] = Field("str")
    """Brand Account username"""

    country: Optional[Union[Country, str]] = Field("Country")
    """Country ID from ISO 3166-1 alpha-2."""

    about: Optional[str] = Field("str")
    """Brand Account about information"""

    website: Optional[str] = Field("str")
    """Brand Account website"""

    profile_image: Optional[BrandAccountsUpdateRequestProfileImage] = Field("BrandAccountsUpdateRequestProfileImage")
    """Base64-encoded image media source"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: Optional[str] = ...,
            username: Optional[str] = ...,
            country: Optional[Union[Country, CountryValue]] = ...,
            about: Optional[str] = ...,
            website: Optional[str] = ...,
            profile_image: Optional[BrandAccountsUpdateRequestProfileImage] = ...,
        ) -> None: ...


class BrandAccountsUpdateRequestProfileImage(Model):
    """Base64-encoded image media source"""

    content_type: str = Field("str", required=True, enum=("image/jpeg", "image/png"))

    data: str = Field("str", required=True, pattern="[a-zA-Z0-9+\\/=]+")

    _positional = ("content_type", "data")

    if TYPE_CHECKING:

        def __init__(
            self,
            content_type: str,
            data: str,
        ) -> None: ...


__all__ = ["BrandAccountsUpdateRequest", "BrandAccountsUpdateRequestProfileImage"]
