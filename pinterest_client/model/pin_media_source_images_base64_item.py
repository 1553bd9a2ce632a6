# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._p import PinMediaSourceImagesBase64Item as PinMediaSourceImagesBase64Item

__all__ = ["PinMediaSourceImagesBase64Item"]
