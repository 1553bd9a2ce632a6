# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.ad_preview_request import (
    AdPreviewRequestAdPreviewCreateFromPin as AdPreviewRequestAdPreviewCreateFromPin,
)

__all__ = ["AdPreviewRequestAdPreviewCreateFromPin"]
