# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.catalogs_item_validation_details import CatalogsItemValidationDetails


class CatalogsItemValidationWarnings(Model):
    """CatalogsItemValidationWarnings (component schema)."""

    ad_image_0_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_0_LINK_DUPLICATED"
    )
    """ad_image_0_link is duplicated with another ad image link."""

    ad_image_0_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_0_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 0 length is too long. The maximum length is 2047 characters."""

    ad_image_0_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_0_LINK_REQUIRED"
    )
    """Ad image link 0 is required because an image tag was provided."""

    ad_image_0_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_0_LINK_WARNING"
    )
    """Ad image link 0 format is unsupported."""

    ad_image_0_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_0_TAG_DUPLICATED"
    )
    """ad_image_0_tag is duplicated with another ad image tag."""

    ad_image_0_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_0_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 0 length is too long. The maximum length is 511 characters."""

    ad_image_0_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_0_TAG_REQUIRED"
    )
    """Ad image tag 0 is required because an image link was provided."""

    ad_image_10_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_10_LINK_DUPLICATED"
    )
    """ad_image_10_link is duplicated with another ad image link."""

    ad_image_10_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_10_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 10 length is too long. The maximum length is 2047 characters."""

    ad_image_10_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_10_LINK_REQUIRED"
    )
    """Ad image link 10 is required because an image tag was provided."""

    ad_image_10_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_10_LINK_WARNING"
    )
    """Ad image link 10 format is unsupported."""

    ad_image_10_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_10_TAG_DUPLICATED"
    )
    """ad_image_10_tag is duplicated with another ad image tag."""

    ad_image_10_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_10_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 10 length is too long. The maximum length is 511 characters."""

    ad_image_10_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_10_TAG_REQUIRED"
    )
    """Ad image tag 10 is required because an image link was provided."""

    ad_image_11_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_11_LINK_DUPLICATED"
    )
    """ad_image_11_link is duplicated with another ad image link."""

    ad_image_11_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_11_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 11 length is too long. The maximum length is 2047 characters."""

    ad_image_11_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_11_LINK_REQUIRED"
    )
    """Ad image link 11 is required because an image tag was provided."""

    ad_image_11_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_11_LINK_WARNING"
    )
    """Ad image link 11 format is unsupported."""

    ad_image_11_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_11_TAG_DUPLICATED"
    )
    """ad_image_11_tag is duplicated with another ad image tag."""

    ad_image_11_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_11_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 11 length is too long. The maximum length is 511 characters."""

    ad_image_11_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_11_TAG_REQUIRED"
    )
    """Ad image tag 11 is required because an image link was provided."""

    ad_image_12_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_12_LINK_DUPLICATED"
    )
    """ad_image_12_link is duplicated with another ad image link."""

    ad_image_12_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_12_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 12 length is too long. The maximum length is 2047 characters."""

    ad_image_12_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_12_LINK_REQUIRED"
    )
    """Ad image link 12 is required because an image tag was provided."""

    ad_image_12_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_12_LINK_WARNING"
    )
    """Ad image link 12 format is unsupported."""

    ad_image_12_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_12_TAG_DUPLICATED"
    )
    """ad_image_12_tag is duplicated with another ad image tag."""

    ad_image_12_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_12_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 12 length is too long. The maximum length is 511 characters."""

    ad_image_12_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_12_TAG_REQUIRED"
    )
    """Ad image tag 12 is required because an image link was provided."""

    ad_image_13_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_13_LINK_DUPLICATED"
    )
    """ad_image_13_link is duplicated with another ad image link."""

    ad_image_13_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_13_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 13 length is too long. The maximum length is 2047 characters."""

    ad_image_13_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_13_LINK_REQUIRED"
    )
    """Ad image link 13 is required because an image tag was provided."""

    ad_image_13_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_13_LINK_WARNING"
    )
    """Ad image link 13 format is unsupported."""

    ad_image_13_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_13_TAG_DUPLICATED"
    )
    """ad_image_13_tag is duplicated with another ad image tag."""

    ad_image_13_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_13_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 13 length is too long. The maximum length is 511 characters."""

    ad_image_13_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_13_TAG_REQUIRED"
    )
    """Ad image tag 13 is required because an image link was provided."""

    ad_image_14_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_14_LINK_DUPLICATED"
    )
    """ad_image_14_link is duplicated with another ad image link."""

    ad_image_14_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_14_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 14 length is too long. The maximum length is 2047 characters."""

    ad_image_14_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_14_LINK_REQUIRED"
    )
    """Ad image link 14 is required because an image tag was provided."""

    ad_image_14_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_14_LINK_WARNING"
    )
    """Ad image link 14 format is unsupported."""

    ad_image_14_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_14_TAG_DUPLICATED"
    )
    """ad_image_14_tag is duplicated with another ad image tag."""

    ad_image_14_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_14_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 14 length is too long. The maximum length is 511 characters."""

    ad_image_14_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_14_TAG_REQUIRED"
    )
    """Ad image tag 14 is required because an image link was provided."""

    ad_image_15_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_15_LINK_DUPLICATED"
    )
    """ad_image_15_link is duplicated with another ad image link."""

    ad_image_15_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_15_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 15 length is too long. The maximum length is 2047 characters."""

    ad_image_15_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_15_LINK_REQUIRED"
    )
    """Ad image link 15 is required because an image tag was provided."""

    ad_image_15_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_15_LINK_WARNING"
    )
    """Ad image link 15 format is unsupported."""

    ad_image_15_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_15_TAG_DUPLICATED"
    )
    """ad_image_15_tag is duplicated with another ad image tag."""

    ad_image_15_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_15_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 15 length is too long. The maximum length is 511 characters."""

    ad_image_15_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_15_TAG_REQUIRED"
    )
    """Ad image tag 15 is required because an image link was provided."""

    ad_image_16_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_16_LINK_DUPLICATED"
    )
    """ad_image_16_link is duplicated with another ad image link."""

    ad_image_16_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_16_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 16 length is too long. The maximum length is 2047 characters."""

    ad_image_16_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_16_LINK_REQUIRED"
    )
    """Ad image link 16 is required because an image tag was provided."""

    ad_image_16_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_16_LINK_WARNING"
    )
    """Ad image link 16 format is unsupported."""

    ad_image_16_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_16_TAG_DUPLICATED"
    )
    """ad_image_16_tag is duplicated with another ad image tag."""

    ad_image_16_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_16_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 16 length is too long. The maximum length is 511 characters."""

    ad_image_16_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_16_TAG_REQUIRED"
    )
    """Ad image tag 16 is required because an image link was provided."""

    ad_image_17_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_17_LINK_DUPLICATED"
    )
    """ad_image_17_link is duplicated with another ad image link."""

    ad_image_17_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_17_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 17 length is too long. The maximum length is 2047 characters."""

    ad_image_17_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_17_LINK_REQUIRED"
    )
    """Ad image link 17 is required because an image tag was provided."""

    ad_image_17_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_17_LINK_WARNING"
    )
    """Ad image link 17 format is unsupported."""

    ad_image_17_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_17_TAG_DUPLICATED"
    )
    """ad_image_17_tag is duplicated with another ad image tag."""

    ad_image_17_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_17_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 17 length is too long. The maximum length is 511 characters."""

    ad_image_17_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_17_TAG_REQUIRED"
    )
    """Ad image tag 17 is required because an image link was provided."""

    ad_image_18_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_18_LINK_DUPLICATED"
    )
    """ad_image_18_link is duplicated with another ad image link."""

    ad_image_18_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_18_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 18 length is too long. The maximum length is 2047 characters."""

    ad_image_18_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_18_LINK_REQUIRED"
    )
    """Ad image link 18 is required because an image tag was provided."""

    ad_image_18_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_18_LINK_WARNING"
    )
    """Ad image link 18 format is unsupported."""

    ad_image_18_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_18_TAG_DUPLICATED"
    )
    """ad_image_18_tag is duplicated with another ad image tag."""

    ad_image_18_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_18_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 18 length is too long. The maximum length is 511 characters."""

    ad_image_18_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_18_TAG_REQUIRED"
    )
    """Ad image tag 18 is required because an image link was provided."""

    ad_image_19_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_19_LINK_DUPLICATED"
    )
    """ad_image_19_link is duplicated with another ad image link."""

    ad_image_19_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_19_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 19 length is too long. The maximum length is 2047 characters."""

    ad_image_19_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_19_LINK_REQUIRED"
    )
    """Ad image link 19 is required because an image tag was provided."""

    ad_image_19_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_19_LINK_WARNING"
    )
    """Ad image link 19 format is unsupported."""

    ad_image_19_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_19_TAG_DUPLICATED"
    )
    """ad_image_19_tag is duplicated with another ad image tag."""

    ad_image_19_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_19_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 19 length is too long. The maximum length is 511 characters."""

    ad_image_19_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_19_TAG_REQUIRED"
    )
    """Ad image tag 19 is required because an image link was provided."""

    ad_image_1_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_1_LINK_DUPLICATED"
    )
    """ad_image_1_link is duplicated with another ad image link."""

    ad_image_1_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_1_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 1 length is too long. The maximum length is 2047 characters."""

    ad_image_1_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_1_LINK_REQUIRED"
    )
    """Ad image link 1 is required because an image tag was provided."""

    ad_image_1_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_1_LINK_WARNING"
    )
    """Ad image link 1 format is unsupported."""

    ad_image_1_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_1_TAG_DUPLICATED"
    )
    """ad_image_1_tag is duplicated with another ad image tag."""

    ad_image_1_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_1_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 1 length is too long. The maximum length is 511 characters."""

    ad_image_1_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_1_TAG_REQUIRED"
    )
    """Ad image tag 1 is required because an image link was provided."""

    ad_image_2_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_2_LINK_DUPLICATED"
    )
    """ad_image_2_link is duplicated with another ad image link."""

    ad_image_2_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_2_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 2 length is too long. The maximum length is 2047 characters."""

    ad_image_2_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_2_LINK_REQUIRED"
    )
    """Ad image link 2 is required because an image tag was provided."""

    ad_image_2_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_2_LINK_WARNING"
    )
    """Ad image link 2 format is unsupported."""

    ad_image_2_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_2_TAG_DUPLICATED"
    )
    """ad_image_2_tag is duplicated with another ad image tag."""

    ad_image_2_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_2_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 2 length is too long. The maximum length is 511 characters."""

    ad_image_2_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_2_TAG_REQUIRED"
    )
    """Ad image tag 2 is required because an image link was provided."""

    ad_image_3_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_3_LINK_DUPLICATED"
    )
    """ad_image_3_link is duplicated with another ad image link."""

    ad_image_3_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_3_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 3 length is too long. The maximum length is 2047 characters."""

    ad_image_3_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_3_LINK_REQUIRED"
    )
    """Ad image link 3 is required because an image tag was provided."""

    ad_image_3_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_3_LINK_WARNING"
    )
    """Ad image link 3 format is unsupported."""

    ad_image_3_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_3_TAG_DUPLICATED"
    )
    """ad_image_3_tag is duplicated with another ad image tag."""

    ad_image_3_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_3_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 3 length is too long. The maximum length is 511 characters."""

    ad_image_3_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_3_TAG_REQUIRED"
    )
    """Ad image tag 3 is required because an image link was provided."""

    ad_image_4_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_4_LINK_DUPLICATED"
    )
    """ad_image_4_link is duplicated with another ad image link."""

    ad_image_4_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_4_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 4 length is too long. The maximum length is 2047 characters."""

    ad_image_4_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_4_LINK_REQUIRED"
    )
    """Ad image link 4 is required because an image tag was provided."""

    ad_image_4_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_4_LINK_WARNING"
    )
    """Ad image link 4 format is unsupported."""

    ad_image_4_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_4_TAG_DUPLICATED"
    )
    """ad_image_4_tag is duplicated with another ad image tag."""

    ad_image_4_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_4_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 4 length is too long. The maximum length is 511 characters."""

    ad_image_4_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_4_TAG_REQUIRED"
    )
    """Ad image tag 4 is required because an image link was provided."""

    ad_image_5_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_5_LINK_DUPLICATED"
    )
    """ad_image_5_link is duplicated with another ad image link."""

    ad_image_5_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_5_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 5 length is too long. The maximum length is 2047 characters."""

    ad_image_5_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_5_LINK_REQUIRED"
    )
    """Ad image link 5 is required because an image tag was provided."""

    ad_image_5_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_5_LINK_WARNING"
    )
    """Ad image link 5 format is unsupported."""

    ad_image_5_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_5_TAG_DUPLICATED"
    )
    """ad_image_5_tag is duplicated with another ad image tag."""

    ad_image_5_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_5_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 5 length is too long. The maximum length is 511 characters."""

    ad_image_5_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_5_TAG_REQUIRED"
    )
    """Ad image tag 5 is required because an image link was provided."""

    ad_image_6_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_6_LINK_DUPLICATED"
    )
    """ad_image_6_link is duplicated with another ad image link."""

    ad_image_6_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_6_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 6 length is too long. The maximum length is 2047 characters."""

    ad_image_6_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_6_LINK_REQUIRED"
    )
    """Ad image link 6 is required because an image tag was provided."""

    ad_image_6_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_6_LINK_WARNING"
    )
    """Ad image link 6 format is unsupported."""

    ad_image_6_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_6_TAG_DUPLICATED"
    )
    """ad_image_6_tag is duplicated with another ad image tag."""

    ad_image_6_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_6_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 6 length is too long. The maximum length is 511 characters."""

    ad_image_6_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_6_TAG_REQUIRED"
    )
    """Ad image tag 6 is required because an image link was provided."""

    ad_image_7_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_7_LINK_DUPLICATED"
    )
    """ad_image_7_link is duplicated with another ad image link."""

    ad_image_7_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_7_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 7 length is too long. The maximum length is 2047 characters."""

    ad_image_7_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_7_LINK_REQUIRED"
    )
    """Ad image link 7 is required because an image tag was provided."""

    ad_image_7_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_7_LINK_WARNING"
    )
    """Ad image link 7 format is unsupported."""

    ad_image_7_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_7_TAG_DUPLICATED"
    )
    """ad_image_7_tag is duplicated with another ad image tag."""

    ad_image_7_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_7_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 7 length is too long. The maximum length is 511 characters."""

    ad_image_7_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_7_TAG_REQUIRED"
    )
    """Ad image tag 7 is required because an image link was provided."""

    ad_image_8_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_8_LINK_DUPLICATED"
    )
    """ad_image_8_link is duplicated with another ad image link."""

    ad_image_8_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_8_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 8 length is too long. The maximum length is 2047 characters."""

    ad_image_8_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_8_LINK_REQUIRED"
    )
    """Ad image link 8 is required because an image tag was provided."""

    ad_image_8_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_8_LINK_WARNING"
    )
    """Ad image link 8 format is unsupported."""

    ad_image_8_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_8_TAG_DUPLICATED"
    )
    """ad_image_8_tag is duplicated with another ad image tag."""

    ad_image_8_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_8_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 8 length is too long. The maximum length is 511 characters."""

    ad_image_8_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_8_TAG_REQUIRED"
    )
    """Ad image tag 8 is required because an image link was provided."""

    ad_image_9_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_9_LINK_DUPLICATED"
    )
    """ad_image_9_link is duplicated with another ad image link."""

    ad_image_9_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_9_LINK_LENGTH_TOO_LONG"
    )
    """Ad image link 9 length is too long. The maximum length is 2047 characters."""

    ad_image_9_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_9_LINK_REQUIRED"
    )
    """Ad image link 9 is required because an image tag was provided."""

    ad_image_9_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_9_LINK_WARNING"
    )
    """Ad image link 9 format is unsupported."""

    ad_image_9_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_9_TAG_DUPLICATED"
    )
    """ad_image_9_tag is duplicated with another ad image tag."""

    ad_image_9_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_9_TAG_LENGTH_TOO_LONG"
    )
    """Ad image tag 9 length is too long. The maximum length is 511 characters."""

    ad_image_9_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_IMAGE_9_TAG_REQUIRED"
    )
    """Ad image tag 9 is required because an image link was provided."""

    ad_link_format_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_LINK_FORMAT_WARNING"
    )
    """Item has an ad link that is formatted incorrectly."""

    ad_link_same_as_link: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_LINK_SAME_AS_LINK"
    )
    """Item has an ad link URL that is duplicate of the link URL."""

    ad_video_0_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_0_LINK_DUPLICATED"
    )
    """ad_video_0_link is duplicated with another ad video link."""

    ad_video_0_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_0_LINK_LENGTH_TOO_LONG"
    )
    """ad_video_0_link length is too long. The maximum length is 511 characters."""

    ad_video_0_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_0_LINK_REQUIRED"
    )
    """ad_video_0_link is required for this item because ad_video_0_tag was provided."""

    ad_video_0_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_0_LINK_WARNING"
    )
    """ad_video_0_link is formatted incorrectly and will not be published with your items."""

    ad_video_0_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_0_TAG_DUPLICATED"
    )
    """ad_video_0_tag is duplicated with another ad video tag."""

    ad_video_0_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_0_TAG_LENGTH_TOO_LONG"
    )
    """ad_video_0_tag length is too long. The maximum length is 511 characters."""

    ad_video_0_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_0_TAG_REQUIRED"
    )
    """ad_video_0_tag is required because ad_video_0_link was provided."""

    ad_video_1_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_1_LINK_DUPLICATED"
    )
    """ad_video_1_link is duplicated with another ad video link."""

    ad_video_1_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_1_LINK_LENGTH_TOO_LONG"
    )
    """ad_video_1_link length is too long. The maximum length is 511 characters."""

    ad_video_1_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_1_LINK_REQUIRED"
    )
    """ad_video_1_link is required for this item because ad_video_1_tag was provided."""

    ad_video_1_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_1_LINK_WARNING"
    )
    """ad_video_1_link is formatted incorrectly and will not be published with your items."""

    ad_video_1_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_1_TAG_DUPLICATED"
    )
    """ad_video_1_tag is duplicated with another ad video tag."""

    ad_video_1_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_1_TAG_LENGTH_TOO_LONG"
    )
    """ad_video_1_tag length is too long. The maximum length is 511 characters."""

    ad_video_1_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_1_TAG_REQUIRED"
    )
    """ad_video_1_tag is required because ad_video_1_link was provided."""

    ad_video_2_link_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_2_LINK_DUPLICATED"
    )
    """ad_video_2_link is duplicated with another ad video link."""

    ad_video_2_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_2_LINK_LENGTH_TOO_LONG"
    )
    """ad_video_2_link length is too long. The maximum length is 511 characters."""

    ad_video_2_link_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_2_LINK_REQUIRED"
    )
    """ad_video_2_link is required for this item because ad_video_2_tag was provided."""

    ad_video_2_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_2_LINK_WARNING"
    )
    """ad_video_2_link is formatted incorrectly and will not be published with your items."""

    ad_video_2_tag_duplicated: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_2_TAG_DUPLICATED"
    )
    """ad_video_2_tag is duplicated with another ad video tag."""

    ad_video_2_tag_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_2_TAG_LENGTH_TOO_LONG"
    )
    """ad_video_2_tag length is too long. The maximum length is 511 characters."""

    ad_video_2_tag_required: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AD_VIDEO_2_TAG_REQUIRED"
    )
    """ad_video_2_tag is required because ad_video_2_link was provided."""

    additional_image_link_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG"
    )
    """Item has an additional_image_link URL that contains too many characters, so the item will not be published."""

    additional_image_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ADDITIONAL_IMAGE_LINK_WARNING"
    )
    """Item has additional_image_link URLs that are formatted incorrectly and will not be published with your items."""

    adwords_format_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ADWORDS_FORMAT_WARNING"
    )
    """Item has an adwords_redirect link that is formatted incorrectly."""

    adwords_same_as_link: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ADWORDS_SAME_AS_LINK"
    )
    """Item has an adwords_redirect URL that is duplicate of the link URL."""

    age_group_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AGE_GROUP_INVALID"
    )
    """Item has an age group value that is formatted incorrectly, which may limit visibility in recommendations, search
    results and shopping experiences.
    """

    android_deep_link_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ANDROID_DEEP_LINK_INVALID"
    )
    """Item includes an invalid android_deep_link."""

    availability_date_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AVAILABILITY_DATE_INVALID"
    )
    """Item has an availability_date value that is formatted incorrectly, this item will be published without an
    availability date.
    """

    country_does_not_map_to_currency: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="COUNTRY_DOES_NOT_MAP_TO_CURRENCY"
    )
    """Item includes a currency that doesn't match the usual currency for the location where the product is sold or
    shipped.
    """

    custom_label_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="CUSTOM_LABEL_LENGTH_TOO_LONG"
    )
    """Item has a custom_label value that is too long, this item will be published without that custom label."""

    description_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="DESCRIPTION_LENGTH_TOO_LONG"
    )
    """The description for this item was truncated because it contains too many characters."""

    expiration_date_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="EXPIRATION_DATE_INVALID"
    )
    """Item has an expiration_date value that is formatted incorrectly, this item will be published without an
    expiration date.
    """

    gender_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="GENDER_INVALID"
    )
    """Item has a gender value that is formatted incorrectly, which may limit visibility in recommendations, search
    results and shopping experiences.
    """

    gtin_invalid: Optional[CatalogsItemValidationDetails] = Field("CatalogsItemValidationDetails", wire="GTIN_INVALID")
    """Item has a GTIN value that is formatted incorrectly."""

    image_link_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="IMAGE_LINK_WARNING"
    )
    """Item has an image_link URL that is formatted incorrectly and will not be published."""

    ios_deep_link_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="IOS_DEEP_LINK_INVALID"
    )
    """Item includes an invalid ios_deep_link value."""

    is_bundle_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="IS_BUNDLE_INVALID"
    )
    """Item has an is_bundle value that is formatted incorrectly, this item will be published without being bundled with
    other products.
    """

    item_additional_image_download_failure: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE"
    )
    """Item includes additional_image_links that can't be found."""

    link_format_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="LINK_FORMAT_WARNING"
    )
    """Item has an invalid product link which contains invalid UTM tracking paramaters."""

    min_ad_price_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="MIN_AD_PRICE_INVALID"
    )
    """Item includes a min_ad_price value that is formatted incorrectly."""

    mpn_invalid: Optional[CatalogsItemValidationDetails] = Field("CatalogsItemValidationDetails", wire="MPN_INVALID")
    """Item has a MPN value that is formatted incorrectly."""

    multipack_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="MULTIPACK_INVALID"
    )
    """Item has an invalid multipack value."""

    optional_condition_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="OPTIONAL_CONDITION_INVALID"
    )
    """Item includes a condition value that is formatted incorrectly, which may limit visibility in recommendations,
    search results and shopping experiences.
    """

    optional_condition_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="OPTIONAL_CONDITION_MISSING"
    )
    """Item is missing condition value, which may limit visibility in recommendations, search results and shopping
    experiences.
    """

    optional_product_category_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="OPTIONAL_PRODUCT_CATEGORY_INVALID"
    )
    """Item includes a google_product_category value that is not formatted correctly according to the GPC taxonomy."""

    optional_product_category_missing: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="OPTIONAL_PRODUCT_CATEGORY_MISSING"
    )
    """Item is missing google_product_category."""

    product_category_depth_warning: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PRODUCT_CATEGORY_DEPTH_WARNING"
    )
    """Item only has 1 or 2 levels of google_product_category value, which may limit visibility in recommendations,
    search results and shopping experiences.
    """

    product_type_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="PRODUCT_TYPE_LENGTH_TOO_LONG"
    )
    """Item has a product_type value that is too long, this item will be published without that product type."""

    sale_date_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SALE_DATE_INVALID"
    )
    """Item has a sale_price_effective_date value that is formatted incorrectly, this item will be published without a
    sale date.
    """

    sales_price_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SALES_PRICE_INVALID"
    )
    """Item has an incorrectly formatted sales price."""

    sales_price_too_high: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SALES_PRICE_TOO_HIGH"
    )
    """Item has a sale price value that is higher than the original price of the item."""

    sales_price_too_low: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SALES_PRICE_TOO_LOW"
    )
    """Item has a sale price value that is discounted very low compared to the price."""

    shipping_height_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SHIPPING_HEIGHT_INVALID"
    )
    """Item has an incorrectly formatted shipping_height value. The value must first contain a numeric value then a
    valid dimension unit type.
    """

    shipping_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SHIPPING_INVALID"
    )
    """Item has a shipping value that is formatted incorrectly."""

    shipping_weight_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SHIPPING_WEIGHT_INVALID"
    )
    """Item has an invalid shipping_weight value."""

    shipping_width_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SHIPPING_WIDTH_INVALID"
    )
    """Item has an incorrectly formatted shipping_width value. The value must first contain a numeric value then a valid
    dimension unit type.
    """

    size_system_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SIZE_SYSTEM_INVALID"
    )
    """Some items have size system values which are not one of the supported size systems."""

    size_type_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SIZE_TYPE_INVALID"
    )
    """Item has a size type value that is formatted incorrectly, which may limit visibility in recommendations, search
    results and shopping experiences.
    """

    tax_invalid: Optional[CatalogsItemValidationDetails] = Field("CatalogsItemValidationDetails", wire="TAX_INVALID")
    """Item has a tax value that is formatted incorrectly."""

    title_length_too_long: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="TITLE_LENGTH_TOO_LONG"
    )
    """The title for the item was truncated because it contains too many characters."""

    too_many_additional_image_links: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="TOO_MANY_ADDITIONAL_IMAGE_LINKS"
    )
    """Item has a additional_image_link value that exceed the limit for additional images, this item will be published
    without some of your images.
    """

    utm_source_auto_corrected: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="UTM_SOURCE_AUTO_CORRECTED"
    )
    """Item includes an utm_source value that is formatted incorrectly and has been automatically corrected."""

    video_required_when_ad_video_provided: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED"
    )
    """A video is required in the item when ad_video fields are provided."""

    weight_unit_invalid: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="WEIGHT_UNIT_INVALID"
    )
    """Item has a weight_unit value that is formatted incorrectly, this item will be published without a weight unit."""

    age_group_normalized: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AGE_GROUP_NORMALIZED"
    )
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Item includes an age_group value that is formatted
    incorrectly and has been automatically corrected.
    """

    availability_normalized: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="AVAILABILITY_NORMALIZED"
    )
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Item includes an availability value that is
    formatted incorrectly and has been automatically corrected.
    """

    condition_normalized: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="CONDITION_NORMALIZED"
    )
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Item includes a condition value that is formatted
    incorrectly and has been automatically corrected.
    """

    gender_normalized: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="GENDER_NORMALIZED"
    )
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Item includes a gender value that is formatted
    incorrectly and has been automatically corrected.
    """

    size_type_normalized: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="SIZE_TYPE_NORMALIZED"
    )
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Item includes a size_type value that is formatted
    incorrectly and has been automatically corrected.
    """

    duplicate_products: Optional[CatalogsItemValidationDetails] = Field(
        "CatalogsItemValidationDetails", wire="DUPLICATE_PRODUCTS"
    )
    """Deprecated: Pinterest dropped this property after spec 5.8.0. This product is duplicated. The duplicate entry
    will not be published.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_image_0_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_0_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_0_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_0_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_0_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_0_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_0_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_10_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_10_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_10_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_10_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_10_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_10_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_10_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_11_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_11_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_11_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_11_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_11_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_11_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_11_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_12_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_12_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_12_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_12_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_12_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_12_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_12_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_13_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_13_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_13_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_13_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_13_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_13_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_13_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_14_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_14_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_14_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_14_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_14_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_14_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_14_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_15_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_15_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_15_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_15_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_15_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_15_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_15_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_16_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_16_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_16_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_16_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_16_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_16_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_16_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_17_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_17_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_17_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_17_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_17_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_17_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_17_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_18_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_18_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_18_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_18_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_18_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_18_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_18_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_19_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_19_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_19_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_19_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_19_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_19_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_19_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_1_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_1_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_1_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_1_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_1_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_1_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_1_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_2_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_2_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_2_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_2_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_2_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_2_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_2_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_3_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_3_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_3_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_3_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_3_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_3_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_3_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_4_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_4_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_4_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_4_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_4_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_4_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_4_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_5_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_5_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_5_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_5_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_5_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_5_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_5_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_6_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_6_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_6_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_6_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_6_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_6_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_6_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_7_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_7_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_7_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_7_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_7_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_7_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_7_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_8_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_8_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_8_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_8_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_8_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_8_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_8_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_9_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_9_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_9_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_9_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_9_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_9_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_image_9_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_link_format_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_link_same_as_link: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_0_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_0_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_0_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_0_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_0_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_0_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_0_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_1_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_1_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_1_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_1_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_1_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_1_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_1_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_2_link_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_2_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_2_link_required: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_2_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_2_tag_duplicated: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_2_tag_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            ad_video_2_tag_required: Optional[CatalogsItemValidationDetails] = ...,
            additional_image_link_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            additional_image_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            adwords_format_warning: Optional[CatalogsItemValidationDetails] = ...,
            adwords_same_as_link: Optional[CatalogsItemValidationDetails] = ...,
            age_group_invalid: Optional[CatalogsItemValidationDetails] = ...,
            android_deep_link_invalid: Optional[CatalogsItemValidationDetails] = ...,
            availability_date_invalid: Optional[CatalogsItemValidationDetails] = ...,
            country_does_not_map_to_currency: Optional[CatalogsItemValidationDetails] = ...,
            custom_label_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            description_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            expiration_date_invalid: Optional[CatalogsItemValidationDetails] = ...,
            gender_invalid: Optional[CatalogsItemValidationDetails] = ...,
            gtin_invalid: Optional[CatalogsItemValidationDetails] = ...,
            image_link_warning: Optional[CatalogsItemValidationDetails] = ...,
            ios_deep_link_invalid: Optional[CatalogsItemValidationDetails] = ...,
            is_bundle_invalid: Optional[CatalogsItemValidationDetails] = ...,
            item_additional_image_download_failure: Optional[CatalogsItemValidationDetails] = ...,
            link_format_warning: Optional[CatalogsItemValidationDetails] = ...,
            min_ad_price_invalid: Optional[CatalogsItemValidationDetails] = ...,
            mpn_invalid: Optional[CatalogsItemValidationDetails] = ...,
            multipack_invalid: Optional[CatalogsItemValidationDetails] = ...,
            optional_condition_invalid: Optional[CatalogsItemValidationDetails] = ...,
            optional_condition_missing: Optional[CatalogsItemValidationDetails] = ...,
            optional_product_category_invalid: Optional[CatalogsItemValidationDetails] = ...,
            optional_product_category_missing: Optional[CatalogsItemValidationDetails] = ...,
            product_category_depth_warning: Optional[CatalogsItemValidationDetails] = ...,
            product_type_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            sale_date_invalid: Optional[CatalogsItemValidationDetails] = ...,
            sales_price_invalid: Optional[CatalogsItemValidationDetails] = ...,
            sales_price_too_high: Optional[CatalogsItemValidationDetails] = ...,
            sales_price_too_low: Optional[CatalogsItemValidationDetails] = ...,
            shipping_height_invalid: Optional[CatalogsItemValidationDetails] = ...,
            shipping_invalid: Optional[CatalogsItemValidationDetails] = ...,
            shipping_weight_invalid: Optional[CatalogsItemValidationDetails] = ...,
            shipping_width_invalid: Optional[CatalogsItemValidationDetails] = ...,
            size_system_invalid: Optional[CatalogsItemValidationDetails] = ...,
            size_type_invalid: Optional[CatalogsItemValidationDetails] = ...,
            tax_invalid: Optional[CatalogsItemValidationDetails] = ...,
            title_length_too_long: Optional[CatalogsItemValidationDetails] = ...,
            too_many_additional_image_links: Optional[CatalogsItemValidationDetails] = ...,
            utm_source_auto_corrected: Optional[CatalogsItemValidationDetails] = ...,
            video_required_when_ad_video_provided: Optional[CatalogsItemValidationDetails] = ...,
            weight_unit_invalid: Optional[CatalogsItemValidationDetails] = ...,
            age_group_normalized: Optional[CatalogsItemValidationDetails] = ...,
            availability_normalized: Optional[CatalogsItemValidationDetails] = ...,
            condition_normalized: Optional[CatalogsItemValidationDetails] = ...,
            gender_normalized: Optional[CatalogsItemValidationDetails] = ...,
            size_type_normalized: Optional[CatalogsItemValidationDetails] = ...,
            duplicate_products: Optional[CatalogsItemValidationDetails] = ...,
        ) -> None: ...


__all__ = ["CatalogsItemValidationWarnings"]
