# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model


class Metrics(Model):
    """The metric name and daily value for each requested metric"""

    _additional = "float"


__all__ = ["Metrics"]
