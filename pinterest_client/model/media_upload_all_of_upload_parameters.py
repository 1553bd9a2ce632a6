# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``MediaUploadAllOfUploadParameters`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`MediaUploadParameters`, the same class under its current name.
"""

from pinterest_client.model.media_upload_parameters import MediaUploadParameters

MediaUploadAllOfUploadParameters = MediaUploadParameters

__all__ = ["MediaUploadAllOfUploadParameters"]
