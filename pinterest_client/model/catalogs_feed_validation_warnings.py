# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedValidationWarnings(Model):
    """CatalogsFeedValidationWarnings (component schema)."""

    ad_image_0_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_0_LINK_DUPLICATED")
    """ad_image_0_link is duplicated with another ad image link."""

    ad_image_0_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_0_LINK_LENGTH_TOO_LONG")
    """Ad image link 0 length is too long. The maximum length is 2047 characters."""

    ad_image_0_link_required: Optional[int] = Field("int", wire="AD_IMAGE_0_LINK_REQUIRED")
    """Ad image link 0 is required because an image tag was provided."""

    ad_image_0_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_0_LINK_WARNING")
    """Ad image link 0 format is unsupported."""

    ad_image_0_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_0_TAG_DUPLICATED")
    """ad_image_0_tag is duplicated with another ad image tag."""

    ad_image_0_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_0_TAG_LENGTH_TOO_LONG")
    """Ad image tag 0 length is too long. The maximum length is 511 characters."""

    ad_image_0_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_0_TAG_REQUIRED")
    """Ad image tag 0 is required because an image link was provided."""

    ad_image_10_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_10_LINK_DUPLICATED")
    """ad_image_10_link is duplicated with another ad image link."""

    ad_image_10_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_10_LINK_LENGTH_TOO_LONG")
    """Ad image link 10 length is too long. The maximum length is 2047 characters."""

    ad_image_10_link_required: Optional[int] = Field("int", wire="AD_IMAGE_10_LINK_REQUIRED")
    """Ad image link 10 is required because an image tag was provided."""

    ad_image_10_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_10_LINK_WARNING")
    """Ad image link 10 format is unsupported."""

    ad_image_10_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_10_TAG_DUPLICATED")
    """ad_image_10_tag is duplicated with another ad image tag."""

    ad_image_10_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_10_TAG_LENGTH_TOO_LONG")
    """Ad image tag 10 length is too long. The maximum length is 511 characters."""

    ad_image_10_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_10_TAG_REQUIRED")
    """Ad image tag 10 is required because an image link was provided."""

    ad_image_11_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_11_LINK_DUPLICATED")
    """ad_image_11_link is duplicated with another ad image link."""

    ad_image_11_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_11_LINK_LENGTH_TOO_LONG")
    """Ad image link 11 length is too long. The maximum length is 2047 characters."""

    ad_image_11_link_required: Optional[int] = Field("int", wire="AD_IMAGE_11_LINK_REQUIRED")
    """Ad image link 11 is required because an image tag was provided."""

    ad_image_11_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_11_LINK_WARNING")
    """Ad image link 11 format is unsupported."""

    ad_image_11_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_11_TAG_DUPLICATED")
    """ad_image_11_tag is duplicated with another ad image tag."""

    ad_image_11_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_11_TAG_LENGTH_TOO_LONG")
    """Ad image tag 11 length is too long. The maximum length is 511 characters."""

    ad_image_11_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_11_TAG_REQUIRED")
    """Ad image tag 11 is required because an image link was provided."""

    ad_image_12_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_12_LINK_DUPLICATED")
    """ad_image_12_link is duplicated with another ad image link."""

    ad_image_12_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_12_LINK_LENGTH_TOO_LONG")
    """Ad image link 12 length is too long. The maximum length is 2047 characters."""

    ad_image_12_link_required: Optional[int] = Field("int", wire="AD_IMAGE_12_LINK_REQUIRED")
    """Ad image link 12 is required because an image tag was provided."""

    ad_image_12_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_12_LINK_WARNING")
    """Ad image link 12 format is unsupported."""

    ad_image_12_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_12_TAG_DUPLICATED")
    """ad_image_12_tag is duplicated with another ad image tag."""

    ad_image_12_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_12_TAG_LENGTH_TOO_LONG")
    """Ad image tag 12 length is too long. The maximum length is 511 characters."""

    ad_image_12_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_12_TAG_REQUIRED")
    """Ad image tag 12 is required because an image link was provided."""

    ad_image_13_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_13_LINK_DUPLICATED")
    """ad_image_13_link is duplicated with another ad image link."""

    ad_image_13_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_13_LINK_LENGTH_TOO_LONG")
    """Ad image link 13 length is too long. The maximum length is 2047 characters."""

    ad_image_13_link_required: Optional[int] = Field("int", wire="AD_IMAGE_13_LINK_REQUIRED")
    """Ad image link 13 is required because an image tag was provided."""

    ad_image_13_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_13_LINK_WARNING")
    """Ad image link 13 format is unsupported."""

    ad_image_13_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_13_TAG_DUPLICATED")
    """ad_image_13_tag is duplicated with another ad image tag."""

    ad_image_13_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_13_TAG_LENGTH_TOO_LONG")
    """Ad image tag 13 length is too long. The maximum length is 511 characters."""

    ad_image_13_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_13_TAG_REQUIRED")
    """Ad image tag 13 is required because an image link was provided."""

    ad_image_14_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_14_LINK_DUPLICATED")
    """ad_image_14_link is duplicated with another ad image link."""

    ad_image_14_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_14_LINK_LENGTH_TOO_LONG")
    """Ad image link 14 length is too long. The maximum length is 2047 characters."""

    ad_image_14_link_required: Optional[int] = Field("int", wire="AD_IMAGE_14_LINK_REQUIRED")
    """Ad image link 14 is required because an image tag was provided."""

    ad_image_14_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_14_LINK_WARNING")
    """Ad image link 14 format is unsupported."""

    ad_image_14_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_14_TAG_DUPLICATED")
    """ad_image_14_tag is duplicated with another ad image tag."""

    ad_image_14_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_14_TAG_LENGTH_TOO_LONG")
    """Ad image tag 14 length is too long. The maximum length is 511 characters."""

    ad_image_14_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_14_TAG_REQUIRED")
    """Ad image tag 14 is required because an image link was provided."""

    ad_image_15_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_15_LINK_DUPLICATED")
    """ad_image_15_link is duplicated with another ad image link."""

    ad_image_15_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_15_LINK_LENGTH_TOO_LONG")
    """Ad image link 15 length is too long. The maximum length is 2047 characters."""

    ad_image_15_link_required: Optional[int] = Field("int", wire="AD_IMAGE_15_LINK_REQUIRED")
    """Ad image link 15 is required because an image tag was provided."""

    ad_image_15_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_15_LINK_WARNING")
    """Ad image link 15 format is unsupported."""

    ad_image_15_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_15_TAG_DUPLICATED")
    """ad_image_15_tag is duplicated with another ad image tag."""

    ad_image_15_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_15_TAG_LENGTH_TOO_LONG")
    """Ad image tag 15 length is too long. The maximum length is 511 characters."""

    ad_image_15_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_15_TAG_REQUIRED")
    """Ad image tag 15 is required because an image link was provided."""

    ad_image_16_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_16_LINK_DUPLICATED")
    """ad_image_16_link is duplicated with another ad image link."""

    ad_image_16_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_16_LINK_LENGTH_TOO_LONG")
    """Ad image link 16 length is too long. The maximum length is 2047 characters."""

    ad_image_16_link_required: Optional[int] = Field("int", wire="AD_IMAGE_16_LINK_REQUIRED")
    """Ad image link 16 is required because an image tag was provided."""

    ad_image_16_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_16_LINK_WARNING")
    """Ad image link 16 format is unsupported."""

    ad_image_16_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_16_TAG_DUPLICATED")
    """ad_image_16_tag is duplicated with another ad image tag."""

    ad_image_16_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_16_TAG_LENGTH_TOO_LONG")
    """Ad image tag 16 length is too long. The maximum length is 511 characters."""

    ad_image_16_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_16_TAG_REQUIRED")
    """Ad image tag 16 is required because an image link was provided."""

    ad_image_17_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_17_LINK_DUPLICATED")
    """ad_image_17_link is duplicated with another ad image link."""

    ad_image_17_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_17_LINK_LENGTH_TOO_LONG")
    """Ad image link 17 length is too long. The maximum length is 2047 characters."""

    ad_image_17_link_required: Optional[int] = Field("int", wire="AD_IMAGE_17_LINK_REQUIRED")
    """Ad image link 17 is required because an image tag was provided."""

    ad_image_17_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_17_LINK_WARNING")
    """Ad image link 17 format is unsupported."""

    ad_image_17_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_17_TAG_DUPLICATED")
    """ad_image_17_tag is duplicated with another ad image tag."""

    ad_image_17_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_17_TAG_LENGTH_TOO_LONG")
    """Ad image tag 17 length is too long. The maximum length is 511 characters."""

    ad_image_17_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_17_TAG_REQUIRED")
    """Ad image tag 17 is required because an image link was provided."""

    ad_image_18_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_18_LINK_DUPLICATED")
    """ad_image_18_link is duplicated with another ad image link."""

    ad_image_18_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_18_LINK_LENGTH_TOO_LONG")
    """Ad image link 18 length is too long. The maximum length is 2047 characters."""

    ad_image_18_link_required: Optional[int] = Field("int", wire="AD_IMAGE_18_LINK_REQUIRED")
    """Ad image link 18 is required because an image tag was provided."""

    ad_image_18_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_18_LINK_WARNING")
    """Ad image link 18 format is unsupported."""

    ad_image_18_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_18_TAG_DUPLICATED")
    """ad_image_18_tag is duplicated with another ad image tag."""

    ad_image_18_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_18_TAG_LENGTH_TOO_LONG")
    """Ad image tag 18 length is too long. The maximum length is 511 characters."""

    ad_image_18_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_18_TAG_REQUIRED")
    """Ad image tag 18 is required because an image link was provided."""

    ad_image_19_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_19_LINK_DUPLICATED")
    """ad_image_19_link is duplicated with another ad image link."""

    ad_image_19_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_19_LINK_LENGTH_TOO_LONG")
    """Ad image link 19 length is too long. The maximum length is 2047 characters."""

    ad_image_19_link_required: Optional[int] = Field("int", wire="AD_IMAGE_19_LINK_REQUIRED")
    """Ad image link 19 is required because an image tag was provided."""

    ad_image_19_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_19_LINK_WARNING")
    """Ad image link 19 format is unsupported."""

    ad_image_19_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_19_TAG_DUPLICATED")
    """ad_image_19_tag is duplicated with another ad image tag."""

    ad_image_19_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_19_TAG_LENGTH_TOO_LONG")
    """Ad image tag 19 length is too long. The maximum length is 511 characters."""

    ad_image_19_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_19_TAG_REQUIRED")
    """Ad image tag 19 is required because an image link was provided."""

    ad_image_1_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_1_LINK_DUPLICATED")
    """ad_image_1_link is duplicated with another ad image link."""

    ad_image_1_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_1_LINK_LENGTH_TOO_LONG")
    """Ad image link 1 length is too long. The maximum length is 2047 characters."""

    ad_image_1_link_required: Optional[int] = Field("int", wire="AD_IMAGE_1_LINK_REQUIRED")
    """Ad image link 1 is required because an image tag was provided."""

    ad_image_1_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_1_LINK_WARNING")
    """Ad image link 1 format is unsupported."""

    ad_image_1_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_1_TAG_DUPLICATED")
    """ad_image_1_tag is duplicated with another ad image tag."""

    ad_image_1_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_1_TAG_LENGTH_TOO_LONG")
    """Ad image tag 1 length is too long. The maximum length is 511 characters."""

    ad_image_1_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_1_TAG_REQUIRED")
    """Ad image tag 1 is required because an image link was provided."""

    ad_image_2_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_2_LINK_DUPLICATED")
    """ad_image_2_link is duplicated with another ad image link."""

    ad_image_2_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_2_LINK_LENGTH_TOO_LONG")
    """Ad image link 2 length is too long. The maximum length is 2047 characters."""

    ad_image_2_link_required: Optional[int] = Field("int", wire="AD_IMAGE_2_LINK_REQUIRED")
    """Ad image link 2 is required because an image tag was provided."""

    ad_image_2_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_2_LINK_WARNING")
    """Ad image link 2 format is unsupported."""

    ad_image_2_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_2_TAG_DUPLICATED")
    """ad_image_2_tag is duplicated with another ad image tag."""

    ad_image_2_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_2_TAG_LENGTH_TOO_LONG")
    """Ad image tag 2 length is too long. The maximum length is 511 characters."""

    ad_image_2_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_2_TAG_REQUIRED")
    """Ad image tag 2 is required because an image link was provided."""

    ad_image_3_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_3_LINK_DUPLICATED")
    """ad_image_3_link is duplicated with another ad image link."""

    ad_image_3_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_3_LINK_LENGTH_TOO_LONG")
    """Ad image link 3 length is too long. The maximum length is 2047 characters."""

    ad_image_3_link_required: Optional[int] = Field("int", wire="AD_IMAGE_3_LINK_REQUIRED")
    """Ad image link 3 is required because an image tag was provided."""

    ad_image_3_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_3_LINK_WARNING")
    """Ad image link 3 format is unsupported."""

    ad_image_3_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_3_TAG_DUPLICATED")
    """ad_image_3_tag is duplicated with another ad image tag."""

    ad_image_3_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_3_TAG_LENGTH_TOO_LONG")
    """Ad image tag 3 length is too long. The maximum length is 511 characters."""

    ad_image_3_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_3_TAG_REQUIRED")
    """Ad image tag 3 is required because an image link was provided."""

    ad_image_4_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_4_LINK_DUPLICATED")
    """ad_image_4_link is duplicated with another ad image link."""

    ad_image_4_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_4_LINK_LENGTH_TOO_LONG")
    """Ad image link 4 length is too long. The maximum length is 2047 characters."""

    ad_image_4_link_required: Optional[int] = Field("int", wire="AD_IMAGE_4_LINK_REQUIRED")
    """Ad image link 4 is required because an image tag was provided."""

    ad_image_4_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_4_LINK_WARNING")
    """Ad image link 4 format is unsupported."""

    ad_image_4_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_4_TAG_DUPLICATED")
    """ad_image_4_tag is duplicated with another ad image tag."""

    ad_image_4_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_4_TAG_LENGTH_TOO_LONG")
    """Ad image tag 4 length is too long. The maximum length is 511 characters."""

    ad_image_4_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_4_TAG_REQUIRED")
    """Ad image tag 4 is required because an image link was provided."""

    ad_image_5_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_5_LINK_DUPLICATED")
    """ad_image_5_link is duplicated with another ad image link."""

    ad_image_5_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_5_LINK_LENGTH_TOO_LONG")
    """Ad image link 5 length is too long. The maximum length is 2047 characters."""

    ad_image_5_link_required: Optional[int] = Field("int", wire="AD_IMAGE_5_LINK_REQUIRED")
    """Ad image link 5 is required because an image tag was provided."""

    ad_image_5_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_5_LINK_WARNING")
    """Ad image link 5 format is unsupported."""

    ad_image_5_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_5_TAG_DUPLICATED")
    """ad_image_5_tag is duplicated with another ad image tag."""

    ad_image_5_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_5_TAG_LENGTH_TOO_LONG")
    """Ad image tag 5 length is too long. The maximum length is 511 characters."""

    ad_image_5_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_5_TAG_REQUIRED")
    """Ad image tag 5 is required because an image link was provided."""

    ad_image_6_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_6_LINK_DUPLICATED")
    """ad_image_6_link is duplicated with another ad image link."""

    ad_image_6_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_6_LINK_LENGTH_TOO_LONG")
    """Ad image link 6 length is too long. The maximum length is 2047 characters."""

    ad_image_6_link_required: Optional[int] = Field("int", wire="AD_IMAGE_6_LINK_REQUIRED")
    """Ad image link 6 is required because an image tag was provided."""

    ad_image_6_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_6_LINK_WARNING")
    """Ad image link 6 format is unsupported."""

    ad_image_6_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_6_TAG_DUPLICATED")
    """ad_image_6_tag is duplicated with another ad image tag."""

    ad_image_6_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_6_TAG_LENGTH_TOO_LONG")
    """Ad image tag 6 length is too long. The maximum length is 511 characters."""

    ad_image_6_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_6_TAG_REQUIRED")
    """Ad image tag 6 is required because an image link was provided."""

    ad_image_7_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_7_LINK_DUPLICATED")
    """ad_image_7_link is duplicated with another ad image link."""

    ad_image_7_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_7_LINK_LENGTH_TOO_LONG")
    """Ad image link 7 length is too long. The maximum length is 2047 characters."""

    ad_image_7_link_required: Optional[int] = Field("int", wire="AD_IMAGE_7_LINK_REQUIRED")
    """Ad image link 7 is required because an image tag was provided."""

    ad_image_7_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_7_LINK_WARNING")
    """Ad image link 7 format is unsupported."""

    ad_image_7_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_7_TAG_DUPLICATED")
    """ad_image_7_tag is duplicated with another ad image tag."""

    ad_image_7_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_7_TAG_LENGTH_TOO_LONG")
    """Ad image tag 7 length is too long. The maximum length is 511 characters."""

    ad_image_7_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_7_TAG_REQUIRED")
    """Ad image tag 7 is required because an image link was provided."""

    ad_image_8_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_8_LINK_DUPLICATED")
    """ad_image_8_link is duplicated with another ad image link."""

    ad_image_8_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_8_LINK_LENGTH_TOO_LONG")
    """Ad image link 8 length is too long. The maximum length is 2047 characters."""

    ad_image_8_link_required: Optional[int] = Field("int", wire="AD_IMAGE_8_LINK_REQUIRED")
    """Ad image link 8 is required because an image tag was provided."""

    ad_image_8_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_8_LINK_WARNING")
    """Ad image link 8 format is unsupported."""

    ad_image_8_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_8_TAG_DUPLICATED")
    """ad_image_8_tag is duplicated with another ad image tag."""

    ad_image_8_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_8_TAG_LENGTH_TOO_LONG")
    """Ad image tag 8 length is too long. The maximum length is 511 characters."""

    ad_image_8_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_8_TAG_REQUIRED")
    """Ad image tag 8 is required because an image link was provided."""

    ad_image_9_link_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_9_LINK_DUPLICATED")
    """ad_image_9_link is duplicated with another ad image link."""

    ad_image_9_link_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_9_LINK_LENGTH_TOO_LONG")
    """Ad image link 9 length is too long. The maximum length is 2047 characters."""

    ad_image_9_link_required: Optional[int] = Field("int", wire="AD_IMAGE_9_LINK_REQUIRED")
    """Ad image link 9 is required because an image tag was provided."""

    ad_image_9_link_warning: Optional[int] = Field("int", wire="AD_IMAGE_9_LINK_WARNING")
    """Ad image link 9 format is unsupported."""

    ad_image_9_tag_duplicated: Optional[int] = Field("int", wire="AD_IMAGE_9_TAG_DUPLICATED")
    """ad_image_9_tag is duplicated with another ad image tag."""

    ad_image_9_tag_length_too_long: Optional[int] = Field("int", wire="AD_IMAGE_9_TAG_LENGTH_TOO_LONG")
    """Ad image tag 9 length is too long. The maximum length is 511 characters."""

    ad_image_9_tag_required: Optional[int] = Field("int", wire="AD_IMAGE_9_TAG_REQUIRED")
    """Ad image tag 9 is required because an image link was provided."""

    ad_link_format_warning: Optional[int] = Field("int", wire="AD_LINK_FORMAT_WARNING")
    """Some items have ad links that are formatted incorrectly."""

    ad_link_same_as_link: Optional[int] = Field("int", wire="AD_LINK_SAME_AS_LINK")
    """Some items have ad link URLs that are duplicates of the link URLs for those items."""

    ad_video_0_link_duplicated: Optional[int] = Field("int", wire="AD_VIDEO_0_LINK_DUPLICATED")
    """ad_video_0_link is duplicated with another ad video link."""

    ad_video_0_link_length_too_long: Optional[int] = Field("int", wire="AD_VIDEO_0_LINK_LENGTH_TOO_LONG")
    """ad_video_0_link length is too long. The maximum length is 511 characters."""

    ad_video_0_link_required: Optional[int] = Field("int", wire="AD_VIDEO_0_LINK_REQUIRED")
    """ad_video_0_link is required for this item because ad_video_0_tag was provided."""

    ad_video_0_link_warning: Optional[int] = Field("int", wire="AD_VIDEO_0_LINK_WARNING")
    """ad_video_0_link is formatted incorrectly and will not be published with your items."""

    ad_video_0_tag_duplicated: Optional[int] = Field("int", wire="AD_VIDEO_0_TAG_DUPLICATED")
    """ad_video_0_tag is duplicated with another ad video tag."""

    ad_video_0_tag_length_too_long: Optional[int] = Field("int", wire="AD_VIDEO_0_TAG_LENGTH_TOO_LONG")
    """ad_video_0_tag length is too long. The maximum length is 511 characters."""

    ad_video_0_tag_required: Optional[int] = Field("int", wire="AD_VIDEO_0_TAG_REQUIRED")
    """ad_video_0_tag is required because ad_video_0_link was provided."""

    ad_video_1_link_duplicated: Optional[int] = Field("int", wire="AD_VIDEO_1_LINK_DUPLICATED")
    """ad_video_1_link is duplicated with another ad video link."""

    ad_video_1_link_length_too_long: Optional[int] = Field("int", wire="AD_VIDEO_1_LINK_LENGTH_TOO_LONG")
    """ad_video_1_link length is too long. The maximum length is 511 characters."""

    ad_video_1_link_required: Optional[int] = Field("int", wire="AD_VIDEO_1_LINK_REQUIRED")
    """ad_video_1_link is required for this item because ad_video_1_tag was provided."""

    ad_video_1_link_warning: Optional[int] = Field("int", wire="AD_VIDEO_1_LINK_WARNING")
    """ad_video_1_link is formatted incorrectly and will not be published with your items."""

    ad_video_1_tag_duplicated: Optional[int] = Field("int", wire="AD_VIDEO_1_TAG_DUPLICATED")
    """ad_video_1_tag is duplicated with another ad video tag."""

    ad_video_1_tag_length_too_long: Optional[int] = Field("int", wire="AD_VIDEO_1_TAG_LENGTH_TOO_LONG")
    """ad_video_1_tag length is too long. The maximum length is 511 characters."""

    ad_video_1_tag_required: Optional[int] = Field("int", wire="AD_VIDEO_1_TAG_REQUIRED")
    """ad_video_1_tag is required because ad_video_1_link was provided."""

    ad_video_2_link_duplicated: Optional[int] = Field("int", wire="AD_VIDEO_2_LINK_DUPLICATED")
    """ad_video_2_link is duplicated with another ad video link."""

    ad_video_2_link_length_too_long: Optional[int] = Field("int", wire="AD_VIDEO_2_LINK_LENGTH_TOO_LONG")
    """ad_video_2_link length is too long. The maximum length is 511 characters."""

    ad_video_2_link_required: Optional[int] = Field("int", wire="AD_VIDEO_2_LINK_REQUIRED")
    """ad_video_2_link is required for this item because ad_video_2_tag was provided."""

    ad_video_2_link_warning: Optional[int] = Field("int", wire="AD_VIDEO_2_LINK_WARNING")
    """ad_video_2_link is formatted incorrectly and will not be published with your items."""

    ad_video_2_tag_duplicated: Optional[int] = Field("int", wire="AD_VIDEO_2_TAG_DUPLICATED")
    """ad_video_2_tag is duplicated with another ad video tag."""

    ad_video_2_tag_length_too_long: Optional[int] = Field("int", wire="AD_VIDEO_2_TAG_LENGTH_TOO_LONG")
    """ad_video_2_tag length is too long. The maximum length is 511 characters."""

    ad_video_2_tag_required: Optional[int] = Field("int", wire="AD_VIDEO_2_TAG_REQUIRED")
    """ad_video_2_tag is required because ad_video_2_link was provided."""

    additional_image_link_length_too_long: Optional[int] = Field("int", wire="ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG")
    """Some items have additional_image_link URLs that contain too many characters, so those items will not be
    published.
    """

    additional_image_link_warning: Optional[int] = Field("int", wire="ADDITIONAL_IMAGE_LINK_WARNING")
    """Some items have additional_image_link URLs that are formatted incorrectly and will not be published with your
    items.
    """

    adwords_format_warning: Optional[int] = Field("int", wire="ADWORDS_FORMAT_WARNING")
    """Some items have adwords_redirect links that are formatted incorrectly."""

    adwords_same_as_link: Optional[int] = Field("int", wire="ADWORDS_SAME_AS_LINK")
    """Some items have adwords_redirect URLs that are duplicates of the link URLs for those items."""

    age_group_invalid: Optional[int] = Field("int", wire="AGE_GROUP_INVALID")
    """Some items have age group values that are formatted incorrectly, which may limit visibility in recommendations,
    search results and shopping experiences.
    """

    android_deep_link_invalid: Optional[int] = Field("int", wire="ANDROID_DEEP_LINK_INVALID")
    """Some items include invalid android_deep_link."""

    availability_date_invalid: Optional[int] = Field("int", wire="AVAILABILITY_DATE_INVALID")
    """Some items have availability_date values that are formatted incorrectly, those items will be published without an
    availability date.
    """

    country_does_not_map_to_currency: Optional[int] = Field("int", wire="COUNTRY_DOES_NOT_MAP_TO_CURRENCY")
    """Some items include a currency that doesn't match the usual currency for the location where that product is sold
    or shipped.
    """

    custom_label_length_too_long: Optional[int] = Field("int", wire="CUSTOM_LABEL_LENGTH_TOO_LONG")
    """Some items have custom_label values that are too long, those items will be published without that custom label.
    """

    description_length_too_long: Optional[int] = Field("int", wire="DESCRIPTION_LENGTH_TOO_LONG")
    """The description for some items were truncated because they contain too many characters."""

    duplicate_headers: Optional[int] = Field("int", wire="DUPLICATE_HEADERS")
    """Your feed contains duplicate headers."""

    expiration_date_invalid: Optional[int] = Field("int", wire="EXPIRATION_DATE_INVALID")
    """Some items have expiration_date values that are formatted incorrectly, those items will be published without an
    expiration date.
    """

    fetch_same_signature: Optional[int] = Field("int", wire="FETCH_SAME_SIGNATURE", enum=(1,))
    """Ingestion completed early because there are no changes to your feed since the last successful update."""

    gender_invalid: Optional[int] = Field("int", wire="GENDER_INVALID")
    """Some items have gender values that are formatted incorrectly, which may limit visibility in recommendations,
    search results and shopping experiences.
    """

    gtin_invalid: Optional[int] = Field("int", wire="GTIN_INVALID")
    """Some items include incorrectly formatted GTINs."""

    image_link_warning: Optional[int] = Field("int", wire="IMAGE_LINK_WARNING")
    """Some items have image_link URLs that are formatted incorrectly and will not be published with those items."""

    inconsistent_currency_values: Optional[int] = Field("int", wire="INCONSISTENT_CURRENCY_VALUES")
    """Some items include inconsistent currencies in price fields."""

    indexed_product_count_large_delta: Optional[int] = Field("int", wire="INDEXED_PRODUCT_COUNT_LARGE_DELTA")
    """The product count has increased or decreased significantly compared to the last successful ingestion."""

    ios_deep_link_invalid: Optional[int] = Field("int", wire="IOS_DEEP_LINK_INVALID")
    """Some items include invalid ios_deep_link values."""

    is_bundle_invalid: Optional[int] = Field("int", wire="IS_BUNDLE_INVALID")
    """Some items have is_bundle values that are formatted incorrectly, those items will be published without being
    bundled with other products.
    """

    item_additional_image_download_failure: Optional[int] = Field("int", wire="ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE")
    """Some items include additional_image_links that can't be found."""

    link_format_warning: Optional[int] = Field("int", wire="LINK_FORMAT_WARNING")
    """Some items have an invalid product link which contains invalid UTM tracking paramaters."""

    min_ad_price_invalid: Optional[int] = Field("int", wire="MIN_AD_PRICE_INVALID")
    """Some items include min_ad_price values that are formatted incorrectly."""

    mpn_invalid: Optional[int] = Field("int", wire="MPN_INVALID")
    """Some items include incorrectly formatted MPNs."""

    multipack_invalid: Optional[int] = Field("int", wire="MULTIPACK_INVALID")
    """Some items have invalid multipack values."""

    optional_condition_invalid: Optional[int] = Field("int", wire="OPTIONAL_CONDITION_INVALID")
    """Some items include condition values that are formatted incorrectly, which may limit visibility in
    recommendations, search results and shopping experiences.
    """

    optional_condition_missing: Optional[int] = Field("int", wire="OPTIONAL_CONDITION_MISSING")
    """Some items are missing a condition value, which may limit visibility in recommendations, search results and
    shopping experiences.
    """

    optional_product_category_invalid: Optional[int] = Field("int", wire="OPTIONAL_PRODUCT_CATEGORY_INVALID")
    """Some items include google_product_category values that are not formatted correctly according to the GPC taxonomy.
    """

    optional_product_category_missing: Optional[int] = Field("int", wire="OPTIONAL_PRODUCT_CATEGORY_MISSING")
    """Some items are missing a google_product_category."""

    product_category_depth_warning: Optional[int] = Field("int", wire="PRODUCT_CATEGORY_DEPTH_WARNING")
    """Some items only have 1 or 2 levels of google_product_category values, which may limit visibility in
    recommendations, search results and shopping experiences.
    """

    product_type_length_too_long: Optional[int] = Field("int", wire="PRODUCT_TYPE_LENGTH_TOO_LONG")
    """Some items have product_type values that are too long, those items will be published without that product type.
    """

    sale_date_invalid: Optional[int] = Field("int", wire="SALE_DATE_INVALID")
    """Some items have sale_price_effective_date values that are formatted incorrectly, those items will be published
    without a sale date.
    """

    sales_price_invalid: Optional[int] = Field("int", wire="SALES_PRICE_INVALID")
    """Some items have sale price values that are higher than the original price of the item."""

    sales_price_too_high: Optional[int] = Field("int", wire="SALES_PRICE_TOO_HIGH")
    """Some items include a sales price that is higher than the list price. The sales price has been defaulted to the
    list price.
    """

    sales_price_too_low: Optional[int] = Field("int", wire="SALES_PRICE_TOO_LOW")
    """Some items include sales price that is much lower than the list price."""

    shipping_height_invalid: Optional[int] = Field("int", wire="SHIPPING_HEIGHT_INVALID")
    """Some items include incorrectly formatted shipping_height."""

    shipping_invalid: Optional[int] = Field("int", wire="SHIPPING_INVALID")
    """Some items have shipping values that are formatted incorrectly."""

    shipping_weight_invalid: Optional[int] = Field("int", wire="SHIPPING_WEIGHT_INVALID")
    """Some items have invalid shipping_weight values."""

    shipping_width_invalid: Optional[int] = Field("int", wire="SHIPPING_WIDTH_INVALID")
    """Some items include incorrectly formatted shipping_width."""

    size_system_invalid: Optional[int] = Field("int", wire="SIZE_SYSTEM_INVALID")
    """Some items have size system values which are not one of the supported size systems."""

    size_type_invalid: Optional[int] = Field("int", wire="SIZE_TYPE_INVALID")
    """Some items have size type values that are formatted incorrectly, which may limit visibility in recommendations,
    search results and shopping experiences.
    """

    tax_invalid: Optional[int] = Field("int", wire="TAX_INVALID")
    """Some items have tax values that are formatted incorrectly."""

    title_length_too_long: Optional[int] = Field("int", wire="TITLE_LENGTH_TOO_LONG")
    """The title for some items were truncated because they contain too many characters."""

    too_many_additional_image_links: Optional[int] = Field("int", wire="TOO_MANY_ADDITIONAL_IMAGE_LINKS")
    """Some items have additional_image_link values that exceed the limit for additional images, those items will be
    published without some of your images.
    """

    updated_time_invalid: Optional[int] = Field("int", wire="UPDATED_TIME_INVALID")
    """Some items have updated_time values thate are formatted incorrectly, those items will be published without an
    updated time.
    """

    utm_source_auto_corrected: Optional[int] = Field("int", wire="UTM_SOURCE_AUTO_CORRECTED")
    """Some items include utm_source values that are formatted incorrectly and have been automatically corrected."""

    video_required_when_ad_video_provided: Optional[int] = Field("int", wire="VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED")
    """A video is required in the item when ad_video fields are provided."""

    weight_unit_invalid: Optional[int] = Field("int", wire="WEIGHT_UNIT_INVALID")
    """Some items have weight_unit values that are formatted incorrectly, those items will be published without a weight
    unit.
    """

    availability_normalized: Optional[int] = Field("int", wire="AVAILABILITY_NORMALIZED")
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Some items include availability values that are
    formatted incorrectly and have been automatically corrected.
    """

    condition_normalized: Optional[int] = Field("int", wire="CONDITION_NORMALIZED")
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Some items include condition values that are
    formatted incorrectly and have been automatically corrected.
    """

    gender_normalized: Optional[int] = Field("int", wire="GENDER_NORMALIZED")
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Some items include gender values that are
    formatted incorrectly and have been automatically corrected.
    """

    size_type_normalized: Optional[int] = Field("int", wire="SIZE_TYPE_NORMALIZED")
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Some items include size_type values that are
    formatted incorrectly and have been automatically corrected.
    """

    age_group_normalized: Optional[int] = Field("int", wire="AGE_GROUP_NORMALIZED")
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Some items include age_group values that are
    formatted incorrectly and have been automatically corrected.
    """

    duplicate_products: Optional[int] = Field("int", wire="DUPLICATE_PRODUCTS")
    """Deprecated: Pinterest dropped this property after spec 5.8.0. Some products are duplicated."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_image_0_link_duplicated: Optional[int] = ...,
            ad_image_0_link_length_too_long: Optional[int] = ...,
            ad_image_0_link_required: Optional[int] = ...,
            ad_image_0_link_warning: Optional[int] = ...,
            ad_image_0_tag_duplicated: Optional[int] = ...,
            ad_image_0_tag_length_too_long: Optional[int] = ...,
            ad_image_0_tag_required: Optional[int] = ...,
            ad_image_10_link_duplicated: Optional[int] = ...,
            ad_image_10_link_length_too_long: Optional[int] = ...,
            ad_image_10_link_required: Optional[int] = ...,
            ad_image_10_link_warning: Optional[int] = ...,
            ad_image_10_tag_duplicated: Optional[int] = ...,
            ad_image_10_tag_length_too_long: Optional[int] = ...,
            ad_image_10_tag_required: Optional[int] = ...,
            ad_image_11_link_duplicated: Optional[int] = ...,
            ad_image_11_link_length_too_long: Optional[int] = ...,
            ad_image_11_link_required: Optional[int] = ...,
            ad_image_11_link_warning: Optional[int] = ...,
            ad_image_11_tag_duplicated: Optional[int] = ...,
            ad_image_11_tag_length_too_long: Optional[int] = ...,
            ad_image_11_tag_required: Optional[int] = ...,
            ad_image_12_link_duplicated: Optional[int] = ...,
            ad_image_12_link_length_too_long: Optional[int] = ...,
            ad_image_12_link_required: Optional[int] = ...,
            ad_image_12_link_warning: Optional[int] = ...,
            ad_image_12_tag_duplicated: Optional[int] = ...,
            ad_image_12_tag_length_too_long: Optional[int] = ...,
            ad_image_12_tag_required: Optional[int] = ...,
            ad_image_13_link_duplicated: Optional[int] = ...,
            ad_image_13_link_length_too_long: Optional[int] = ...,
            ad_image_13_link_required: Optional[int] = ...,
            ad_image_13_link_warning: Optional[int] = ...,
            ad_image_13_tag_duplicated: Optional[int] = ...,
            ad_image_13_tag_length_too_long: Optional[int] = ...,
            ad_image_13_tag_required: Optional[int] = ...,
            ad_image_14_link_duplicated: Optional[int] = ...,
            ad_image_14_link_length_too_long: Optional[int] = ...,
            ad_image_14_link_required: Optional[int] = ...,
            ad_image_14_link_warning: Optional[int] = ...,
            ad_image_14_tag_duplicated: Optional[int] = ...,
            ad_image_14_tag_length_too_long: Optional[int] = ...,
            ad_image_14_tag_required: Optional[int] = ...,
            ad_image_15_link_duplicated: Optional[int] = ...,
            ad_image_15_link_length_too_long: Optional[int] = ...,
            ad_image_15_link_required: Optional[int] = ...,
            ad_image_15_link_warning: Optional[int] = ...,
            ad_image_15_tag_duplicated: Optional[int] = ...,
            ad_image_15_tag_length_too_long: Optional[int] = ...,
            ad_image_15_tag_required: Optional[int] = ...,
            ad_image_16_link_duplicated: Optional[int] = ...,
            ad_image_16_link_length_too_long: Optional[int] = ...,
            ad_image_16_link_required: Optional[int] = ...,
            ad_image_16_link_warning: Optional[int] = ...,
            ad_image_16_tag_duplicated: Optional[int] = ...,
            ad_image_16_tag_length_too_long: Optional[int] = ...,
            ad_image_16_tag_required: Optional[int] = ...,
            ad_image_17_link_duplicated: Optional[int] = ...,
            ad_image_17_link_length_too_long: Optional[int] = ...,
            ad_image_17_link_required: Optional[int] = ...,
            ad_image_17_link_warning: Optional[int] = ...,
            ad_image_17_tag_duplicated: Optional[int] = ...,
            ad_image_17_tag_length_too_long: Optional[int] = ...,
            ad_image_17_tag_required: Optional[int] = ...,
            ad_image_18_link_duplicated: Optional[int] = ...,
            ad_image_18_link_length_too_long: Optional[int] = ...,
            ad_image_18_link_required: Optional[int] = ...,
            ad_image_18_link_warning: Optional[int] = ...,
            ad_image_18_tag_duplicated: Optional[int] = ...,
            ad_image_18_tag_length_too_long: Optional[int] = ...,
            ad_image_18_tag_required: Optional[int] = ...,
            ad_image_19_link_duplicated: Optional[int] = ...,
            ad_image_19_link_length_too_long: Optional[int] = ...,
            ad_image_19_link_required: Optional[int] = ...,
            ad_image_19_link_warning: Optional[int] = ...,
            ad_image_19_tag_duplicated: Optional[int] = ...,
            ad_image_19_tag_length_too_long: Optional[int] = ...,
            ad_image_19_tag_required: Optional[int] = ...,
            ad_image_1_link_duplicated: Optional[int] = ...,
            ad_image_1_link_length_too_long: Optional[int] = ...,
            ad_image_1_link_required: Optional[int] = ...,
            ad_image_1_link_warning: Optional[int] = ...,
            ad_image_1_tag_duplicated: Optional[int] = ...,
            ad_image_1_tag_length_too_long: Optional[int] = ...,
            ad_image_1_tag_required: Optional[int] = ...,
            ad_image_2_link_duplicated: Optional[int] = ...,
            ad_image_2_link_length_too_long: Optional[int] = ...,
            ad_image_2_link_required: Optional[int] = ...,
            ad_image_2_link_warning: Optional[int] = ...,
            ad_image_2_tag_duplicated: Optional[int] = ...,
            ad_image_2_tag_length_too_long: Optional[int] = ...,
            ad_image_2_tag_required: Optional[int] = ...,
            ad_image_3_link_duplicated: Optional[int] = ...,
            ad_image_3_link_length_too_long: Optional[int] = ...,
            ad_image_3_link_required: Optional[int] = ...,
            ad_image_3_link_warning: Optional[int] = ...,
            ad_image_3_tag_duplicated: Optional[int] = ...,
            ad_image_3_tag_length_too_long: Optional[int] = ...,
            ad_image_3_tag_required: Optional[int] = ...,
            ad_image_4_link_duplicated: Optional[int] = ...,
            ad_image_4_link_length_too_long: Optional[int] = ...,
            ad_image_4_link_required: Optional[int] = ...,
            ad_image_4_link_warning: Optional[int] = ...,
            ad_image_4_tag_duplicated: Optional[int] = ...,
            ad_image_4_tag_length_too_long: Optional[int] = ...,
            ad_image_4_tag_required: Optional[int] = ...,
            ad_image_5_link_duplicated: Optional[int] = ...,
            ad_image_5_link_length_too_long: Optional[int] = ...,
            ad_image_5_link_required: Optional[int] = ...,
            ad_image_5_link_warning: Optional[int] = ...,
            ad_image_5_tag_duplicated: Optional[int] = ...,
            ad_image_5_tag_length_too_long: Optional[int] = ...,
            ad_image_5_tag_required: Optional[int] = ...,
            ad_image_6_link_duplicated: Optional[int] = ...,
            ad_image_6_link_length_too_long: Optional[int] = ...,
            ad_image_6_link_required: Optional[int] = ...,
            ad_image_6_link_warning: Optional[int] = ...,
            ad_image_6_tag_duplicated: Optional[int] = ...,
            ad_image_6_tag_length_too_long: Optional[int] = ...,
            ad_image_6_tag_required: Optional[int] = ...,
            ad_image_7_link_duplicated: Optional[int] = ...,
            ad_image_7_link_length_too_long: Optional[int] = ...,
            ad_image_7_link_required: Optional[int] = ...,
            ad_image_7_link_warning: Optional[int] = ...,
            ad_image_7_tag_duplicated: Optional[int] = ...,
            ad_image_7_tag_length_too_long: Optional[int] = ...,
            ad_image_7_tag_required: Optional[int] = ...,
            ad_image_8_link_duplicated: Optional[int] = ...,
            ad_image_8_link_length_too_long: Optional[int] = ...,
            ad_image_8_link_required: Optional[int] = ...,
            ad_image_8_link_warning: Optional[int] = ...,
            ad_image_8_tag_duplicated: Optional[int] = ...,
            ad_image_8_tag_length_too_long: Optional[int] = ...,
            ad_image_8_tag_required: Optional[int] = ...,
            ad_image_9_link_duplicated: Optional[int] = ...,
            ad_image_9_link_length_too_long: Optional[int] = ...,
            ad_image_9_link_required: Optional[int] = ...,
            ad_image_9_link_warning: Optional[int] = ...,
            ad_image_9_tag_duplicated: Optional[int] = ...,
            ad_image_9_tag_length_too_long: Optional[int] = ...,
            ad_image_9_tag_required: Optional[int] = ...,
            ad_link_format_warning: Optional[int] = ...,
            ad_link_same_as_link: Optional[int] = ...,
            ad_video_0_link_duplicated: Optional[int] = ...,
            ad_video_0_link_length_too_long: Optional[int] = ...,
            ad_video_0_link_required: Optional[int] = ...,
            ad_video_0_link_warning: Optional[int] = ...,
            ad_video_0_tag_duplicated: Optional[int] = ...,
            ad_video_0_tag_length_too_long: Optional[int] = ...,
            ad_video_0_tag_required: Optional[int] = ...,
            ad_video_1_link_duplicated: Optional[int] = ...,
            ad_video_1_link_length_too_long: Optional[int] = ...,
            ad_video_1_link_required: Optional[int] = ...,
            ad_video_1_link_warning: Optional[int] = ...,
            ad_video_1_tag_duplicated: Optional[int] = ...,
            ad_video_1_tag_length_too_long: Optional[int] = ...,
            ad_video_1_tag_required: Optional[int] = ...,
            ad_video_2_link_duplicated: Optional[int] = ...,
            ad_video_2_link_length_too_long: Optional[int] = ...,
            ad_video_2_link_required: Optional[int] = ...,
            ad_video_2_link_warning: Optional[int] = ...,
            ad_video_2_tag_duplicated: Optional[int] = ...,
            ad_video_2_tag_length_too_long: Optional[int] = ...,
            ad_video_2_tag_required: Optional[int] = ...,
            additional_image_link_length_too_long: Optional[int] = ...,
            additional_image_link_warning: Optional[int] = ...,
            adwords_format_warning: Optional[int] = ...,
            adwords_same_as_link: Optional[int] = ...,
            age_group_invalid: Optional[int] = ...,
            android_deep_link_invalid: Optional[int] = ...,
            availability_date_invalid: Optional[int] = ...,
            country_does_not_map_to_currency: Optional[int] = ...,
            custom_label_length_too_long: Optional[int] = ...,
            description_length_too_long: Optional[int] = ...,
            duplicate_headers: Optional[int] = ...,
            expiration_date_invalid: Optional[int] = ...,
            fetch_same_signature: Optional[int] = ...,
            gender_invalid: Optional[int] = ...,
            gtin_invalid: Optional[int] = ...,
            image_link_warning: Optional[int] = ...,
            inconsistent_currency_values: Optional[int] = ...,
            indexed_product_count_large_delta: Optional[int] = ...,
            ios_deep_link_invalid: Optional[int] = ...,
            is_bundle_invalid: Optional[int] = ...,
            item_additional_image_download_failure: Optional[int] = ...,
            link_format_warning: Optional[int] = ...,
            min_ad_price_invalid: Optional[int] = ...,
            mpn_invalid: Optional[int] = ...,
            multipack_invalid: Optional[int] = ...,
            optional_condition_invalid: Optional[int] = ...,
            optional_condition_missing: Optional[int] = ...,
            optional_product_category_invalid: Optional[int] = ...,
            optional_product_category_missing: Optional[int] = ...,
            product_category_depth_warning: Optional[int] = ...,
            product_type_length_too_long: Optional[int] = ...,
            sale_date_invalid: Optional[int] = ...,
            sales_price_invalid: Optional[int] = ...,
            sales_price_too_high: Optional[int] = ...,
            sales_price_too_low: Optional[int] = ...,
            shipping_height_invalid: Optional[int] = ...,
            shipping_invalid: Optional[int] = ...,
            shipping_weight_invalid: Optional[int] = ...,
            shipping_width_invalid: Optional[int] = ...,
            size_system_invalid: Optional[int] = ...,
            size_type_invalid: Optional[int] = ...,
            tax_invalid: Optional[int] = ...,
            title_length_too_long: Optional[int] = ...,
            too_many_additional_image_links: Optional[int] = ...,
            updated_time_invalid: Optional[int] = ...,
            utm_source_auto_corrected: Optional[int] = ...,
            video_required_when_ad_video_provided: Optional[int] = ...,
            weight_unit_invalid: Optional[int] = ...,
            availability_normalized: Optional[int] = ...,
            condition_normalized: Optional[int] = ...,
            gender_normalized: Optional[int] = ...,
            size_type_normalized: Optional[int] = ...,
            age_group_normalized: Optional[int] = ...,
            duplicate_products: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedValidationWarnings"]
