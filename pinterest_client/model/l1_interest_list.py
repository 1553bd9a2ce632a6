# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class L1InterestList(ModelList):
    """Interest"""

    _item_type = "str"
    _checks = {
        "items": {
            "enum": (
                "animals",
                "architecture",
                "art",
                "beauty",
                "childrens_fashion",
                "design",
                "diy_and_crafts",
                "education",
                "electronics",
                "entertainment",
                "event_planning",
                "finance",
                "food_and_drinks",
                "gardening",
                "health",
                "home_decor",
                "mens_fashion",
                "parenting",
                "quotes",
                "sport",
                "travel",
                "vehicles",
                "wedding",
                "womens_fashion",
            )
        }
    }


__all__ = ["L1InterestList"]
