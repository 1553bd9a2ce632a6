# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'U': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model._a import AssetGroupBinding, AssetGroupType
    from pinterest_client.model._b import (
        BusinessAccessError,
        BusinessAccessUserSummary,
        BusinessMemberAssetsSummary,
        BusinessRoleForMembers,
    )
    from pinterest_client.model._i import Interest, InviteBusinessRoleBinding, InviteExceptionResponse
    from pinterest_client.model._p import Permissions


class UpdatableItemAttributes(Model):
    """UpdatableItemAttributes (component schema)."""

    ad_image_0_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_0_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_10_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_10_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_11_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_11_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_12_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_12_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_13_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_13_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_14_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_14_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_15_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_15_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_16_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_16_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_17_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_17_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_18_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_18_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_19_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_19_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_1_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_1_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_2_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_2_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_3_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_3_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_4_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_4_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_5_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_5_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_6_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_6_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_7_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_7_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_8_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_8_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_image_9_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad image link that supplements main image for shopping campaigns.</p>
    <p>Image format:</p>
    <ul>
      <li>Pixel size at least 75 x 75</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder images in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_image_9_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
    """

    ad_link: Optional[str]
    """Allows advertisers to specify a separate URL that can be used to track traffic coming from Pinterest shopping ads. Must send full URL including tracking—do not send tracking parameters only. At this time we do not support impression tracking. Must begin with http:// or https://."""

    ad_video_0_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_0_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    ad_video_1_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_1_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    ad_video_2_link: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 2000 characters</p>
    <p>Ad video link that supplements main video for shopping campaigns.</p>
    <p>Video format:</p>
    <ul>
      <li>Pixel size between 75 x 75 and 9450 x 9450</li>
      <li>File size smaller than 2 GB</li>
      <li>Time span between 4 seconds and 15 minutes</li>
      <li>Accepted formats: .MP4, .MOV, .M4V</li>
    </ul>
    <p>Link guidelines:</p>
    <ul>
      <li>Include extension in file name</li>
      <li>Do not include template or placeholder videos in link</li>
      <li>Make URL accessible to Pinterest user-agent</li>
      <li>Must start with http:// or https://</li>
    </ul>
    """

    ad_video_2_tag: Optional[str]
    """<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank" target="blank">Restricted</a>
    <p><= 511 characters</p>
    <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
    """

    adult: Optional[bool]
    """Set this attribute to TRUE if you're submitting items that are considered “adult”. These will not be shown on Pinterest."""

    age_group: Optional[str]
    """The age group to apply a demographic range to the product. Must be one of the following values (upper or lowercased): ‘newborn’, ‘infant’, ‘toddler’, ‘kids’, or ‘adult’."""

    android_deep_link: Optional[str]
    """The deep link to the product on the Android app."""

    availability: Optional[str]
    """The availability of the product. Must be one of the following values (upper or lowercased): ‘in stock’, ‘out of stock’, ‘preorder’."""

    average_review_rating: Optional[float]
    """Average reviews for the item. Can be a number from 1-5."""

    brand: Optional[str]
    """The brand of the product."""

    checkout_enabled: Optional[bool]
    """This attribute is not supported anymore."""

    color: Optional[str]
    """The primary color of the product."""

    condition: Optional[str]
    """The condition of the product. Must be one of the following values (upper or lowercased): ‘new’, ‘used’, or ‘refurbished’."""

    custom_label_0: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_1: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_2: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_3: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_label_4: Optional[str]
    """<p><= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs</p>
    <p>Custom grouping of products.</p>
    """

    custom_number_0: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_1: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_2: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_3: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_4: Optional[int]
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    description: Optional[str]
    """<p><= 10000 characters</p>
    <p>The description of the product.</p>
    """

    free_shipping_label: Optional[bool]
    """The item is free to ship."""

    free_shipping_limit: Optional[str]
    """The minimum order purchase necessary for the customer to get free shipping. Only relevant if free shipping is offered."""

    gender: Optional[str]
    """The gender associated with the product. Must be one of the following values (upper or lowercased): ‘male’, ‘female’, or ‘unisex’."""

    google_product_category: Optional[str]
    """The categorization of the product based on the standardized Google Product Taxonomy. This is a set taxonomy. Both the text values and numeric codes are accepted."""

    gtin: Optional[Union[str, int]]
    """The unique universal product identifier."""

    id: Optional[str]
    """<p><= 127 characters</p>
    <p>The user-created unique ID that represents the product. Only
    Unicode characters are accepted.</p>
    """

    installment_price: Optional[str]
    """Installment price of the product. This data will only be shown to pinners in the enabled countries. Expected format: <payment_count>:<payment_amount> <currency>"""

    ios_deep_link: Optional[str]
    """The deep link to the product on the iOS app."""

    item_group_id: Optional[str]
    """<p><= 127 characters</p>
    <p>The parent ID of the product.</p>
    """

    last_updated_time: Optional[int]
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    link: Optional[str]
    """<p><= 511 characters</p>
    <p>The landing page for the product.</p>
    """

    material: Optional[str]
    """The material used to make the product."""

    min_ad_price: Optional[str]
    """The minimum advertised price of the product. It supports the following formats, "19.99 USD", "19.99USD" and "19.99". If the currency is not included, we default to US dollars."""

    mobile_link: Optional[str]
    """The mobile-optimized version of your landing page. Must begin with http:// or https://."""

    mpn: Optional[str]
    """Manufacturer Part Number are alpha-numeric codes created by the manufacturer of a product to uniquely identify it among all products from the same manufacturer."""

    number_of_ratings: Optional[int]
    """The number of ratings for the item."""

    number_of_reviews: Optional[int]
    """The number of reviews available for the item."""

    pattern: Optional[str]
    """The description of the pattern used for the product."""

    price: Optional[str]
    """The price of the product. It supports the following formats, "24.99 USD", "24.99USD" and "24.99". If the currency is not included, we default to US dollars."""

    product_type: Optional[str]
    """<p><= 1000 characters</p>
    <p>The categorization of your product based on your custom product
    taxonomy. Subcategories must be sent separated by “ > “. The > must be
    wrapped by spaces. We do not recognize any other delimiters such as comma
    or pipe.</p>
    """

    promotion_id: Optional[str]
    """A unique identifier referencing the promotion associated with this catalog item."""

    sale_price: Optional[str]
    """The discounted price of the product. The sale_price must be lower than the price. It supports the following formats, "14.99 USD", "14.99USD" and "14.99". If the currency is not included, we default to US dollars."""

    sale_price_effective_date: Optional[str]
    """Sale price effective date. Expected format: <start_date>/<end_date> (ISO 8601 format)"""

    shipping: Optional[str]
    """Shipping consists of one group of up to four elements, country, region, service (all optional) and price (required). All colons, even for blank values, are required."""

    shipping_height: Optional[str]
    """The height of the package needed to ship the product. Ensure there is a space between the numeric string and the metric."""

    shipping_weight: Optional[str]
    """The weight of the product. Ensure there is a space between the numeric string and the metric."""

    shipping_width: Optional[str]
    """The width of the package needed to ship the product. Ensure there is a space between the numeric string and the metric."""

    size: Optional[str]
    """The size of the product."""

    size_system: Optional[str]
    """Indicates the country’s sizing system in which you are submitting your product. Must be one of the following values (upper or lowercased): ‘US’, ‘UK’, ‘EU’, ‘DE’, ‘FR’, ‘JP’, ‘CN’, ‘IT’, ‘BR’, ‘MEX’, or ‘AU’."""

    size_type: Optional[str]
    """Additional description for the size. Must be one of the following values (upper or lowercased): ‘regular’, ‘petite’, ‘plus’, ‘big_and_tall’, or ‘maternity’."""

    tax: Optional[str]
    """Tax consists of one group of up to four elements, country, region, rate (all required) and tax_ship (optional). All colons, even for blank values, are required."""

    title: Optional[str]
    """<p><= 500 characters</p>
    <p>The name of the product.</p>
    """

    unit_pricing_base_measure: Optional[str]
    """Unit pricing base measure of the product. This data will only be shown to pinners in the enabled countries. Expected format: <base_measure> <unit_type>"""

    unit_pricing_measure: Optional[str]
    """Unit pricing total measure of the product. This data will only be shown to pinners in the enabled countries. Expected format: <total_units> <unit_type>"""

    variant_names: Optional[List[str]]
    """Options for this variant. People will see these options next to your Pin and can select the one they want. List them in the order you want them displayed."""

    variant_values: Optional[List[str]]
    """Option values for this variant. People will see these options next to your Pin and can select the one they want. List them in the order you want them displayed. The order of the variant values must be consistent with the order of the variant names."""

    _spec = (
        ('ad_image_0_link', 'str', 'nullable'),
        ('ad_image_0_tag', 'str', 'nullable'),
        ('ad_image_10_link', 'str', 'nullable'),
        ('ad_image_10_tag', 'str', 'nullable'),
        ('ad_image_11_link', 'str', 'nullable'),
        ('ad_image_11_tag', 'str', 'nullable'),
        ('ad_image_12_link', 'str', 'nullable'),
        ('ad_image_12_tag', 'str', 'nullable'),
        ('ad_image_13_link', 'str', 'nullable'),
        ('ad_image_13_tag', 'str', 'nullable'),
        ('ad_image_14_link', 'str', 'nullable'),
        ('ad_image_14_tag', 'str', 'nullable'),
        ('ad_image_15_link', 'str', 'nullable'),
        ('ad_image_15_tag', 'str', 'nullable'),
        ('ad_image_16_link', 'str', 'nullable'),
        ('ad_image_16_tag', 'str', 'nullable'),
        ('ad_image_17_link', 'str', 'nullable'),
        ('ad_image_17_tag', 'str', 'nullable'),
        ('ad_image_18_link', 'str', 'nullable'),
        ('ad_image_18_tag', 'str', 'nullable'),
        ('ad_image_19_link', 'str', 'nullable'),
        ('ad_image_19_tag', 'str', 'nullable'),
        ('ad_image_1_link', 'str', 'nullable'),
        ('ad_image_1_tag', 'str', 'nullable'),
        ('ad_image_2_link', 'str', 'nullable'),
        ('ad_image_2_tag', 'str', 'nullable'),
        ('ad_image_3_link', 'str', 'nullable'),
        ('ad_image_3_tag', 'str', 'nullable'),
        ('ad_image_4_link', 'str', 'nullable'),
        ('ad_image_4_tag', 'str', 'nullable'),
        ('ad_image_5_link', 'str', 'nullable'),
        ('ad_image_5_tag', 'str', 'nullable'),
        ('ad_image_6_link', 'str', 'nullable'),
        ('ad_image_6_tag', 'str', 'nullable'),
        ('ad_image_7_link', 'str', 'nullable'),
        ('ad_image_7_tag', 'str', 'nullable'),
        ('ad_image_8_link', 'str', 'nullable'),
        ('ad_image_8_tag', 'str', 'nullable'),
        ('ad_image_9_link', 'str', 'nullable'),
        ('ad_image_9_tag', 'str', 'nullable'),
        ('ad_link', 'str', 'nullable'),
        ('ad_video_0_link', 'str', 'nullable'),
        ('ad_video_0_tag', 'str', 'nullable'),
        ('ad_video_1_link', 'str', 'nullable'),
        ('ad_video_1_tag', 'str', 'nullable'),
        ('ad_video_2_link', 'str', 'nullable'),
        ('ad_video_2_tag', 'str', 'nullable'),
        ('adult', 'bool', 'nullable'),
        ('age_group', 'str', 'nullable'),
        ('android_deep_link', 'str'),
        ('availability', 'str'),
        ('average_review_rating', 'float', 'nullable'),
        ('brand', 'str', 'nullable'),
        ('checkout_enabled', 'bool', 'nullable'),
        ('color', 'str', 'nullable'),
        ('condition', 'str', 'nullable'),
        ('custom_label_0', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_1', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_2', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_3', 'str', 'nullable', {'max_length': 511}),
        ('custom_label_4', 'str', 'nullable', {'max_length': 511}),
        ('custom_number_0', 'int', 'nullable'),
        ('custom_number_1', 'int', 'nullable'),
        ('custom_number_2', 'int', 'nullable'),
        ('custom_number_3', 'int', 'nullable'),
        ('custom_number_4', 'int', 'nullable'),
        ('description', 'str'),
        ('free_shipping_label', 'bool', 'nullable'),
        ('free_shipping_limit', 'str', 'nullable'),
        ('gender', 'str', 'nullable'),
        ('google_product_category', 'str', 'nullable'),
        ('gtin', 'any', 'nullable'),
        ('id', 'str'),
        ('installment_price', 'str', 'nullable'),
        ('ios_deep_link', 'str'),
        ('item_group_id', 'str', 'nullable'),
        ('last_updated_time', 'int', 'nullable'),
        ('link', 'str'),
        ('material', 'str', 'nullable'),
        ('min_ad_price', 'str', 'nullable'),
        ('mobile_link', 'str', 'nullable'),
        ('mpn', 'str', 'nullable'),
        ('number_of_ratings', 'int', 'nullable'),
        ('number_of_reviews', 'int', 'nullable'),
        ('pattern', 'str', 'nullable'),
        ('price', 'str'),
        ('product_type', 'str', 'nullable'),
        ('promotion_id', 'str', 'nullable'),
        ('sale_price', 'str', 'nullable'),
        ('sale_price_effective_date', 'str', 'nullable'),
        ('shipping', 'str', 'nullable'),
        ('shipping_height', 'str', 'nullable'),
        ('shipping_weight', 'str', 'nullable'),
        ('shipping_width', 'str', 'nullable'),
        ('size', 'str', 'nullable'),
        ('size_system', 'str', 'nullable'),
        ('size_type', 'str', 'nullable'),
        ('tax', 'str', 'nullable'),
        ('title', 'str'),
        ('unit_pricing_base_measure', 'str', 'nullable'),
        ('unit_pricing_measure', 'str', 'nullable'),
        ('variant_names', 'list[str]', 'nullable'),
        ('variant_values', 'list[str]', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_image_0_link: Optional[str] = ...,
            ad_image_0_tag: Optional[str] = ...,
            ad_image_10_link: Optional[str] = ...,
            ad_image_10_tag: Optional[str] = ...,
            ad_image_11_link: Optional[str] = ...,
            ad_image_11_tag: Optional[str] = ...,
            ad_image_12_link: Optional[str] = ...,
            ad_image_12_tag: Optional[str] = ...,
            ad_image_13_link: Optional[str] = ...,
            ad_image_13_tag: Optional[str] = ...,
            ad_image_14_link: Optional[str] = ...,
            ad_image_14_tag: Optional[str] = ...,
            ad_image_15_link: Optional[str] = ...,
            ad_image_15_tag: Optional[str] = ...,
            ad_image_16_link: Optional[str] = ...,
            ad_image_16_tag: Optional[str] = ...,
            ad_image_17_link: Optional[str] = ...,
            ad_image_17_tag: Optional[str] = ...,
            ad_image_18_link: Optional[str] = ...,
            ad_image_18_tag: Optional[str] = ...,
            ad_image_19_link: Optional[str] = ...,
            ad_image_19_tag: Optional[str] = ...,
            ad_image_1_link: Optional[str] = ...,
            ad_image_1_tag: Optional[str] = ...,
            ad_image_2_link: Optional[str] = ...,
            ad_image_2_tag: Optional[str] = ...,
            ad_image_3_link: Optional[str] = ...,
            ad_image_3_tag: Optional[str] = ...,
            ad_image_4_link: Optional[str] = ...,
            ad_image_4_tag: Optional[str] = ...,
            ad_image_5_link: Optional[str] = ...,
            ad_image_5_tag: Optional[str] = ...,
            ad_image_6_link: Optional[str] = ...,
            ad_image_6_tag: Optional[str] = ...,
            ad_image_7_link: Optional[str] = ...,
            ad_image_7_tag: Optional[str] = ...,
            ad_image_8_link: Optional[str] = ...,
            ad_image_8_tag: Optional[str] = ...,
            ad_image_9_link: Optional[str] = ...,
            ad_image_9_tag: Optional[str] = ...,
            ad_link: Optional[str] = ...,
            ad_video_0_link: Optional[str] = ...,
            ad_video_0_tag: Optional[str] = ...,
            ad_video_1_link: Optional[str] = ...,
            ad_video_1_tag: Optional[str] = ...,
            ad_video_2_link: Optional[str] = ...,
            ad_video_2_tag: Optional[str] = ...,
            adult: Optional[bool] = ...,
            age_group: Optional[str] = ...,
            android_deep_link: Optional[str] = ...,
            availability: Optional[str] = ...,
            average_review_rating: Optional[float] = ...,
            brand: Optional[str] = ...,
            checkout_enabled: Optional[bool] = ...,
            color: Optional[str] = ...,
            condition: Optional[str] = ...,
            custom_label_0: Optional[str] = ...,
            custom_label_1: Optional[str] = ...,
            custom_label_2: Optional[str] = ...,
            custom_label_3: Optional[str] = ...,
            custom_label_4: Optional[str] = ...,
            custom_number_0: Optional[int] = ...,
            custom_number_1: Optional[int] = ...,
            custom_number_2: Optional[int] = ...,
            custom_number_3: Optional[int] = ...,
            custom_number_4: Optional[int] = ...,
            description: Optional[str] = ...,
            free_shipping_label: Optional[bool] = ...,
            free_shipping_limit: Optional[str] = ...,
            gender: Optional[str] = ...,
            google_product_category: Optional[str] = ...,
            gtin: Optional[Union[str, int]] = ...,
            id: Optional[str] = ...,
            installment_price: Optional[str] = ...,
            ios_deep_link: Optional[str] = ...,
            item_group_id: Optional[str] = ...,
            last_updated_time: Optional[int] = ...,
            link: Optional[str] = ...,
            material: Optional[str] = ...,
            min_ad_price: Optional[str] = ...,
            mobile_link: Optional[str] = ...,
            mpn: Optional[str] = ...,
            number_of_ratings: Optional[int] = ...,
            number_of_reviews: Optional[int] = ...,
            pattern: Optional[str] = ...,
            price: Optional[str] = ...,
            product_type: Optional[str] = ...,
            promotion_id: Optional[str] = ...,
            sale_price: Optional[str] = ...,
            sale_price_effective_date: Optional[str] = ...,
            shipping: Optional[str] = ...,
            shipping_height: Optional[str] = ...,
            shipping_weight: Optional[str] = ...,
            shipping_width: Optional[str] = ...,
            size: Optional[str] = ...,
            size_system: Optional[str] = ...,
            size_type: Optional[str] = ...,
            tax: Optional[str] = ...,
            title: Optional[str] = ...,
            unit_pricing_base_measure: Optional[str] = ...,
            unit_pricing_measure: Optional[str] = ...,
            variant_names: Optional[List[str]] = ...,
            variant_values: Optional[List[str]] = ...,
        ) -> None: ...


class UpdateAssetGroupBody(Model):
    """UpdateAssetGroupBody (component schema `UpdateAssetGroupBody`)."""

    asset_groups_to_update: Optional[List[UpdateAssetGroupBodyAssetGroupsToUpdateItem]]
    """A list of asset groups and the data that will be used to update them."""

    _spec = (
        ('asset_groups_to_update', 'list[UpdateAssetGroupBodyAssetGroupsToUpdateItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_groups_to_update: Optional[List[UpdateAssetGroupBodyAssetGroupsToUpdateItem]] = ...,
        ) -> None: ...


class UpdateAssetGroupBodyAssetGroupsToUpdateItem(Model):
    """UpdateAssetGroupBodyAssetGroupsToUpdateItem (inline schema)."""

    asset_group_id: str
    """Unique identifier of the asset group to update."""

    asset_group_types: Optional[List[Union[AssetGroupType, str]]]
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and do not impact the functionality of the asset group."""

    assets_to_add: Optional[List[str]]
    """A list of asset ids to add to the asset group."""

    assets_to_remove: Optional[List[str]]
    """A list of asset ids to remove from the asset group."""

    description: Optional[str]
    """Asset group description"""

    name: Optional[str]
    """Asset Group name"""

    _spec = (
        ('asset_group_id', 'str', 'required'),
        ('asset_group_types', 'AssetGroupTypes'),
        ('assets_to_add', 'list[str]'),
        ('assets_to_remove', 'list[str]'),
        ('description', 'str'),
        ('name', 'str'),
    )
    _positional = ('asset_group_id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_group_id: str,
            *,
            asset_group_types: Optional[List[Union[AssetGroupType, str]]] = ...,
            assets_to_add: Optional[List[str]] = ...,
            assets_to_remove: Optional[List[str]] = ...,
            description: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


class UpdateAssetGroupResponse(Model):
    """UpdateAssetGroupResponse (component schema `UpdateAssetGroupResponse`)."""

    exceptions: Optional[List[UpdateAssetGroupResponseExceptionsItem]]
    """A list of errors associated with the asset groups. Will be returned if there is an error."""

    updated_asset_groups: Optional[List[AssetGroupBinding]]
    """A list of successfully edited asset groups."""

    _spec = (
        ('exceptions', 'list[UpdateAssetGroupResponseExceptionsItem]', 'nullable'),
        ('updated_asset_groups', 'list[AssetGroupBinding]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exceptions: Optional[List[UpdateAssetGroupResponseExceptionsItem]] = ...,
            updated_asset_groups: Optional[List[AssetGroupBinding]] = ...,
        ) -> None: ...


class UpdateAssetGroupResponseExceptionsItem(Model):
    """UpdateAssetGroupResponseExceptionsItem (inline schema)."""

    asset_group_id: Optional[str]
    """Asset group id of the exception."""

    code: Optional[int]
    """Error code associated with the error editing asset group."""

    message: Optional[str]
    """Error message associated with the error editing asset group."""

    _spec = (
        ('asset_group_id', 'str'),
        ('code', 'int'),
        ('message', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_id: Optional[str] = ...,
            code: Optional[int] = ...,
            message: Optional[str] = ...,
        ) -> None: ...


class UpdateInvitesResultsResponseArray(Model):
    """UpdateInvitesResultsResponseArray (component schema `UpdateInvitesResultsResponseArray`)."""

    items: Optional[List[UpdateInvitesResultsResponseArrayItemsItem]]
    """List of invite/Request action status. If there is an error, an exception object will be returned. If the action was successfully completed, an invite object will be returned."""

    _spec = (
        ('items', 'list[UpdateInvitesResultsResponseArrayItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdateInvitesResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class UpdateInvitesResultsResponseArrayItemsItem(Model):
    """UpdateInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[InviteExceptionResponse]
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    invite: Optional[InviteBusinessRoleBinding]
    """An invite object if the invite/request was successfully updated. Will only be provided if the an invite/request is successfully updated."""

    _spec = (
        ('exception', 'InviteExceptionResponse', 'nullable'),
        ('invite', 'InviteBusinessRoleBinding', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[InviteExceptionResponse] = ...,
            invite: Optional[InviteBusinessRoleBinding] = ...,
        ) -> None: ...


class UpdateMaskBidOptionField(Enum):
    """bid option field to apply operation updates to"""

    BID = 'BID'
    APP_TYPE_BID_MULTIPLIER_SET = 'APP_TYPE_BID_MULTIPLIER_SET'
    PLACEMENT_BID_MULTIPLIER_SET = 'PLACEMENT_BID_MULTIPLIER_SET'


class UpdateMaskFieldType(Enum):
    """The field types supported by the update mask"""

    AD_LINK = 'ad_link'
    ADULT = 'adult'
    AGE_GROUP = 'age_group'
    AVAILABILITY = 'availability'
    AVERAGE_REVIEW_RATING = 'average_review_rating'
    BRAND = 'brand'
    CHECKOUT_ENABLED = 'checkout_enabled'
    COLOR = 'color'
    CONDITION = 'condition'
    CUSTOM_LABEL_0 = 'custom_label_0'
    CUSTOM_LABEL_1 = 'custom_label_1'
    CUSTOM_LABEL_2 = 'custom_label_2'
    CUSTOM_LABEL_3 = 'custom_label_3'
    CUSTOM_LABEL_4 = 'custom_label_4'
    CUSTOM_NUMBER_0 = 'custom_number_0'
    CUSTOM_NUMBER_1 = 'custom_number_1'
    CUSTOM_NUMBER_2 = 'custom_number_2'
    CUSTOM_NUMBER_3 = 'custom_number_3'
    CUSTOM_NUMBER_4 = 'custom_number_4'
    DESCRIPTION = 'description'
    FREE_SHIPPING_LABEL = 'free_shipping_label'
    FREE_SHIPPING_LIMIT = 'free_shipping_limit'
    GENDER = 'gender'
    GOOGLE_PRODUCT_CATEGORY = 'google_product_category'
    GTIN = 'gtin'
    ITEM_GROUP_ID = 'item_group_id'
    LAST_UPDATED_TIME = 'last_updated_time'
    LINK = 'link'
    MATERIAL = 'material'
    MIN_AD_PRICE = 'min_ad_price'
    MPN = 'mpn'
    NUMBER_OF_RATINGS = 'number_of_ratings'
    NUMBER_OF_REVIEWS = 'number_of_reviews'
    PATTERN = 'pattern'
    PRICE = 'price'
    PRODUCT_TYPE = 'product_type'
    SALE_PRICE = 'sale_price'
    SHIPPING = 'shipping'
    SHIPPING_HEIGHT = 'shipping_height'
    SHIPPING_WEIGHT = 'shipping_weight'
    SHIPPING_WIDTH = 'shipping_width'
    SIZE = 'size'
    SIZE_SYSTEM = 'size_system'
    SIZE_TYPE = 'size_type'
    TAX = 'tax'
    TITLE = 'title'
    VARIANT_NAMES = 'variant_names'
    VARIANT_VALUES = 'variant_values'
    PROMOTION_ID = 'promotion_id'


class UpdateMemberAssetAccessBody(Model):
    """An object with a list of all the new accesses."""

    accesses: List[UpdateMemberAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[UpdateMemberAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('accesses',)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[UpdateMemberAssetAccessBodyAccessesItem],
        ) -> None: ...


class UpdateMemberAssetAccessBodyAccessesItem(Model):
    """UpdateMemberAssetAccessBodyAccessesItem (inline schema)."""

    asset_id: str
    """Id of the asset to update."""

    member_id: str
    """Unique identifier of the member on which to perform the update"""

    permissions: List[Union[Permissions, str]]
    """A non-empty array of permissions to assign to the member."""

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('member_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('permissions', 'list[Permissions]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('asset_id', 'member_id', 'permissions')

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            member_id: str,
            permissions: List[Union[Permissions, str]],
        ) -> None: ...


class UpdateMemberAssetsResultsResponseArray(Model):
    """UpdateMemberAssetsResultsResponseArray (component schema `UpdateMemberAssetsResultsResponseArray`)."""

    items: Optional[List[UpdateMemberAssetsResultsResponseArrayItemsItem]]
    """List of assigned/updated member asset access.
    If there is an error, an exception object will be returned. If the action was successfully completed, a response object will be returned.
    """

    _spec = (
        ('items', 'list[UpdateMemberAssetsResultsResponseArrayItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdateMemberAssetsResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class UpdateMemberAssetsResultsResponseArrayItemsItem(Model):
    """UpdateMemberAssetsResultsResponseArrayItemsItem (inline schema)."""

    response: Optional[UsersForIndividualAssetResponse]
    """An object containing the permissions a business member has on the asset."""

    _spec = (
        ('response', 'UsersForIndividualAssetResponse'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            response: Optional[UsersForIndividualAssetResponse] = ...,
        ) -> None: ...


class UpdateMemberBusinessRoleBody(Model):
    """Single instance of a business member to have its role updated"""

    business_role: Union[BusinessRoleForMembers, str]
    """The access level a member has to the business. Values are case-sensitive.
    <br> - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.
    <br> - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    """

    member_id: str
    """Unique identifier of the member"""

    _spec = (
        ('business_role', 'BusinessRoleForMembers', 'required'),
        ('member_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
    )
    _positional = ('business_role', 'member_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            business_role: Union[BusinessRoleForMembers, str],
            member_id: str,
        ) -> None: ...


class UpdateMemberResult(Model):
    """UpdateMemberResult (component schema `UpdateMemberResult`)."""

    business_role: Optional[str]
    """The access level a member has to the business. Values are case-sensitive.
    <br> - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.
    <br> - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    """

    member_id: Optional[str]
    """Unique identifier of the business member."""

    _spec = (
        ('business_role', 'str'),
        ('member_id', 'str', '', {'pattern': '^\\d+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            business_role: Optional[str] = ...,
            member_id: Optional[str] = ...,
        ) -> None: ...


class UpdateMemberResultsResponseArray(Model):
    """UpdateMemberResultsResponseArray (component schema `UpdateMemberResultsResponseArray`)."""

    items: Optional[List[UpdateMemberResult]]
    """List of members with updated business access role."""

    _spec = (
        ('items', 'list[UpdateMemberResult]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdateMemberResult]] = ...,
        ) -> None: ...


class UpdatePartnerAssetAccessBody(Model):
    """UpdatePartnerAssetAccessBody (component schema `UpdatePartnerAssetAccessBody`)."""

    accesses: List[UpdatePartnerAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[UpdatePartnerAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('accesses',)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[UpdatePartnerAssetAccessBodyAccessesItem],
        ) -> None: ...


class UpdatePartnerAssetAccessBodyAccessesItem(Model):
    """UpdatePartnerAssetAccessBodyAccessesItem (inline schema)."""

    asset_id: str
    """Unique identifier of the business asset."""

    partner_id: str
    """Unique identifier of a business partner to update asset access to."""

    permissions: List[Union[Permissions, str]]
    """A non-empty array of permissions to assign to the partner."""

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('partner_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('permissions', 'list[Permissions]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('asset_id', 'partner_id', 'permissions')

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            partner_id: str,
            permissions: List[Union[Permissions, str]],
        ) -> None: ...


class UpdatePartnerAssetsResult(Model):
    """An object containing the permissions a business partner has on the asset."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    asset_type: Optional[str]
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    partner_id: Optional[str]
    """Unique identifier of a business partner."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('asset_id', 'str', '', {'pattern': '^\\d+$'}),
        ('asset_type', 'str'),
        ('partner_id', 'str', '', {'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_id: Optional[str] = ...,
            asset_type: Optional[str] = ...,
            partner_id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


class UpdatePartnerAssetsResultsResponseArray(Model):
    """UpdatePartnerAssetsResultsResponseArray (component schema `UpdatePartnerAssetsResultsResponseArray`)."""

    items: Optional[List[UpdatePartnerAssetsResult]]
    """List of assigned/updated partner asset access."""

    _spec = (
        ('items', 'list[UpdatePartnerAssetsResult]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdatePartnerAssetsResult]] = ...,
        ) -> None: ...


class UpdatePartnerResultsResponseArray(Model):
    """UpdatePartnerResultsResponseArray (component schema `UpdatePartnerResultsResponseArray`)."""

    items: Optional[List[UpdatePartnerResultsResponseArrayItemsItem]]

    _spec = (
        ('items', 'list[UpdatePartnerResultsResponseArrayItemsItem]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdatePartnerResultsResponseArrayItemsItem]] = ...,
        ) -> None: ...


class UpdatePartnerResultsResponseArrayItemsItem(Model):
    """UpdatePartnerResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[BusinessAccessError]

    member_or_partner_id: Optional[str]

    _spec = (
        ('exception', 'BusinessAccessError', 'nullable'),
        ('member_or_partner_id', 'str', 'nullable', {'max_length': 18, 'pattern': '^\\d+$'}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            exception: Optional[BusinessAccessError] = ...,
            member_or_partner_id: Optional[str] = ...,
        ) -> None: ...


class UserAccountFollowedInterestsResponse(Model):
    """UserAccountFollowedInterestsResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Interest]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Interest]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[Interest]] = ...,
        ) -> None: ...


class UserBusinessRoleBinding(Model):
    """UserBusinessRoleBinding (component schema `UserBusinessRoleBinding`)."""

    assets_summary: Optional[BusinessMemberAssetsSummary]

    business_roles: Optional[List[str]]
    """The access level a user has on the business. This can be EMPLOYEE, BIZ_ADMIN, or PARTNER."""

    created_by_business: Optional[BusinessAccessUserSummary]
    """Metadata for the business that created the business relationship."""

    created_by_user: Optional[BusinessAccessUserSummary]
    """Metadata for the user that created the business relationship."""

    created_time: Optional[int]
    """The time the business relationship was created. Returned in milliseconds."""

    id: Optional[str]
    """Unique identifier of the business member/business partner/employer."""

    is_shared_partner: Optional[bool]
    """This field is only relevant when business_role="PARTNER".
    <br>If is_shared_partner=FALSE, the partner can access your business assets. If assets_summary
    is not empty, the assets listed are your business assets the partner has access to.
    <br>If is_shared_partner=TRUE, you can access the partner's business asset. If assets_summary
    is not empty, the assets listed are the partner's business assets you have access to.
    """

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the business member/business partner/employer."""

    _spec = (
        ('assets_summary', 'BusinessMemberAssetsSummary', 'nullable'),
        ('business_roles', 'list[str]'),
        ('created_by_business', 'BusinessAccessUserSummary', 'nullable'),
        ('created_by_user', 'BusinessAccessUserSummary', 'nullable'),
        ('created_time', 'int', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('is_shared_partner', 'bool'),
        ('user', 'BusinessAccessUserSummary', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            assets_summary: Optional[BusinessMemberAssetsSummary] = ...,
            business_roles: Optional[List[str]] = ...,
            created_by_business: Optional[BusinessAccessUserSummary] = ...,
            created_by_user: Optional[BusinessAccessUserSummary] = ...,
            created_time: Optional[int] = ...,
            id: Optional[str] = ...,
            is_shared_partner: Optional[bool] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
        ) -> None: ...


class UserFollowingFeedType(Enum):
    """Specifies the type of followees to be kept when filtering them."""

    ALL = 'ALL'
    RANKED = 'RANKED'
    CREATOR_ONLY = 'CREATOR_ONLY'
    RANKED_CREATOR_ONLY = 'RANKED_CREATOR_ONLY'


class UserFollowingGetResponse(Model):
    """UserFollowingGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserSummary]
    """Users"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserSummary]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserSummary]] = ...,
        ) -> None: ...


class UserListOperationType(Enum):
    """User list operation type (add or remove)"""

    ADD = 'ADD'
    REMOVE = 'REMOVE'


class UserListType(Enum):
    """User list type"""

    EMAIL = 'EMAIL'
    IDFA = 'IDFA'
    MAID = 'MAID'
    LR_ID = 'LR_ID'
    DLX_ID = 'DLX_ID'
    HASHED_PINNER_ID = 'HASHED_PINNER_ID'


class UserSingleAssetBinding(Model):
    """An object containing the permissions a business member/partner has on the asset."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata of the member/partner that has access to the asset."""

    _spec = (
        ('permissions', 'PermissionsResponse'),
        ('user', 'BusinessAccessUserSummary'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            permissions: Optional[List[str]] = ...,
            user: Optional[BusinessAccessUserSummary] = ...,
        ) -> None: ...


class UserSummary(Model):
    """UserSummary"""

    type: Optional[str]
    """Always "user" """

    username: Optional[str]
    """Username"""

    _spec = (
        ('type', 'str'),
        ('username', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: Optional[str] = ...,
            username: Optional[str] = ...,
        ) -> None: ...


class UserWebsiteSummary(Model):
    """UserWebsiteSummary"""

    status: Optional[str]
    """Status of the verification process"""

    verified_at: Optional[str]
    """UTC timestamp when the verification happened - sometimes missing"""

    website: Optional[str]
    """Website with path or domain only"""

    _spec = (
        ('status', 'str'),
        ('verified_at', 'str'),
        ('website', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: Optional[str] = ...,
            verified_at: Optional[str] = ...,
            website: Optional[str] = ...,
        ) -> None: ...


class UserWebsiteVerificationCode(Model):
    """UserWebsiteVerificationCode"""

    dns_txt_record: Optional[str]
    """DNS TXT record to check against for the website to be claimed"""

    file_content: Optional[str]
    """A full html file to upload to the website in order for it to be claimed"""

    filename: Optional[str]
    """File expected to find on the website being claimed"""

    metatag: Optional[str]
    """Metatag the verification process searchs for the website to be claimed"""

    verification_code: Optional[str]
    """Code to check against the user claiming the website"""

    _spec = (
        ('dns_txt_record', 'str'),
        ('file_content', 'str'),
        ('filename', 'str'),
        ('metatag', 'str'),
        ('verification_code', 'str'),
    )

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


class UserWebsiteVerifyRequest(Model):
    """User website verification request"""

    verification_method: Optional[str]

    website: Optional[str]

    _spec = (
        ('verification_method', 'str', '', {'enum': ('FILENAME', 'METATAG', 'DNSTXT')}),
        ('website', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            verification_method: Optional[str] = ...,
            website: Optional[str] = ...,
        ) -> None: ...


class UserWebsitesGetResponse(Model):
    """UserWebsitesGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserWebsiteSummary]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserWebsiteSummary]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserWebsiteSummary]] = ...,
        ) -> None: ...


class UsersForIndividualAssetResponse(Model):
    """An object containing the permissions a business member has on the asset."""

    asset_id: Optional[str]
    """Unique identifier of a business asset."""

    member_id: Optional[str]
    """Unique identifier of the business member with asset access."""

    permissions: Optional[List[str]]
    """Permission levels member or partner has on an asset."""

    _spec = (
        ('asset_id', 'str', '', {'pattern': '^\\d+$'}),
        ('member_id', 'str', '', {'pattern': '^\\d+$'}),
        ('permissions', 'PermissionsResponse'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_id: Optional[str] = ...,
            member_id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...
