# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedValidationWarnings(Model):
    """CatalogsFeedValidationWarnings (component schema)."""

    AD_IMAGE_0_LINK_DUPLICATED: Optional[int]
    """ad_image_0_link is duplicated with another ad image link."""

    AD_IMAGE_0_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 0 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_0_LINK_REQUIRED: Optional[int]
    """Ad image link 0 is required because an image tag was provided."""

    AD_IMAGE_0_LINK_WARNING: Optional[int]
    """Ad image link 0 format is unsupported."""

    AD_IMAGE_0_TAG_DUPLICATED: Optional[int]
    """ad_image_0_tag is duplicated with another ad image tag."""

    AD_IMAGE_0_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 0 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_0_TAG_REQUIRED: Optional[int]
    """Ad image tag 0 is required because an image link was provided."""

    AD_IMAGE_10_LINK_DUPLICATED: Optional[int]
    """ad_image_10_link is duplicated with another ad image link."""

    AD_IMAGE_10_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 10 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_10_LINK_REQUIRED: Optional[int]
    """Ad image link 10 is required because an image tag was provided."""

    AD_IMAGE_10_LINK_WARNING: Optional[int]
    """Ad image link 10 format is unsupported."""

    AD_IMAGE_10_TAG_DUPLICATED: Optional[int]
    """ad_image_10_tag is duplicated with another ad image tag."""

    AD_IMAGE_10_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 10 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_10_TAG_REQUIRED: Optional[int]
    """Ad image tag 10 is required because an image link was provided."""

    AD_IMAGE_11_LINK_DUPLICATED: Optional[int]
    """ad_image_11_link is duplicated with another ad image link."""

    AD_IMAGE_11_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 11 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_11_LINK_REQUIRED: Optional[int]
    """Ad image link 11 is required because an image tag was provided."""

    AD_IMAGE_11_LINK_WARNING: Optional[int]
    """Ad image link 11 format is unsupported."""

    AD_IMAGE_11_TAG_DUPLICATED: Optional[int]
    """ad_image_11_tag is duplicated with another ad image tag."""

    AD_IMAGE_11_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 11 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_11_TAG_REQUIRED: Optional[int]
    """Ad image tag 11 is required because an image link was provided."""

    AD_IMAGE_12_LINK_DUPLICATED: Optional[int]
    """ad_image_12_link is duplicated with another ad image link."""

    AD_IMAGE_12_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 12 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_12_LINK_REQUIRED: Optional[int]
    """Ad image link 12 is required because an image tag was provided."""

    AD_IMAGE_12_LINK_WARNING: Optional[int]
    """Ad image link 12 format is unsupported."""

    AD_IMAGE_12_TAG_DUPLICATED: Optional[int]
    """ad_image_12_tag is duplicated with another ad image tag."""

    AD_IMAGE_12_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 12 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_12_TAG_REQUIRED: Optional[int]
    """Ad image tag 12 is required because an image link was provided."""

    AD_IMAGE_13_LINK_DUPLICATED: Optional[int]
    """ad_image_13_link is duplicated with another ad image link."""

    AD_IMAGE_13_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 13 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_13_LINK_REQUIRED: Optional[int]
    """Ad image link 13 is required because an image tag was provided."""

    AD_IMAGE_13_LINK_WARNING: Optional[int]
    """Ad image link 13 format is unsupported."""

    AD_IMAGE_13_TAG_DUPLICATED: Optional[int]
    """ad_image_13_tag is duplicated with another ad image tag."""

    AD_IMAGE_13_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 13 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_13_TAG_REQUIRED: Optional[int]
    """Ad image tag 13 is required because an image link was provided."""

    AD_IMAGE_14_LINK_DUPLICATED: Optional[int]
    """ad_image_14_link is duplicated with another ad image link."""

    AD_IMAGE_14_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 14 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_14_LINK_REQUIRED: Optional[int]
    """Ad image link 14 is required because an image tag was provided."""

    AD_IMAGE_14_LINK_WARNING: Optional[int]
    """Ad image link 14 format is unsupported."""

    AD_IMAGE_14_TAG_DUPLICATED: Optional[int]
    """ad_image_14_tag is duplicated with another ad image tag."""

    AD_IMAGE_14_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 14 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_14_TAG_REQUIRED: Optional[int]
    """Ad image tag 14 is required because an image link was provided."""

    AD_IMAGE_15_LINK_DUPLICATED: Optional[int]
    """ad_image_15_link is duplicated with another ad image link."""

    AD_IMAGE_15_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 15 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_15_LINK_REQUIRED: Optional[int]
    """Ad image link 15 is required because an image tag was provided."""

    AD_IMAGE_15_LINK_WARNING: Optional[int]
    """Ad image link 15 format is unsupported."""

    AD_IMAGE_15_TAG_DUPLICATED: Optional[int]
    """ad_image_15_tag is duplicated with another ad image tag."""

    AD_IMAGE_15_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 15 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_15_TAG_REQUIRED: Optional[int]
    """Ad image tag 15 is required because an image link was provided."""

    AD_IMAGE_16_LINK_DUPLICATED: Optional[int]
    """ad_image_16_link is duplicated with another ad image link."""

    AD_IMAGE_16_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 16 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_16_LINK_REQUIRED: Optional[int]
    """Ad image link 16 is required because an image tag was provided."""

    AD_IMAGE_16_LINK_WARNING: Optional[int]
    """Ad image link 16 format is unsupported."""

    AD_IMAGE_16_TAG_DUPLICATED: Optional[int]
    """ad_image_16_tag is duplicated with another ad image tag."""

    AD_IMAGE_16_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 16 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_16_TAG_REQUIRED: Optional[int]
    """Ad image tag 16 is required because an image link was provided."""

    AD_IMAGE_17_LINK_DUPLICATED: Optional[int]
    """ad_image_17_link is duplicated with another ad image link."""

    AD_IMAGE_17_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 17 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_17_LINK_REQUIRED: Optional[int]
    """Ad image link 17 is required because an image tag was provided."""

    AD_IMAGE_17_LINK_WARNING: Optional[int]
    """Ad image link 17 format is unsupported."""

    AD_IMAGE_17_TAG_DUPLICATED: Optional[int]
    """ad_image_17_tag is duplicated with another ad image tag."""

    AD_IMAGE_17_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 17 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_17_TAG_REQUIRED: Optional[int]
    """Ad image tag 17 is required because an image link was provided."""

    AD_IMAGE_18_LINK_DUPLICATED: Optional[int]
    """ad_image_18_link is duplicated with another ad image link."""

    AD_IMAGE_18_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 18 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_18_LINK_REQUIRED: Optional[int]
    """Ad image link 18 is required because an image tag was provided."""

    AD_IMAGE_18_LINK_WARNING: Optional[int]
    """Ad image link 18 format is unsupported."""

    AD_IMAGE_18_TAG_DUPLICATED: Optional[int]
    """ad_image_18_tag is duplicated with another ad image tag."""

    AD_IMAGE_18_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 18 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_18_TAG_REQUIRED: Optional[int]
    """Ad image tag 18 is required because an image link was provided."""

    AD_IMAGE_19_LINK_DUPLICATED: Optional[int]
    """ad_image_19_link is duplicated with another ad image link."""

    AD_IMAGE_19_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 19 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_19_LINK_REQUIRED: Optional[int]
    """Ad image link 19 is required because an image tag was provided."""

    AD_IMAGE_19_LINK_WARNING: Optional[int]
    """Ad image link 19 format is unsupported."""

    AD_IMAGE_19_TAG_DUPLICATED: Optional[int]
    """ad_image_19_tag is duplicated with another ad image tag."""

    AD_IMAGE_19_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 19 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_19_TAG_REQUIRED: Optional[int]
    """Ad image tag 19 is required because an image link was provided."""

    AD_IMAGE_1_LINK_DUPLICATED: Optional[int]
    """ad_image_1_link is duplicated with another ad image link."""

    AD_IMAGE_1_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 1 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_1_LINK_REQUIRED: Optional[int]
    """Ad image link 1 is required because an image tag was provided."""

    AD_IMAGE_1_LINK_WARNING: Optional[int]
    """Ad image link 1 format is unsupported."""

    AD_IMAGE_1_TAG_DUPLICATED: Optional[int]
    """ad_image_1_tag is duplicated with another ad image tag."""

    AD_IMAGE_1_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 1 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_1_TAG_REQUIRED: Optional[int]
    """Ad image tag 1 is required because an image link was provided."""

    AD_IMAGE_2_LINK_DUPLICATED: Optional[int]
    """ad_image_2_link is duplicated with another ad image link."""

    AD_IMAGE_2_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 2 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_2_LINK_REQUIRED: Optional[int]
    """Ad image link 2 is required because an image tag was provided."""

    AD_IMAGE_2_LINK_WARNING: Optional[int]
    """Ad image link 2 format is unsupported."""

    AD_IMAGE_2_TAG_DUPLICATED: Optional[int]
    """ad_image_2_tag is duplicated with another ad image tag."""

    AD_IMAGE_2_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 2 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_2_TAG_REQUIRED: Optional[int]
    """Ad image tag 2 is required because an image link was provided."""

    AD_IMAGE_3_LINK_DUPLICATED: Optional[int]
    """ad_image_3_link is duplicated with another ad image link."""

    AD_IMAGE_3_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 3 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_3_LINK_REQUIRED: Optional[int]
    """Ad image link 3 is required because an image tag was provided."""

    AD_IMAGE_3_LINK_WARNING: Optional[int]
    """Ad image link 3 format is unsupported."""

    AD_IMAGE_3_TAG_DUPLICATED: Optional[int]
    """ad_image_3_tag is duplicated with another ad image tag."""

    AD_IMAGE_3_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 3 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_3_TAG_REQUIRED: Optional[int]
    """Ad image tag 3 is required because an image link was provided."""

    AD_IMAGE_4_LINK_DUPLICATED: Optional[int]
    """ad_image_4_link is duplicated with another ad image link."""

    AD_IMAGE_4_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 4 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_4_LINK_REQUIRED: Optional[int]
    """Ad image link 4 is required because an image tag was provided."""

    AD_IMAGE_4_LINK_WARNING: Optional[int]
    """Ad image link 4 format is unsupported."""

    AD_IMAGE_4_TAG_DUPLICATED: Optional[int]
    """ad_image_4_tag is duplicated with another ad image tag."""

    AD_IMAGE_4_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 4 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_4_TAG_REQUIRED: Optional[int]
    """Ad image tag 4 is required because an image link was provided."""

    AD_IMAGE_5_LINK_DUPLICATED: Optional[int]
    """ad_image_5_link is duplicated with another ad image link."""

    AD_IMAGE_5_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 5 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_5_LINK_REQUIRED: Optional[int]
    """Ad image link 5 is required because an image tag was provided."""

    AD_IMAGE_5_LINK_WARNING: Optional[int]
    """Ad image link 5 format is unsupported."""

    AD_IMAGE_5_TAG_DUPLICATED: Optional[int]
    """ad_image_5_tag is duplicated with another ad image tag."""

    AD_IMAGE_5_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 5 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_5_TAG_REQUIRED: Optional[int]
    """Ad image tag 5 is required because an image link was provided."""

    AD_IMAGE_6_LINK_DUPLICATED: Optional[int]
    """ad_image_6_link is duplicated with another ad image link."""

    AD_IMAGE_6_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 6 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_6_LINK_REQUIRED: Optional[int]
    """Ad image link 6 is required because an image tag was provided."""

    AD_IMAGE_6_LINK_WARNING: Optional[int]
    """Ad image link 6 format is unsupported."""

    AD_IMAGE_6_TAG_DUPLICATED: Optional[int]
    """ad_image_6_tag is duplicated with another ad image tag."""

    AD_IMAGE_6_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 6 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_6_TAG_REQUIRED: Optional[int]
    """Ad image tag 6 is required because an image link was provided."""

    AD_IMAGE_7_LINK_DUPLICATED: Optional[int]
    """ad_image_7_link is duplicated with another ad image link."""

    AD_IMAGE_7_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 7 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_7_LINK_REQUIRED: Optional[int]
    """Ad image link 7 is required because an image tag was provided."""

    AD_IMAGE_7_LINK_WARNING: Optional[int]
    """Ad image link 7 format is unsupported."""

    AD_IMAGE_7_TAG_DUPLICATED: Optional[int]
    """ad_image_7_tag is duplicated with another ad image tag."""

    AD_IMAGE_7_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 7 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_7_TAG_REQUIRED: Optional[int]
    """Ad image tag 7 is required because an image link was provided."""

    AD_IMAGE_8_LINK_DUPLICATED: Optional[int]
    """ad_image_8_link is duplicated with another ad image link."""

    AD_IMAGE_8_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 8 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_8_LINK_REQUIRED: Optional[int]
    """Ad image link 8 is required because an image tag was provided."""

    AD_IMAGE_8_LINK_WARNING: Optional[int]
    """Ad image link 8 format is unsupported."""

    AD_IMAGE_8_TAG_DUPLICATED: Optional[int]
    """ad_image_8_tag is duplicated with another ad image tag."""

    AD_IMAGE_8_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 8 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_8_TAG_REQUIRED: Optional[int]
    """Ad image tag 8 is required because an image link was provided."""

    AD_IMAGE_9_LINK_DUPLICATED: Optional[int]
    """ad_image_9_link is duplicated with another ad image link."""

    AD_IMAGE_9_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 9 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_9_LINK_REQUIRED: Optional[int]
    """Ad image link 9 is required because an image tag was provided."""

    AD_IMAGE_9_LINK_WARNING: Optional[int]
    """Ad image link 9 format is unsupported."""

    AD_IMAGE_9_TAG_DUPLICATED: Optional[int]
    """ad_image_9_tag is duplicated with another ad image tag."""

    AD_IMAGE_9_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 9 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_9_TAG_REQUIRED: Optional[int]
    """Ad image tag 9 is required because an image link was provided."""

    AD_LINK_FORMAT_WARNING: Optional[int]
    """Some items have ad links that are formatted incorrectly."""

    AD_LINK_SAME_AS_LINK: Optional[int]
    """Some items have ad link URLs that are duplicates of the link URLs for those items."""

    AD_VIDEO_0_LINK_DUPLICATED: Optional[int]
    """ad_video_0_link is duplicated with another ad video link."""

    AD_VIDEO_0_LINK_LENGTH_TOO_LONG: Optional[int]
    """ad_video_0_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_LINK_REQUIRED: Optional[int]
    """ad_video_0_link is required for this item because ad_video_0_tag was provided."""

    AD_VIDEO_0_LINK_WARNING: Optional[int]
    """ad_video_0_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_0_TAG_DUPLICATED: Optional[int]
    """ad_video_0_tag is duplicated with another ad video tag."""

    AD_VIDEO_0_TAG_LENGTH_TOO_LONG: Optional[int]
    """ad_video_0_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_TAG_REQUIRED: Optional[int]
    """ad_video_0_tag is required because ad_video_0_link was provided."""

    AD_VIDEO_1_LINK_DUPLICATED: Optional[int]
    """ad_video_1_link is duplicated with another ad video link."""

    AD_VIDEO_1_LINK_LENGTH_TOO_LONG: Optional[int]
    """ad_video_1_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_LINK_REQUIRED: Optional[int]
    """ad_video_1_link is required for this item because ad_video_1_tag was provided."""

    AD_VIDEO_1_LINK_WARNING: Optional[int]
    """ad_video_1_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_1_TAG_DUPLICATED: Optional[int]
    """ad_video_1_tag is duplicated with another ad video tag."""

    AD_VIDEO_1_TAG_LENGTH_TOO_LONG: Optional[int]
    """ad_video_1_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_TAG_REQUIRED: Optional[int]
    """ad_video_1_tag is required because ad_video_1_link was provided."""

    AD_VIDEO_2_LINK_DUPLICATED: Optional[int]
    """ad_video_2_link is duplicated with another ad video link."""

    AD_VIDEO_2_LINK_LENGTH_TOO_LONG: Optional[int]
    """ad_video_2_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_LINK_REQUIRED: Optional[int]
    """ad_video_2_link is required for this item because ad_video_2_tag was provided."""

    AD_VIDEO_2_LINK_WARNING: Optional[int]
    """ad_video_2_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_2_TAG_DUPLICATED: Optional[int]
    """ad_video_2_tag is duplicated with another ad video tag."""

    AD_VIDEO_2_TAG_LENGTH_TOO_LONG: Optional[int]
    """ad_video_2_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_TAG_REQUIRED: Optional[int]
    """ad_video_2_tag is required because ad_video_2_link was provided."""

    ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG: Optional[int]
    """Some items have additional_image_link URLs that contain too many characters, so those items will not be published."""

    ADDITIONAL_IMAGE_LINK_WARNING: Optional[int]
    """Some items have additional_image_link URLs that are formatted incorrectly and will not be published with your items."""

    ADWORDS_FORMAT_WARNING: Optional[int]
    """Some items have adwords_redirect links that are formatted incorrectly."""

    ADWORDS_SAME_AS_LINK: Optional[int]
    """Some items have adwords_redirect URLs that are duplicates of the link URLs for those items."""

    AGE_GROUP_INVALID: Optional[int]
    """Some items have age group values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    ANDROID_DEEP_LINK_INVALID: Optional[int]
    """Some items include invalid android_deep_link."""

    AVAILABILITY_DATE_INVALID: Optional[int]
    """Some items have availability_date values that are formatted incorrectly, those items will be published without an availability date."""

    COUNTRY_DOES_NOT_MAP_TO_CURRENCY: Optional[int]
    """Some items include a currency that doesn't match the usual currency for the location where that product is sold or shipped."""

    CUSTOM_LABEL_LENGTH_TOO_LONG: Optional[int]
    """Some items have custom_label values that are too long, those items will be published without that custom label."""

    DESCRIPTION_LENGTH_TOO_LONG: Optional[int]
    """The description for some items were truncated because they contain too many characters."""

    DUPLICATE_HEADERS: Optional[int]
    """Your feed contains duplicate headers."""

    EXPIRATION_DATE_INVALID: Optional[int]
    """Some items have expiration_date values that are formatted incorrectly, those items will be published without an expiration date."""

    FETCH_SAME_SIGNATURE: Optional[int]
    """Ingestion completed early because there are no changes to your feed since the last successful update."""

    GENDER_INVALID: Optional[int]
    """Some items have gender values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    GTIN_INVALID: Optional[int]
    """Some items include incorrectly formatted GTINs."""

    IMAGE_LINK_WARNING: Optional[int]
    """Some items have image_link URLs that are formatted incorrectly and will not be published with those items."""

    INCONSISTENT_CURRENCY_VALUES: Optional[int]
    """Some items include inconsistent currencies in price fields."""

    INDEXED_PRODUCT_COUNT_LARGE_DELTA: Optional[int]
    """The product count has increased or decreased significantly compared to the last successful ingestion."""

    IOS_DEEP_LINK_INVALID: Optional[int]
    """Some items include invalid ios_deep_link values."""

    IS_BUNDLE_INVALID: Optional[int]
    """Some items have is_bundle values that are formatted incorrectly, those items will be published without being bundled with other products."""

    ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE: Optional[int]
    """Some items include additional_image_links that can't be found."""

    LINK_FORMAT_WARNING: Optional[int]
    """Some items have an invalid product link which contains invalid UTM tracking paramaters."""

    MIN_AD_PRICE_INVALID: Optional[int]
    """Some items include min_ad_price values that are formatted incorrectly."""

    MPN_INVALID: Optional[int]
    """Some items include incorrectly formatted MPNs."""

    MULTIPACK_INVALID: Optional[int]
    """Some items have invalid multipack values."""

    OPTIONAL_CONDITION_INVALID: Optional[int]
    """Some items include condition values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_CONDITION_MISSING: Optional[int]
    """Some items are missing a condition value, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_PRODUCT_CATEGORY_INVALID: Optional[int]
    """Some items include google_product_category values that are not formatted correctly according to the GPC taxonomy."""

    OPTIONAL_PRODUCT_CATEGORY_MISSING: Optional[int]
    """Some items are missing a google_product_category."""

    PRODUCT_CATEGORY_DEPTH_WARNING: Optional[int]
    """Some items only have 1 or 2 levels of google_product_category values, which may limit visibility in recommendations, search results and shopping experiences."""

    PRODUCT_TYPE_LENGTH_TOO_LONG: Optional[int]
    """Some items have product_type values that are too long, those items will be published without that product type."""

    SALE_DATE_INVALID: Optional[int]
    """Some items have sale_price_effective_date values that are formatted incorrectly, those items will be published without a sale date."""

    SALES_PRICE_INVALID: Optional[int]
    """Some items have sale price values that are higher than the original price of the item."""

    SALES_PRICE_TOO_HIGH: Optional[int]
    """Some items include a sales price that is higher than the list price. The sales price has been defaulted to the list price."""

    SALES_PRICE_TOO_LOW: Optional[int]
    """Some items include sales price that is much lower than the list price."""

    SHIPPING_HEIGHT_INVALID: Optional[int]
    """Some items include incorrectly formatted shipping_height."""

    SHIPPING_INVALID: Optional[int]
    """Some items have shipping values that are formatted incorrectly."""

    SHIPPING_WEIGHT_INVALID: Optional[int]
    """Some items have invalid shipping_weight values."""

    SHIPPING_WIDTH_INVALID: Optional[int]
    """Some items include incorrectly formatted shipping_width."""

    SIZE_SYSTEM_INVALID: Optional[int]
    """Some items have size system values which are not one of the supported size systems."""

    SIZE_TYPE_INVALID: Optional[int]
    """Some items have size type values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    TAX_INVALID: Optional[int]
    """Some items have tax values that are formatted incorrectly."""

    TITLE_LENGTH_TOO_LONG: Optional[int]
    """The title for some items were truncated because they contain too many characters."""

    TOO_MANY_ADDITIONAL_IMAGE_LINKS: Optional[int]
    """Some items have additional_image_link values that exceed the limit for additional images, those items will be published without some of your images."""

    UPDATED_TIME_INVALID: Optional[int]
    """Some items have updated_time values thate are formatted incorrectly, those items will be published without an updated time."""

    UTM_SOURCE_AUTO_CORRECTED: Optional[int]
    """Some items include utm_source values that are formatted incorrectly and have been automatically corrected."""

    VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED: Optional[int]
    """A video is required in the item when ad_video fields are provided."""

    WEIGHT_UNIT_INVALID: Optional[int]
    """Some items have weight_unit values that are formatted incorrectly, those items will be published without a weight unit."""

    _spec = (
        ('AD_IMAGE_0_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_0_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_0_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_0_LINK_WARNING', 'int'),
        ('AD_IMAGE_0_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_0_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_0_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_10_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_10_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_10_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_10_LINK_WARNING', 'int'),
        ('AD_IMAGE_10_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_10_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_10_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_11_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_11_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_11_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_11_LINK_WARNING', 'int'),
        ('AD_IMAGE_11_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_11_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_11_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_12_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_12_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_12_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_12_LINK_WARNING', 'int'),
        ('AD_IMAGE_12_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_12_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_12_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_13_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_13_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_13_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_13_LINK_WARNING', 'int'),
        ('AD_IMAGE_13_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_13_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_13_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_14_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_14_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_14_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_14_LINK_WARNING', 'int'),
        ('AD_IMAGE_14_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_14_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_14_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_15_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_15_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_15_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_15_LINK_WARNING', 'int'),
        ('AD_IMAGE_15_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_15_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_15_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_16_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_16_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_16_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_16_LINK_WARNING', 'int'),
        ('AD_IMAGE_16_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_16_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_16_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_17_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_17_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_17_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_17_LINK_WARNING', 'int'),
        ('AD_IMAGE_17_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_17_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_17_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_18_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_18_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_18_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_18_LINK_WARNING', 'int'),
        ('AD_IMAGE_18_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_18_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_18_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_19_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_19_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_19_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_19_LINK_WARNING', 'int'),
        ('AD_IMAGE_19_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_19_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_19_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_1_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_1_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_1_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_1_LINK_WARNING', 'int'),
        ('AD_IMAGE_1_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_1_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_1_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_2_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_2_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_2_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_2_LINK_WARNING', 'int'),
        ('AD_IMAGE_2_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_2_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_2_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_3_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_3_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_3_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_3_LINK_WARNING', 'int'),
        ('AD_IMAGE_3_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_3_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_3_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_4_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_4_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_4_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_4_LINK_WARNING', 'int'),
        ('AD_IMAGE_4_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_4_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_4_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_5_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_5_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_5_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_5_LINK_WARNING', 'int'),
        ('AD_IMAGE_5_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_5_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_5_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_6_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_6_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_6_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_6_LINK_WARNING', 'int'),
        ('AD_IMAGE_6_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_6_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_6_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_7_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_7_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_7_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_7_LINK_WARNING', 'int'),
        ('AD_IMAGE_7_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_7_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_7_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_8_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_8_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_8_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_8_LINK_WARNING', 'int'),
        ('AD_IMAGE_8_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_8_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_8_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_9_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_9_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_9_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_9_LINK_WARNING', 'int'),
        ('AD_IMAGE_9_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_9_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_9_TAG_REQUIRED', 'int'),
        ('AD_LINK_FORMAT_WARNING', 'int'),
        ('AD_LINK_SAME_AS_LINK', 'int'),
        ('AD_VIDEO_0_LINK_DUPLICATED', 'int'),
        ('AD_VIDEO_0_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_0_LINK_REQUIRED', 'int'),
        ('AD_VIDEO_0_LINK_WARNING', 'int'),
        ('AD_VIDEO_0_TAG_DUPLICATED', 'int'),
        ('AD_VIDEO_0_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_0_TAG_REQUIRED', 'int'),
        ('AD_VIDEO_1_LINK_DUPLICATED', 'int'),
        ('AD_VIDEO_1_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_1_LINK_REQUIRED', 'int'),
        ('AD_VIDEO_1_LINK_WARNING', 'int'),
        ('AD_VIDEO_1_TAG_DUPLICATED', 'int'),
        ('AD_VIDEO_1_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_1_TAG_REQUIRED', 'int'),
        ('AD_VIDEO_2_LINK_DUPLICATED', 'int'),
        ('AD_VIDEO_2_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_2_LINK_REQUIRED', 'int'),
        ('AD_VIDEO_2_LINK_WARNING', 'int'),
        ('AD_VIDEO_2_TAG_DUPLICATED', 'int'),
        ('AD_VIDEO_2_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_2_TAG_REQUIRED', 'int'),
        ('ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG', 'int'),
        ('ADDITIONAL_IMAGE_LINK_WARNING', 'int'),
        ('ADWORDS_FORMAT_WARNING', 'int'),
        ('ADWORDS_SAME_AS_LINK', 'int'),
        ('AGE_GROUP_INVALID', 'int'),
        ('ANDROID_DEEP_LINK_INVALID', 'int'),
        ('AVAILABILITY_DATE_INVALID', 'int'),
        ('COUNTRY_DOES_NOT_MAP_TO_CURRENCY', 'int'),
        ('CUSTOM_LABEL_LENGTH_TOO_LONG', 'int'),
        ('DESCRIPTION_LENGTH_TOO_LONG', 'int'),
        ('DUPLICATE_HEADERS', 'int'),
        ('EXPIRATION_DATE_INVALID', 'int'),
        ('FETCH_SAME_SIGNATURE', 'int', '', {'enum': (1,)}),
        ('GENDER_INVALID', 'int'),
        ('GTIN_INVALID', 'int'),
        ('IMAGE_LINK_WARNING', 'int'),
        ('INCONSISTENT_CURRENCY_VALUES', 'int'),
        ('INDEXED_PRODUCT_COUNT_LARGE_DELTA', 'int'),
        ('IOS_DEEP_LINK_INVALID', 'int'),
        ('IS_BUNDLE_INVALID', 'int'),
        ('ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE', 'int'),
        ('LINK_FORMAT_WARNING', 'int'),
        ('MIN_AD_PRICE_INVALID', 'int'),
        ('MPN_INVALID', 'int'),
        ('MULTIPACK_INVALID', 'int'),
        ('OPTIONAL_CONDITION_INVALID', 'int'),
        ('OPTIONAL_CONDITION_MISSING', 'int'),
        ('OPTIONAL_PRODUCT_CATEGORY_INVALID', 'int'),
        ('OPTIONAL_PRODUCT_CATEGORY_MISSING', 'int'),
        ('PRODUCT_CATEGORY_DEPTH_WARNING', 'int'),
        ('PRODUCT_TYPE_LENGTH_TOO_LONG', 'int'),
        ('SALE_DATE_INVALID', 'int'),
        ('SALES_PRICE_INVALID', 'int'),
        ('SALES_PRICE_TOO_HIGH', 'int'),
        ('SALES_PRICE_TOO_LOW', 'int'),
        ('SHIPPING_HEIGHT_INVALID', 'int'),
        ('SHIPPING_INVALID', 'int'),
        ('SHIPPING_WEIGHT_INVALID', 'int'),
        ('SHIPPING_WIDTH_INVALID', 'int'),
        ('SIZE_SYSTEM_INVALID', 'int'),
        ('SIZE_TYPE_INVALID', 'int'),
        ('TAX_INVALID', 'int'),
        ('TITLE_LENGTH_TOO_LONG', 'int'),
        ('TOO_MANY_ADDITIONAL_IMAGE_LINKS', 'int'),
        ('UPDATED_TIME_INVALID', 'int'),
        ('UTM_SOURCE_AUTO_CORRECTED', 'int'),
        ('VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED', 'int'),
        ('WEIGHT_UNIT_INVALID', 'int'),
    )
