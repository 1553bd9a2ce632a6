# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model


class Notification(Model):
    """Any valid JSON object with 1-100 properties"""

    _checks = {"min_properties": 1, "max_properties": 100}


__all__ = ["Notification"]
