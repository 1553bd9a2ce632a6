# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_item_validation_details import CatalogsItemValidationDetails


class CatalogsItemValidationWarnings(Model):
    """CatalogsItemValidationWarnings (component schema)."""

    AD_IMAGE_0_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_0_link is duplicated with another ad image link."""

    AD_IMAGE_0_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 0 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_0_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 0 is required because an image tag was provided."""

    AD_IMAGE_0_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 0 format is unsupported."""

    AD_IMAGE_0_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_0_tag is duplicated with another ad image tag."""

    AD_IMAGE_0_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 0 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_0_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 0 is required because an image link was provided."""

    AD_IMAGE_10_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_10_link is duplicated with another ad image link."""

    AD_IMAGE_10_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 10 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_10_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 10 is required because an image tag was provided."""

    AD_IMAGE_10_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 10 format is unsupported."""

    AD_IMAGE_10_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_10_tag is duplicated with another ad image tag."""

    AD_IMAGE_10_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 10 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_10_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 10 is required because an image link was provided."""

    AD_IMAGE_11_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_11_link is duplicated with another ad image link."""

    AD_IMAGE_11_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 11 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_11_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 11 is required because an image tag was provided."""

    AD_IMAGE_11_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 11 format is unsupported."""

    AD_IMAGE_11_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_11_tag is duplicated with another ad image tag."""

    AD_IMAGE_11_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 11 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_11_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 11 is required because an image link was provided."""

    AD_IMAGE_12_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_12_link is duplicated with another ad image link."""

    AD_IMAGE_12_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 12 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_12_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 12 is required because an image tag was provided."""

    AD_IMAGE_12_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 12 format is unsupported."""

    AD_IMAGE_12_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_12_tag is duplicated with another ad image tag."""

    AD_IMAGE_12_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 12 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_12_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 12 is required because an image link was provided."""

    AD_IMAGE_13_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_13_link is duplicated with another ad image link."""

    AD_IMAGE_13_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 13 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_13_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 13 is required because an image tag was provided."""

    AD_IMAGE_13_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 13 format is unsupported."""

    AD_IMAGE_13_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_13_tag is duplicated with another ad image tag."""

    AD_IMAGE_13_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 13 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_13_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 13 is required because an image link was provided."""

    AD_IMAGE_14_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_14_link is duplicated with another ad image link."""

    AD_IMAGE_14_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 14 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_14_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 14 is required because an image tag was provided."""

    AD_IMAGE_14_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 14 format is unsupported."""

    AD_IMAGE_14_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_14_tag is duplicated with another ad image tag."""

    AD_IMAGE_14_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 14 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_14_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 14 is required because an image link was provided."""

    AD_IMAGE_15_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_15_link is duplicated with another ad image link."""

    AD_IMAGE_15_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 15 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_15_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 15 is required because an image tag was provided."""

    AD_IMAGE_15_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 15 format is unsupported."""

    AD_IMAGE_15_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_15_tag is duplicated with another ad image tag."""

    AD_IMAGE_15_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 15 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_15_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 15 is required because an image link was provided."""

    AD_IMAGE_16_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_16_link is duplicated with another ad image link."""

    AD_IMAGE_16_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 16 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_16_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 16 is required because an image tag was provided."""

    AD_IMAGE_16_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 16 format is unsupported."""

    AD_IMAGE_16_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_16_tag is duplicated with another ad image tag."""

    AD_IMAGE_16_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 16 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_16_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 16 is required because an image link was provided."""

    AD_IMAGE_17_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_17_link is duplicated with another ad image link."""

    AD_IMAGE_17_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 17 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_17_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 17 is required because an image tag was provided."""

    AD_IMAGE_17_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 17 format is unsupported."""

    AD_IMAGE_17_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_17_tag is duplicated with another ad image tag."""

    AD_IMAGE_17_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 17 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_17_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 17 is required because an image link was provided."""

    AD_IMAGE_18_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_18_link is duplicated with another ad image link."""

    AD_IMAGE_18_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 18 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_18_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 18 is required because an image tag was provided."""

    AD_IMAGE_18_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 18 format is unsupported."""

    AD_IMAGE_18_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_18_tag is duplicated with another ad image tag."""

    AD_IMAGE_18_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 18 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_18_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 18 is required because an image link was provided."""

    AD_IMAGE_19_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_19_link is duplicated with another ad image link."""

    AD_IMAGE_19_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 19 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_19_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 19 is required because an image tag was provided."""

    AD_IMAGE_19_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 19 format is unsupported."""

    AD_IMAGE_19_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_19_tag is duplicated with another ad image tag."""

    AD_IMAGE_19_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 19 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_19_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 19 is required because an image link was provided."""

    AD_IMAGE_1_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_1_link is duplicated with another ad image link."""

    AD_IMAGE_1_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 1 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_1_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 1 is required because an image tag was provided."""

    AD_IMAGE_1_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 1 format is unsupported."""

    AD_IMAGE_1_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_1_tag is duplicated with another ad image tag."""

    AD_IMAGE_1_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 1 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_1_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 1 is required because an image link was provided."""

    AD_IMAGE_2_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_2_link is duplicated with another ad image link."""

    AD_IMAGE_2_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 2 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_2_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 2 is required because an image tag was provided."""

    AD_IMAGE_2_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 2 format is unsupported."""

    AD_IMAGE_2_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_2_tag is duplicated with another ad image tag."""

    AD_IMAGE_2_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 2 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_2_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 2 is required because an image link was provided."""

    AD_IMAGE_3_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_3_link is duplicated with another ad image link."""

    AD_IMAGE_3_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 3 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_3_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 3 is required because an image tag was provided."""

    AD_IMAGE_3_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 3 format is unsupported."""

    AD_IMAGE_3_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_3_tag is duplicated with another ad image tag."""

    AD_IMAGE_3_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 3 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_3_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 3 is required because an image link was provided."""

    AD_IMAGE_4_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_4_link is duplicated with another ad image link."""

    AD_IMAGE_4_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 4 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_4_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 4 is required because an image tag was provided."""

    AD_IMAGE_4_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 4 format is unsupported."""

    AD_IMAGE_4_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_4_tag is duplicated with another ad image tag."""

    AD_IMAGE_4_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 4 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_4_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 4 is required because an image link was provided."""

    AD_IMAGE_5_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_5_link is duplicated with another ad image link."""

    AD_IMAGE_5_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 5 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_5_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 5 is required because an image tag was provided."""

    AD_IMAGE_5_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 5 format is unsupported."""

    AD_IMAGE_5_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_5_tag is duplicated with another ad image tag."""

    AD_IMAGE_5_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 5 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_5_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 5 is required because an image link was provided."""

    AD_IMAGE_6_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_6_link is duplicated with another ad image link."""

    AD_IMAGE_6_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 6 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_6_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 6 is required because an image tag was provided."""

    AD_IMAGE_6_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 6 format is unsupported."""

    AD_IMAGE_6_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_6_tag is duplicated with another ad image tag."""

    AD_IMAGE_6_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 6 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_6_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 6 is required because an image link was provided."""

    AD_IMAGE_7_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_7_link is duplicated with another ad image link."""

    AD_IMAGE_7_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 7 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_7_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 7 is required because an image tag was provided."""

    AD_IMAGE_7_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 7 format is unsupported."""

    AD_IMAGE_7_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_7_tag is duplicated with another ad image tag."""

    AD_IMAGE_7_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 7 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_7_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 7 is required because an image link was provided."""

    AD_IMAGE_8_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_8_link is duplicated with another ad image link."""

    AD_IMAGE_8_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 8 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_8_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 8 is required because an image tag was provided."""

    AD_IMAGE_8_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 8 format is unsupported."""

    AD_IMAGE_8_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_8_tag is duplicated with another ad image tag."""

    AD_IMAGE_8_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 8 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_8_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 8 is required because an image link was provided."""

    AD_IMAGE_9_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_9_link is duplicated with another ad image link."""

    AD_IMAGE_9_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 9 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_9_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 9 is required because an image tag was provided."""

    AD_IMAGE_9_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 9 format is unsupported."""

    AD_IMAGE_9_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_9_tag is duplicated with another ad image tag."""

    AD_IMAGE_9_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 9 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_9_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 9 is required because an image link was provided."""

    AD_LINK_FORMAT_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an ad link that is formatted incorrectly."""

    AD_LINK_SAME_AS_LINK: Optional[CatalogsItemValidationDetails]
    """Item has an ad link URL that is duplicate of the link URL."""

    AD_VIDEO_0_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link is duplicated with another ad video link."""

    AD_VIDEO_0_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link is required for this item because ad_video_0_tag was provided."""

    AD_VIDEO_0_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_0_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_tag is duplicated with another ad video tag."""

    AD_VIDEO_0_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_0_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_tag is required because ad_video_0_link was provided."""

    AD_VIDEO_1_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link is duplicated with another ad video link."""

    AD_VIDEO_1_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link is required for this item because ad_video_1_tag was provided."""

    AD_VIDEO_1_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_1_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_tag is duplicated with another ad video tag."""

    AD_VIDEO_1_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_1_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_tag is required because ad_video_1_link was provided."""

    AD_VIDEO_2_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link is duplicated with another ad video link."""

    AD_VIDEO_2_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link is required for this item because ad_video_2_tag was provided."""

    AD_VIDEO_2_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_2_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_tag is duplicated with another ad video tag."""

    AD_VIDEO_2_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_2_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_tag is required because ad_video_2_link was provided."""

    ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has an additional_image_link URL that contains too many characters, so the item will not be published."""

    ADDITIONAL_IMAGE_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has additional_image_link URLs that are formatted incorrectly and will not be published with your items."""

    ADWORDS_FORMAT_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an adwords_redirect link that is formatted incorrectly."""

    ADWORDS_SAME_AS_LINK: Optional[CatalogsItemValidationDetails]
    """Item has an adwords_redirect URL that is duplicate of the link URL."""

    AGE_GROUP_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an age group value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    ANDROID_DEEP_LINK_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes an invalid android_deep_link."""

    AVAILABILITY_DATE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an availability_date value that is formatted incorrectly, this item will be published without an availability date."""

    COUNTRY_DOES_NOT_MAP_TO_CURRENCY: Optional[CatalogsItemValidationDetails]
    """Item includes a currency that doesn't match the usual currency for the location where the product is sold or shipped."""

    CUSTOM_LABEL_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has a custom_label value that is too long, this item will be published without that custom label."""

    DESCRIPTION_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """The description for this item was truncated because it contains too many characters."""

    EXPIRATION_DATE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an expiration_date value that is formatted incorrectly, this item will be published without an expiration date."""

    GENDER_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a gender value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    GTIN_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a GTIN value that is formatted incorrectly."""

    IMAGE_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an image_link URL that is formatted incorrectly and will not be published."""

    IOS_DEEP_LINK_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes an invalid ios_deep_link value."""

    IS_BUNDLE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an is_bundle value that is formatted incorrectly, this item will be published without being bundled with other products."""

    ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE: Optional[CatalogsItemValidationDetails]
    """Item includes additional_image_links that can't be found."""

    LINK_FORMAT_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an invalid product link which contains invalid UTM tracking paramaters."""

    MIN_AD_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes a min_ad_price value that is formatted incorrectly."""

    MPN_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a MPN value that is formatted incorrectly."""

    MULTIPACK_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an invalid multipack value."""

    OPTIONAL_CONDITION_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes a condition value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_CONDITION_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing condition value, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_PRODUCT_CATEGORY_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes a google_product_category value that is not formatted correctly according to the GPC taxonomy."""

    OPTIONAL_PRODUCT_CATEGORY_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing google_product_category."""

    PRODUCT_CATEGORY_DEPTH_WARNING: Optional[CatalogsItemValidationDetails]
    """Item only has 1 or 2 levels of google_product_category value, which may limit visibility in recommendations, search results and shopping experiences."""

    PRODUCT_TYPE_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has a product_type value that is too long, this item will be published without that product type."""

    SALE_DATE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a sale_price_effective_date value that is formatted incorrectly, this item will be published without a sale date."""

    SALES_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an incorrectly formatted sales price."""

    SALES_PRICE_TOO_HIGH: Optional[CatalogsItemValidationDetails]
    """Item has a sale price value that is higher than the original price of the item."""

    SALES_PRICE_TOO_LOW: Optional[CatalogsItemValidationDetails]
    """Item has a sale price value that is discounted very low compared to the price."""

    SHIPPING_HEIGHT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an incorrectly formatted shipping_height value. The value must first contain a numeric value then a valid dimension unit type."""

    SHIPPING_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a shipping value that is formatted incorrectly."""

    SHIPPING_WEIGHT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an invalid shipping_weight value."""

    SHIPPING_WIDTH_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an incorrectly formatted shipping_width value. The value must first contain a numeric value then a valid dimension unit type."""

    SIZE_SYSTEM_INVALID: Optional[CatalogsItemValidationDetails]
    """Some items have size system values which are not one of the supported size systems."""

    SIZE_TYPE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a size type value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    TAX_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a tax value that is formatted incorrectly."""

    TITLE_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """The title for the item was truncated because it contains too many characters."""

    TOO_MANY_ADDITIONAL_IMAGE_LINKS: Optional[CatalogsItemValidationDetails]
    """Item has a additional_image_link value that exceed the limit for additional images, this item will be published without some of your images."""

    UTM_SOURCE_AUTO_CORRECTED: Optional[CatalogsItemValidationDetails]
    """Item includes an utm_source value that is formatted incorrectly and has been automatically corrected."""

    VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED: Optional[CatalogsItemValidationDetails]
    """A video is required in the item when ad_video fields are provided."""

    WEIGHT_UNIT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a weight_unit value that is formatted incorrectly, this item will be published without a weight unit."""

    _spec = (
        ('AD_IMAGE_0_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_LINK_FORMAT_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_LINK_SAME_AS_LINK', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('ADDITIONAL_IMAGE_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('ADWORDS_FORMAT_WARNING', 'CatalogsItemValidationDetails'),
        ('ADWORDS_SAME_AS_LINK', 'CatalogsItemValidationDetails'),
        ('AGE_GROUP_INVALID', 'CatalogsItemValidationDetails'),
        ('ANDROID_DEEP_LINK_INVALID', 'CatalogsItemValidationDetails'),
        ('AVAILABILITY_DATE_INVALID', 'CatalogsItemValidationDetails'),
        ('COUNTRY_DOES_NOT_MAP_TO_CURRENCY', 'CatalogsItemValidationDetails'),
        ('CUSTOM_LABEL_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('DESCRIPTION_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('EXPIRATION_DATE_INVALID', 'CatalogsItemValidationDetails'),
        ('GENDER_INVALID', 'CatalogsItemValidationDetails'),
        ('GTIN_INVALID', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('IOS_DEEP_LINK_INVALID', 'CatalogsItemValidationDetails'),
        ('IS_BUNDLE_INVALID', 'CatalogsItemValidationDetails'),
        ('ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE', 'CatalogsItemValidationDetails'),
        ('LINK_FORMAT_WARNING', 'CatalogsItemValidationDetails'),
        ('MIN_AD_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('MPN_INVALID', 'CatalogsItemValidationDetails'),
        ('MULTIPACK_INVALID', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_CONDITION_INVALID', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_CONDITION_MISSING', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_PRODUCT_CATEGORY_INVALID', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_PRODUCT_CATEGORY_MISSING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_CATEGORY_DEPTH_WARNING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_TYPE_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('SALE_DATE_INVALID', 'CatalogsItemValidationDetails'),
        ('SALES_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('SALES_PRICE_TOO_HIGH', 'CatalogsItemValidationDetails'),
        ('SALES_PRICE_TOO_LOW', 'CatalogsItemValidationDetails'),
        ('SHIPPING_HEIGHT_INVALID', 'CatalogsItemValidationDetails'),
        ('SHIPPING_INVALID', 'CatalogsItemValidationDetails'),
        ('SHIPPING_WEIGHT_INVALID', 'CatalogsItemValidationDetails'),
        ('SHIPPING_WIDTH_INVALID', 'CatalogsItemValidationDetails'),
        ('SIZE_SYSTEM_INVALID', 'CatalogsItemValidationDetails'),
        ('SIZE_TYPE_INVALID', 'CatalogsItemValidationDetails'),
        ('TAX_INVALID', 'CatalogsItemValidationDetails'),
        ('TITLE_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('TOO_MANY_ADDITIONAL_IMAGE_LINKS', 'CatalogsItemValidationDetails'),
        ('UTM_SOURCE_AUTO_CORRECTED', 'CatalogsItemValidationDetails'),
        ('VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED', 'CatalogsItemValidationDetails'),
        ('WEIGHT_UNIT_INVALID', 'CatalogsItemValidationDetails'),
    )
