# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``KeywordAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`Keyword`, the same class under its current name.
"""

from pinterest_client.model.keyword import Keyword

KeywordAllOf = Keyword

__all__ = ["KeywordAllOf"]
