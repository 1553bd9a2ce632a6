# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class Notifications(ModelList):
    """Array of 1-100 notification objects"""

    _item_type = "Notification"
    _checks = {"min_items": 1, "max_items": 100}


__all__ = ["Notifications"]
