# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union


class ItemAttributes(Model):
    """ItemAttributes (component schema)."""

    additional_image_link: Optional[List[str]] = Field("list[str]", nullable=True)
    """<= 2000 characters

    The links to additional images for your product. Up to ten
    additional images can be used to show a product from different angles
    or to show different stages. Must begin with http:// or https://.
    """

    image_link: Optional[List[str]] = Field("list[str]", min_items=1)
    """<= 2000 characters

    The link to the main product images. Images should be at least
    75x75 pixels to avoid errors. Use the additional_image_link field to add
    more images of your product. The URL of your image_link must be accessible
    by the Pinterest user-agent, and send the accurate images. Please make
    sure there are no template or placeholder images at the link. Must start
    with http:// or https://.
    """

    video_link: Optional[str] = Field("str", nullable=True)
    """<= 2,000 characters

    Hosted link to the product video.

    File types for linked videos must be .mp4, .mov or .m4v.

    File size cannot exceed 2GB.
    """

    ad_image_0_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_0_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_10_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_10_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_11_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_11_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_12_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_12_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_13_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_13_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_14_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_14_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_15_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_15_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_16_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_16_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_17_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_17_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_18_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_18_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_19_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_19_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_1_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_1_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_2_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_2_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_3_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_3_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_4_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_4_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_5_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_5_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_6_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_6_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_7_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_7_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_8_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_8_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_image_9_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad image link that supplements main image for shopping campaigns.

    Image format:

    - Pixel size at least 75 x 75

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder images in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_image_9_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.
    """

    ad_link: Optional[str] = Field("str", nullable=True)
    """Allows advertisers to specify a separate URL that can be used to track traffic coming from Pinterest shopping
    ads. Must send full URL including tracking—do not send tracking parameters only. At this time we do not support
    impression tracking. Must begin with http:// or https://.
    """

    ad_video_0_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad video link that supplements main video for shopping campaigns.

    Video format:

    - Pixel size between 75 x 75 and 9450 x 9450

    - File size smaller than 2 GB

    - Time span between 4 seconds and 15 minutes

    - Accepted formats: .MP4, .MOV, .M4V

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder videos in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_video_0_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.
    """

    ad_video_1_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad video link that supplements main video for shopping campaigns.

    Video format:

    - Pixel size between 75 x 75 and 9450 x 9450

    - File size smaller than 2 GB

    - Time span between 4 seconds and 15 minutes

    - Accepted formats: .MP4, .MOV, .M4V

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder videos in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_video_1_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.
    """

    ad_video_2_link: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 2000 characters

    Ad video link that supplements main video for shopping campaigns.

    Video format:

    - Pixel size between 75 x 75 and 9450 x 9450

    - File size smaller than 2 GB

    - Time span between 4 seconds and 15 minutes

    - Accepted formats: .MP4, .MOV, .M4V

    Link guidelines:

    - Include extension in file name

    - Do not include template or placeholder videos in link

    - Make URL accessible to Pinterest user-agent

    - Must start with http:// or https://
    """

    ad_video_2_tag: Optional[str] = Field("str", nullable=True)
    """[Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)

    <= 511 characters

    If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.
    """

    adult: Optional[bool] = Field("bool", nullable=True)
    """Set this attribute to TRUE if you're submitting items that are considered “adult”. These will not be shown on
    Pinterest.
    """

    age_group: Optional[str] = Field("str", nullable=True)
    """The age group to apply a demographic range to the product. Must be one of the following values (upper or
    lowercased): ‘newborn’, ‘infant’, ‘toddler’, ‘kids’, or ‘adult’.
    """

    android_deep_link: Optional[str] = Field("str")
    """The deep link to the product on the Android app."""

    availability: Optional[str] = Field("str")
    """The availability of the product. Must be one of the following values (upper or lowercased): ‘in stock’, ‘out of
    stock’, ‘preorder’.
    """

    average_review_rating: Optional[float] = Field("float", nullable=True)
    """Average reviews for the item. Can be a number from 1-5."""

    brand: Optional[str] = Field("str", nullable=True)
    """The brand of the product."""

    checkout_enabled: Optional[bool] = Field("bool", nullable=True)
    """This attribute is not supported anymore."""

    color: Optional[str] = Field("str", nullable=True)
    """The primary color of the product."""

    condition: Optional[str] = Field("str", nullable=True)
    """The condition of the product. Must be one of the following values (upper or lowercased): ‘new’, ‘used’, or
    ‘refurbished’.
    """

    custom_label_0: Optional[str] = Field("str", nullable=True, max_length=511)
    """<= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs

    Custom grouping of products.
    """

    custom_label_1: Optional[str] = Field("str", nullable=True, max_length=511)
    """<= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs

    Custom grouping of products.
    """

    custom_label_2: Optional[str] = Field("str", nullable=True, max_length=511)
    """<= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs

    Custom grouping of products.
    """

    custom_label_3: Optional[str] = Field("str", nullable=True, max_length=511)
    """<= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs

    Custom grouping of products.
    """

    custom_label_4: Optional[str] = Field("str", nullable=True, max_length=511)
    """<= 511 characters for retail and creative asset catalogs, <= 127 characters for hotel catalogs

    Custom grouping of products.
    """

    custom_number_0: Optional[int] = Field("int", nullable=True)
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_1: Optional[int] = Field("int", nullable=True)
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_2: Optional[int] = Field("int", nullable=True)
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_3: Optional[int] = Field("int", nullable=True)
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    custom_number_4: Optional[int] = Field("int", nullable=True)
    """an attribute for any integer information ranging from 0 to 4,294,967,295, which can be used to group items."""

    description: Optional[str] = Field("str")
    """<= 10000 characters

    The description of the product.
    """

    free_shipping_label: Optional[bool] = Field("bool", nullable=True)
    """The item is free to ship."""

    free_shipping_limit: Optional[str] = Field("str", nullable=True)
    """The minimum order purchase necessary for the customer to get free shipping. Only relevant if free shipping is
    offered.
    """

    gender: Optional[str] = Field("str", nullable=True)
    """The gender associated with the product. Must be one of the following values (upper or lowercased): ‘male’,
    ‘female’, or ‘unisex’.
    """

    google_product_category: Optional[str] = Field("str", nullable=True)
    """The categorization of the product based on the standardized Google Product Taxonomy. This is a set taxonomy. Both
    the text values and numeric codes are accepted.
    """

    gtin: Optional[Union[str, int]] = Field("any", nullable=True)
    """The unique universal product identifier."""

    id: Optional[str] = Field("str")
    """<= 127 characters

    The user-created unique ID that represents the product. Only
    Unicode characters are accepted.
    """

    installment_price: Optional[str] = Field("str", nullable=True)
    """Installment price of the product. This data will only be shown to pinners in the enabled countries. Expected
    format: <payment_count>:<payment_amount> <currency>
    """

    ios_deep_link: Optional[str] = Field("str")
    """The deep link to the product on the iOS app."""

    item_group_id: Optional[str] = Field("str", nullable=True)
    """<= 127 characters

    The parent ID of the product.
    """

    last_updated_time: Optional[int] = Field("int", nullable=True)
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    link: Optional[str] = Field("str")
    """<= 511 characters

    The landing page for the product.
    """

    material: Optional[str] = Field("str", nullable=True)
    """The material used to make the product."""

    min_ad_price: Optional[str] = Field("str", nullable=True)
    """The minimum advertised price of the product. It supports the following formats, "19.99 USD", "19.99USD" and
    "19.99". If the currency is not included, we default to US dollars.
    """

    mobile_link: Optional[str] = Field("str", nullable=True)
    """The mobile-optimized version of your landing page. Must begin with http:// or https://."""

    mpn: Optional[str] = Field("str", nullable=True)
    """Manufacturer Part Number are alpha-numeric codes created by the manufacturer of a product to uniquely identify it
    among all products from the same manufacturer.
    """

    number_of_ratings: Optional[int] = Field("int", nullable=True)
    """The number of ratings for the item."""

    number_of_reviews: Optional[int] = Field("int", nullable=True)
    """The number of reviews available for the item."""

    pattern: Optional[str] = Field("str", nullable=True)
    """The description of the pattern used for the product."""

    price: Optional[str] = Field("str")
    """The price of the product. It supports the following formats, "24.99 USD", "24.99USD" and "24.99". If the currency
    is not included, we default to US dollars.
    """

    product_type: Optional[str] = Field("str", nullable=True)
    """<= 1000 characters

    The categorization of your product based on your custom product
    taxonomy. Subcategories must be sent separated by “ > “. The > must be
    wrapped by spaces. We do not recognize any other delimiters such as comma
    or pipe.
    """

    promotion_id: Optional[str] = Field("str", nullable=True)
    """A unique identifier referencing the promotion associated with this catalog item."""

    sale_price: Optional[str] = Field("str", nullable=True)
    """The discounted price of the product. The sale_price must be lower than the price. It supports the following
    formats, "14.99 USD", "14.99USD" and "14.99". If the currency is not included, we default to US dollars.
    """

    sale_price_effective_date: Optional[str] = Field("str", nullable=True)
    """Sale price effective date. Expected format: <start_date>/<end_date> (ISO 8601 format)"""

    shipping: Optional[str] = Field("str", nullable=True)
    """Shipping consists of one group of up to four elements, country, region, service (all optional) and price
    (required). All colons, even for blank values, are required.
    """

    shipping_height: Optional[str] = Field("str", nullable=True)
    """The height of the package needed to ship the product. Ensure there is a space between the numeric string and the
    metric.
    """

    shipping_weight: Optional[str] = Field("str", nullable=True)
    """The weight of the product. Ensure there is a space between the numeric string and the metric."""

    shipping_width: Optional[str] = Field("str", nullable=True)
    """The width of the package needed to ship the product. Ensure there is a space between the numeric string and the
    metric.
    """

    size: Optional[str] = Field("str", nullable=True)
    """The size of the product."""

    size_system: Optional[str] = Field("str", nullable=True)
    """Indicates the country’s sizing system in which you are submitting your product. Must be one of the following
    values (upper or lowercased): ‘US’, ‘UK’, ‘EU’, ‘DE’, ‘FR’, ‘JP’, ‘CN’, ‘IT’, ‘BR’, ‘MEX’, or ‘AU’.
    """

    size_type: Optional[str] = Field("str", nullable=True)
    """Additional description for the size. Must be one of the following values (upper or lowercased): ‘regular’,
    ‘petite’, ‘plus’, ‘big_and_tall’, or ‘maternity’.
    """

    tax: Optional[str] = Field("str", nullable=True)
    """Tax consists of one group of up to four elements, country, region, rate (all required) and tax_ship (optional).
    All colons, even for blank values, are required.
    """

    title: Optional[str] = Field("str")
    """<= 500 characters

    The name of the product.
    """

    unit_pricing_base_measure: Optional[str] = Field("str", nullable=True)
    """Unit pricing base measure of the product. This data will only be shown to pinners in the enabled countries.
    Expected format: <base_measure> <unit_type>
    """

    unit_pricing_measure: Optional[str] = Field("str", nullable=True)
    """Unit pricing total measure of the product. This data will only be shown to pinners in the enabled countries.
    Expected format: <total_units> <unit_type>
    """

    variant_names: Optional[List[str]] = Field("list[str]", nullable=True)
    """Options for this variant. People will see these options next to your Pin and can select the one they want. List
    them in the order you want them displayed.
    """

    variant_values: Optional[List[str]] = Field("list[str]", nullable=True)
    """Option values for this variant. People will see these options next to your Pin and can select the one they want.
    List them in the order you want them displayed. The order of the variant values must be consistent with the order
    of the variant names.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            additional_image_link: Optional[List[str]] = ...,
            image_link: Optional[List[str]] = ...,
            video_link: Optional[str] = ...,
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


__all__ = ["ItemAttributes"]
