# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model._l import L1InterestList as L1InterestList

__all__ = ["L1InterestList"]
