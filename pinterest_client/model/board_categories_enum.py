# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BoardCategoriesEnum(Enum):
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the
    original client.

    Board category.
    """

    ANIMALS = "animals"
    APPAREL = "apparel"
    ARCHITECTURE = "architecture"
    ART = "art"
    ART_ARCH = "art_arch"
    CARS_MOTORCYCLES = "cars_motorcycles"
    CELEBRITIES = "celebrities"
    CELEBRITIES_PUBLI = "celebrities_publi"
    COMMERCE = "commerce"
    CORGIS = "corgis"
    CULTURE = "culture"
    DESIGN = "design"
    DIY_CRAFTS = "diy_crafts"
    EDUCATION = "education"
    EVERYTHING = "everything"
    FASHION = "fashion"
    FEATURED = "featured"
    FILM_MUSIC_BOOKS = "film_music_books"
    FITNESS = "fitness"
    FOOD_DRINK = "food_drink"
    FOR_DAD = "for_dad"
    FRESH = "fresh"
    GARDENING = "gardening"
    GEEK = "geek"
    GIFT_GUIDES = "gift_guides"
    GIFTS = "gifts"
    HAIR_BEAUTY = "hair_beauty"
    HEALTH_FITNESS = "health_fitness"
    HISTORY = "history"
    HOLIDAYS = "holidays"
    HOLIDAYS_EVENTS = "holidays_events"
    HOME = "home"
    HOME_DECOR = "home_decor"
    HOME_IMPROVEMENT = "home_improvement"
    HUMOR = "humor"
    ILLUSTRATIONS_POS = "illustrations_pos"
    KIDS = "kids"
    MEN_APPAREL = "men_apparel"
    MENS_FASHION = "mens_fashion"
    MYLIFE = "mylife"
    OTHER = "other"
    OUTDOORS = "outdoors"
    PEOPLE = "people"
    PETS = "pets"
    PHOTOGRAPHY = "photography"
    POPULAR = "popular"
    PRINTS_POSTERS = "prints_posters"
    PRODUCTS = "products"
    QUOTES = "quotes"
    SCIENCE = "science"
    SCIENCE_NATURE = "science_nature"
    SHOP = "shop"
    SHOP_SPACE = "shop_space"
    SPORTS = "sports"
    TATTOOS = "tattoos"
    TECHNOLOGY = "technology"
    TRAVEL = "travel"
    TRAVEL_PLACES = "travel_places"
    VIDEOS = "videos"
    WEDDING_EVENTS = "wedding_events"
    WEDDINGS = "weddings"
    WOMEN_APPAREL = "women_apparel"
    WOMENS_FASHION = "womens_fashion"


if TYPE_CHECKING:
    BoardCategoriesEnumValue = Literal[
        "animals",
        "apparel",
        "architecture",
        "art",
        "art_arch",
        "cars_motorcycles",
        "celebrities",
        "celebrities_publi",
        "commerce",
        "corgis",
        "culture",
        "design",
        "diy_crafts",
        "education",
        "everything",
        "fashion",
        "featured",
        "film_music_books",
        "fitness",
        "food_drink",
        "for_dad",
        "fresh",
        "gardening",
        "geek",
        "gift_guides",
        "gifts",
        "hair_beauty",
        "health_fitness",
        "history",
        "holidays",
        "holidays_events",
        "home",
        "home_decor",
        "home_improvement",
        "humor",
        "illustrations_pos",
        "kids",
        "men_apparel",
        "mens_fashion",
        "mylife",
        "other",
        "outdoors",
        "people",
        "pets",
        "photography",
        "popular",
        "prints_posters",
        "products",
        "quotes",
        "science",
        "science_nature",
        "shop",
        "shop_space",
        "sports",
        "tattoos",
        "technology",
        "travel",
        "travel_places",
        "videos",
        "wedding_events",
        "weddings",
        "women_apparel",
        "womens_fashion",
    ]
    """What a parameter typed `BoardCategoriesEnum` also takes: one of its values, as is."""


__all__ = ["BoardCategoriesEnum"]
