# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._g import GoogleProductCategory3Filter as GoogleProductCategory3Filter

__all__ = ["GoogleProductCategory3Filter"]
