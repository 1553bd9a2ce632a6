# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class PinMedia(UnionModel):
    """Pin media that can be an image, video, or a mix of both.

    One of: `PinMediaWithImage`, `PinMediaWithVideo`, `PinMediaWithImages`, `PinMediaWithVideos`,
    `PinMediaWithImageAndVideo`.
    """

    _variants = (
        "PinMediaWithImage",
        "PinMediaWithVideo",
        "PinMediaWithImages",
        "PinMediaWithVideos",
        "PinMediaWithImageAndVideo",
    )
    _discriminator = (
        "media_type",
        {
            "image": "PinMediaWithImage",
            "video": "PinMediaWithVideo",
            "multiple_images": "PinMediaWithImages",
            "multiple_videos": "PinMediaWithVideos",
            "multiple_mixed": "PinMediaWithImageAndVideo",
        },
    )


__all__ = ["PinMedia"]
