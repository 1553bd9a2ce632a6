# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.country import Country


class BrandAccountsUpdateRequest(Model):
    """BrandAccountsUpdateRequest (inline schema)."""

    name: Optional[str]
    """Brand Account name"""

    username: Optional[str]
    """Brand Account username"""

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    about: Optional[str]
    """Brand Account about information"""

    website: Optional[str]
    """Brand Account website"""

    profile_image: Optional[BrandAccountsUpdateRequestProfileImage]
    """Base64-encoded image media source"""

    _spec = (
        ('name', 'str'),
        ('username', 'str'),
        ('country', 'Country'),
        ('about', 'str'),
        ('website', 'str'),
        ('profile_image', 'BrandAccountsUpdateRequestProfileImage'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: Optional[str] = ...,
            username: Optional[str] = ...,
            country: Optional[Union[Country, str]] = ...,
            about: Optional[str] = ...,
            website: Optional[str] = ...,
            profile_image: Optional[BrandAccountsUpdateRequestProfileImage] = ...,
        ) -> None: ...


class BrandAccountsUpdateRequestProfileImage(Model):
    """Base64-encoded image media source"""

    content_type: str

    data: str

    _spec = (
        ('content_type', 'str', 'required', {'enum': ('image/jpeg', 'image/png')}),
        ('data', 'str', 'required', {'pattern': '[a-zA-Z0-9+\\/=]+'}),
    )
    _positional = ('content_type', 'data')

    if TYPE_CHECKING:

        def __init__(
            self,
            content_type: str,
            data: str,
        ) -> None: ...


__all__ = ["BrandAccountsUpdateRequest", "BrandAccountsUpdateRequestProfileImage"]
