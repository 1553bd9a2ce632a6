# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.brand_accounts_update_request_profile_image import (
        BrandAccountsUpdateRequestProfileImage,
    )
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

    _fields = (
        Field('name', 'str'),
        Field('username', 'str'),
        Field('country', 'Country'),
        Field('about', 'str'),
        Field('website', 'str'),
        Field('profile_image', 'BrandAccountsUpdateRequestProfileImage'),
    )
