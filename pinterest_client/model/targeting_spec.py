# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, List, Optional, Union

    from pinterest_client.model.targeting_spec_age_bucket import TargetingSpecAgeBucket, TargetingSpecAgeBucketValue
    from pinterest_client.model.targeting_spec_app_type import TargetingSpecAppType, TargetingSpecAppTypeValue
    from pinterest_client.model.targeting_spec_gender import TargetingSpecGender, TargetingSpecGenderValue
    from pinterest_client.model.targeting_spec_shopping_retargeting import TargetingSpecShoppingRetargeting


class TargetingSpec(Model):
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"],
    "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    age_bucket: Optional[List[Union[TargetingSpecAgeBucket, str]]] = Field(
        "list[TargetingSpecAgeBucket]", wire="AGE_BUCKET", nullable=True
    )
    """**Legacy field.** Predefined age ranges. We recommend using MINIMUM_AGE and MAXIMUM_AGE instead for more flexible
    targeting. Cannot be combined with MINIMUM_AGE/MAXIMUM_AGE. If neither AGE_BUCKET nor MINIMUM_AGE/MAXIMUM_AGE are
    specified, all ages will be targeted.
    """

    apptype: Optional[List[Union[TargetingSpecAppType, str]]] = Field(
        "list[TargetingSpecAppType]", wire="APPTYPE", nullable=True
    )
    """Allowed devices. If the APPTYPE field is missing, the default behavior in terms of ad delivery is that **All
    devices/apptypes** will be targeted.
    """

    audience_exclude: Optional[List[str]] = Field(
        "list[str]", wire="AUDIENCE_EXCLUDE", nullable=True, items={"pattern": "^\\d+$"}
    )
    """Excluded customer list IDs. Used to drive new customer acquisition goals. For example: ["2542620905475"].
    Audience lists need to have at least 100 people with Pinterest accounts in them. If the AUDIENCE_EXCLUDE field is
    missing, the default behavior in terms of ad delivery is that **No users will be excluded**.
    """

    audience_include: Optional[List[str]] = Field(
        "list[str]", wire="AUDIENCE_INCLUDE", nullable=True, items={"pattern": "^\\d+$"}
    )
    """Targeted customer list IDs. For example: ["2542620905473"]. Audience lists need to have at least 100 people with
    Pinterest accounts in them Audience lists need to have at least 100 people with Pinterest accounts in them. If
    the AUDIENCE_INCLUDE field is missing, the default behavior in terms of ad delivery is that **All users will be
    included**.
    """

    gender: Optional[List[Union[TargetingSpecGender, str]]] = Field(
        "list[TargetingSpecGender]", wire="GENDER", nullable=True
    )
    """Targeted genders. Values: ["unknown","male","female"]. If the GENDER field is missing, the default behavior in
    terms of ad delivery is that **All genders will be targeted**.
    """

    geo: Optional[List[str]] = Field("list[str]", wire="GEO", nullable=True)
    """Location region codes, e.g., "BE-VOV" (East Flanders, Belgium) For complete list, [click
    here](https://help.pinterest.com/sub/helpcenter/partner/pinterest_location_targeting_codes.xlsx) or postal codes,
    e.g., "US-94107". Use either region codes or postal codes but not both. At least one of LOCATION or GEO must be
    specified. If the GEO field is missing, then only LOCATION values will be targeted (see LOCATION field below).
    """

    interest: Optional[List[str]] = Field("list[str]", wire="INTEREST")
    """Array of interest object IDs. If the INTEREST field is missing, the default behavior in terms of ad delivery is
    that **All interests will be targeted**.
    """

    locale: Optional[List[str]] = Field("list[str]", wire="LOCALE", nullable=True)
    """24 ISO 639-1 two-letter language codes. If the LOCALE field is not included in the request, all languages are
    targeted.
    """

    location: Optional[List[str]] = Field("list[str]", wire="LOCATION", nullable=True)
    """22 ISO Alpha 2 two letter country codes or US Nielsen DMA (Designated Market Area) codes (location region codes)
    (e.g., ["US", "807"]). For complete list, [click
    here](https://help.pinterest.com/sub/helpcenter/partner/pinterest_location_targeting_codes.xlsx).
    Location-Country and Location-Metro codes apply. At least one of LOCATION or GEO must be specified. If the
    LOCATION field is missing, then only GEO values will be targeted (see GEO field above).
    """

    maximum_age: Optional[str] = Field("str", wire="MAXIMUM_AGE", pattern="^\\d+\\+?$")
    """Maximum age to target (inclusive). Values: "18", "19", ..., "65", "65+". Must be used together with
    `MINIMUM_AGE`. Cannot be combined with `AGE_BUCKET`. If neither `MINIMUM_AGE`/`MAXIMUM_AGE` nor `AGE_BUCKET` are
    specified, all ages will be targeted.
    """

    minimum_age: Optional[str] = Field("str", wire="MINIMUM_AGE", pattern="^\\d+$")
    """Minimum age to target (inclusive). Values: "18", "19", ..., "65". Note: 65+ is not allowed for minimum age. Must
    be used together with `MAXIMUM_AGE`. Cannot be combined with `AGE_BUCKET`. If neither `MINIMUM_AGE`/`MAXIMUM_AGE`
    nor `AGE_BUCKET` are specified, all ages will be targeted.
    """

    shopping_retargeting: Optional[List[TargetingSpecShoppingRetargeting]] = Field(
        "list[TargetingSpecShoppingRetargeting]", wire="SHOPPING_RETARGETING", nullable=True
    )
    """Array of object: lookback_window        [Integer]: Number of days ago to start lookback timeframe for dynamic
    retargeting tag_types [Array of integer]: Event types to target for dynamic retargeting exclusion_window
    [Integer]: Number of days ago to stop lookback timeframe for dynamic retargeting
    """

    targeting_strategy: Optional[List[Any]] = Field(
        "list[any]",
        wire="TARGETING_STRATEGY",
        nullable=True,
        items={"enum": ("CHOOSE_YOUR_OWN", "FIND_NEW_CUSTOMERS", "RECONNECT_WITH_USERS")},
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            age_bucket: Optional[List[Union[TargetingSpecAgeBucket, TargetingSpecAgeBucketValue]]] = ...,
            apptype: Optional[List[Union[TargetingSpecAppType, TargetingSpecAppTypeValue]]] = ...,
            audience_exclude: Optional[List[str]] = ...,
            audience_include: Optional[List[str]] = ...,
            gender: Optional[List[Union[TargetingSpecGender, TargetingSpecGenderValue]]] = ...,
            geo: Optional[List[str]] = ...,
            interest: Optional[List[str]] = ...,
            locale: Optional[List[str]] = ...,
            location: Optional[List[str]] = ...,
            maximum_age: Optional[str] = ...,
            minimum_age: Optional[str] = ...,
            shopping_retargeting: Optional[List[TargetingSpecShoppingRetargeting]] = ...,
            targeting_strategy: Optional[List[Any]] = ...,
        ) -> None: ...


__all__ = ["TargetingSpec"]
