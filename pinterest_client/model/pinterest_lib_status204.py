# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._p import PinterestLibStatus204 as PinterestLibStatus204

__all__ = ["PinterestLibStatus204"]
