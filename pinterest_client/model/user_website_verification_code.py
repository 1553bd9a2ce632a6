# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class UserWebsiteVerificationCode(Model):
    """UserWebsiteVerificationCode"""

    dns_txt_record: Optional[str] = Field("str")
    """DNS TXT record to check against for the website to be claimed"""

    file_content: Optional[str] = Field("str")
    """A full html file to upload to the website in order for it to be claimed"""

    filename: Optional[str] = Field("str")
    """File expected to find on the website being claimed"""

    metatag: Optional[str] = Field("str")
    """Metatag the verification process searchs for the website to be claimed"""

    verification_code: Optional[str] = Field("str")
    """Code to check against the user claiming the website"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            dns_txt_record: Optional[str] = ...,
            file_content: Optional[str] = ...,
            filename: Optional[str] = ...,
            metatag: Optional[str] = ...,
            verification_code: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UserWebsiteVerificationCode"]
