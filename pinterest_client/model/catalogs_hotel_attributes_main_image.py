# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class CatalogsHotelAttributesMainImage(Model):
    """The main hotel image"""

    link: Optional[str]
    """<p><= 2000 characters</p>
    <p>The link to the main hotel image. Image should be at least
    75x75 pixels to avoid errors. Use the additional_image_link field to add
    more images of your hotel. The URL of your main_image.link must be accessible
    by the Pinterest user-agent, and send the accurate image. Please make
    sure there is no template or placeholder image at the link. Must start
    with http:// or https://.</p>
    """

    tag: Optional[List[str]]
    """Tag appended to the image that identifies image category or details. There can be multiple tags associated with an image"""

    _spec = (
        ('link', 'str'),
        ('tag', 'list[str]', 'nullable'),
    )
