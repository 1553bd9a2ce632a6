# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class PinMediaSource(UnionModel):
    """Pin media source that can be an image, video, or a mix of both passed in as a request.

    One of: `PinMediaSourceImageBase64`, `PinMediaSourceImageURL`, `PinMediaSourceVideoID`,
    `PinMediaSourceImagesBase64`, `PinMediaSourceImagesURL`, `PinMediaSourcePinURL`.
    """

    _variants = (
        "PinMediaSourceImageBase64",
        "PinMediaSourceImageURL",
        "PinMediaSourceVideoID",
        "PinMediaSourceImagesBase64",
        "PinMediaSourceImagesURL",
        "PinMediaSourcePinURL",
    )
    _discriminator = (
        "source_type",
        {
            "image_base64": "PinMediaSourceImageBase64",
            "image_url": "PinMediaSourceImageURL",
            "video_id": "PinMediaSourceVideoID",
            "multiple_image_base64": "PinMediaSourceImagesBase64",
            "multiple_image_urls": "PinMediaSourceImagesURL",
            "pin_url": "PinMediaSourcePinURL",
        },
    )


__all__ = ["PinMediaSource"]
