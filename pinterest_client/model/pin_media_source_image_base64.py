# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._p import PinMediaSourceImageBase64 as PinMediaSourceImageBase64

__all__ = ["PinMediaSourceImageBase64"]
