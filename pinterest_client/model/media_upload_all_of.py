# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``MediaUploadAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`MediaUpload`, the same class under its current name.
"""

from pinterest_client.model.media_upload import MediaUpload

MediaUploadAllOf = MediaUpload

__all__ = ["MediaUploadAllOf"]
