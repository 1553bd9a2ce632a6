# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._g import GoogleProductCategory5Filter as GoogleProductCategory5Filter

__all__ = ["GoogleProductCategory5Filter"]
