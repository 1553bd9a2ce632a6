# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._g import GoogleProductCategory0Filter as GoogleProductCategory0Filter

__all__ = ["GoogleProductCategory0Filter"]
