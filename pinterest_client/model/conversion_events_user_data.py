# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class ConversionEventsUserData(Model):
    """Object containing customer information data. Note, It is required at least one of 1) em, 2) hashed_maids or 3)
    pair client_ip_address + client_user_agent.
    """

    click_id: Optional[str] = Field("str", nullable=True)
    """The unique identifier stored in _epik cookie on your domain or &epik= query parameter in the URL. We highly
    recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA.
    """

    client_ip_address: Optional[str] = Field("str")
    """The user's IP address, which can be either in IPv4 or IPv6 format. Used for matching. We highly recommend this
    for all events. It may improve reporting performance such as ROAS/CPA.
    """

    client_user_agent: Optional[str] = Field("str")
    """The user agent string of the user's web browser. We highly recommend this for all events. It may improve
    reporting performance such as ROAS/CPA.
    """

    country: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of two-character ISO-3166 country code indicating the user's country, in lowercase. The string
    should be in the UTF-8 format.
    """

    ct: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User residency city (mostly
    billing). The string should be in the UTF-8 format.
    """

    db: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's date of birthday, given as year, month, and day. The string should be in the UTF-8
    format.
    """

    em: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of lowercase version of user's email addresses. Used for matching. We highly recommend this on
    checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the
    UTF-8 format.
    """

    external_id: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of the unique id from the advertiser that identifies a user in their space, e.g. user id, loyalty
    id, etc. We highly recommend this on all events. It may improve reporting performance such as ROAS/CPA. The
    string should be in the UTF-8 format.
    """

    fn: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout events at least. It may
    improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
    """

    ge: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary gender. The string should
    be in the UTF-8 format.
    """

    hashed_maids: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's Identifier for Advertisers" (IDFAs). Used
    for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as
    ROAS/CPA. The string should be in the UTF-8 format.
    """

    ln: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout events at least. It may
    improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
    """

    partner_id: Optional[str] = Field("str", nullable=True)
    """A unique identifier of visitors' information defined by third party partners. e.g RampID"""

    ph: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's phone numbers, only digits with country code, area code, and number. Remove any symbols,
    letters, spaces and leading zeros. We highly recommend this on checkout events at least. It may improve reporting
    performance such as ROAS/CPA. The string should be in the UTF-8 format.
    """

    st: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency state (mostly billing).
    The string should be in the UTF-8 format.
    """

    zp: Optional[List[str]] = Field("list[str]")
    """Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing). The string should be in
    the UTF-8 format.
    """

    _required_any = (("em",), ("hashed_maids",), ("client_ip_address", "client_user_agent"))

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            click_id: Optional[str] = ...,
            client_ip_address: Optional[str] = ...,
            client_user_agent: Optional[str] = ...,
            country: Optional[List[str]] = ...,
            ct: Optional[List[str]] = ...,
            db: Optional[List[str]] = ...,
            em: Optional[List[str]] = ...,
            external_id: Optional[List[str]] = ...,
            fn: Optional[List[str]] = ...,
            ge: Optional[List[str]] = ...,
            hashed_maids: Optional[List[str]] = ...,
            ln: Optional[List[str]] = ...,
            partner_id: Optional[str] = ...,
            ph: Optional[List[str]] = ...,
            st: Optional[List[str]] = ...,
            zp: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["ConversionEventsUserData"]
