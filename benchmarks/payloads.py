"""Realistic benchmark payloads, synthesised from the OpenAPI spec's schemas and examples.

:class:`Synthesizer` walks a schema (``$ref``, ``allOf``, ``oneOf``/``anyOf`` with discriminators,
``additionalProperties``) and fills every property the way the API does in a response: ids that
match their ``pattern``, enum values, ``example`` values where the spec gives one (varied per item
so no two Pins share URLs or ids), ISO date-times, prose of a realistic length for descriptions,
image-size dicts for Pin media, metrics dicts, nested objects. Output is deterministic for a seed.

    page = pins_page(count=250)       # the JSON bytes of GET /pins with 250 Pins
    page = campaigns_page(count=250)  # GET /ad_accounts/{id}/campaigns with 250 campaigns
"""

from __future__ import annotations

import datetime
import json
import os
import random
import re
from typing import Any, Dict, List, Optional

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SPEC = os.path.join(ROOT, "..", "shared", "spec", "openapi-5.23.0.json")

_WORDS = (
    "summer salad recipe with fresh herbs and lemon dressing easy weeknight dinner ideas for the whole family "
    "living room decor inspiration scandinavian minimal cozy reading nook plants garden balcony small space "
    "diy craft project wedding flowers seasonal table setting vintage fashion outfit autumn layers travel guide "
    "hidden beaches road trip itinerary healthy breakfast smoothie bowl chocolate cake birthday party"
).split()

#: Properties holding URLs (``TrackingUrls`` lists included).
_URL_NAMES = frozenset({"link", "url", "impression", "click", "engagement", "buyable_button", "audience_verification"})

_MEDIA_WEIGHTS = {"image": 70, "video": 18, "multiple_images": 8, "multiple_mixed": 3, "multiple_videos": 1}


def load_spec(path: str = DEFAULT_SPEC) -> Dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data: Dict[str, Any] = json.load(fh)
    return data


class Synthesizer:
    """Values for spec schemas, as a server would send them."""

    def __init__(self, spec: Dict[str, Any], seed: int = 1) -> None:
        self.schemas: Dict[str, Any] = spec["components"]["schemas"]
        self.rng = random.Random(seed)
        self.start = datetime.datetime(2024, 1, 1, 8, 0, 0)

    # -- schema plumbing ----------------------------------------------------------------------

    def resolve(self, schema: Dict[str, Any]) -> Dict[str, Any]:
        """``$ref`` followed and ``allOf`` merged (properties, required, example, enum...)."""
        while "$ref" in schema:
            extra = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**self.schemas[schema["$ref"].rsplit("/", 1)[-1]], **extra}
        if "allOf" not in schema:
            return schema
        merged: Dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: Dict[str, Any] = {}
        required: List[str] = []
        for part in schema["allOf"]:
            part = self.resolve(part)
            for key, value in part.items():
                if key == "properties":
                    props.update(value)
                elif key == "required":
                    required.extend(value)
                else:
                    merged.setdefault(key, value)
        props.update(merged.get("properties", {}))
        if props:
            merged["properties"] = props
        if required or merged.get("required"):
            merged["required"] = list(dict.fromkeys(required + merged.get("required", [])))
        return merged

    def named(self, name: str) -> Dict[str, Any]:
        return self.resolve({"$ref": f"#/components/schemas/{name}"})

    # -- values -------------------------------------------------------------------------------

    def value(self, schema: Dict[str, Any], name: str = "", depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if "oneOf" in schema or "anyOf" in schema:
            return self.value(self._pick_variant(schema), name, depth)
        kind = schema.get("type")
        if kind is None and "properties" in schema:
            kind = "object"
        if schema.get("nullable") and self.rng.random() < 0.04:
            return None
        if "enum" in schema:
            return self.rng.choice([v for v in schema["enum"] if v is not None])
        if kind == "object":
            return self._object(schema, name, depth)
        if kind == "array":
            return self._array(schema, name, depth)
        if kind == "string":
            return self._string(schema, name)
        if kind == "integer":
            return self._integer(schema, name)
        if kind == "number":
            return round(self.rng.uniform(0.5, 5000.0), 2)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return schema.get("example")

    def _pick_variant(self, schema: Dict[str, Any]) -> Dict[str, Any]:
        variants = schema.get("oneOf") or schema.get("anyOf")
        mapping = (schema.get("discriminator") or {}).get("mapping")
        if mapping and set(mapping) <= set(_MEDIA_WEIGHTS):
            key = self.rng.choices(list(_MEDIA_WEIGHTS), weights=list(_MEDIA_WEIGHTS.values()))[0]
            return self.resolve({"$ref": mapping[key]})
        return self.resolve(self.rng.choice(variants))

    def _object(self, schema: Dict[str, Any], name: str, depth: int) -> Any:
        props = schema.get("properties")
        if not props:
            example = schema.get("example")
            if isinstance(example, dict):
                return self._vary(example)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and depth < 4:
                return {f"key_{i}": self.value(extra, name, depth + 1) for i in range(2)}
            return {}
        if "images" in name and set(props) >= {"150x150", "600x"}:
            return self._image_sizes()
        out = {}
        for prop, sub in props.items():
            if depth >= 4 and prop not in schema.get("required", ()):
                continue
            out[prop] = self.value(sub, prop, depth + 1)
        return out

    def _array(self, schema: Dict[str, Any], name: str, depth: int) -> List[Any]:
        example = schema.get("example")
        if isinstance(example, list) and example and not isinstance(example[0], (dict, list)):
            return [self._vary(v) for v in example]
        count = self.rng.randint(1, 3) if depth < 4 else 0
        return [self.value(schema.get("items") or {}, name, depth + 1) for _ in range(count)]

    def _string(self, schema: Dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            moment = self.start + datetime.timedelta(seconds=self.rng.randint(0, 60 * 86400))
            return moment.isoformat()
        if fmt == "date":
            return (self.start.date() + datetime.timedelta(days=self.rng.randint(0, 365))).isoformat()
        pattern = schema.get("pattern")
        if pattern and re.fullmatch(r"\^?(\(.*\))?\?*\\d\+\$?", pattern.replace("((AG)|C)?", "")):
            return str(self.rng.randint(10**17, 10**18 - 1))
        if name in ("description", "alt_text"):
            return self._prose(self.rng.randint(50, 280), schema.get("maxLength"))
        if name in ("title", "name"):
            return self._prose(self.rng.randint(15, 60), schema.get("maxLength")).title()
        if name == "item_type":
            return "image"
        if name in _URL_NAMES or name.endswith("_url"):
            slug = "-".join(self.rng.choice(_WORDS) for _ in range(4))
            return f"https://www.example-shop.com/{slug}/{self.rng.randint(1000, 99999)}"
        if name == "dominant_color":
            return f"#{self.rng.randint(0, 0xFFFFFF):06X}"
        if name == "username":
            return self.rng.choice(_WORDS) + str(self.rng.randint(1, 9999))
        example = schema.get("example")
        if isinstance(example, str):
            return self._vary(example)
        return self._prose(self.rng.randint(8, 30), schema.get("maxLength"))

    def _integer(self, schema: Dict[str, Any], name: str) -> int:
        if name.endswith("_time"):
            return 1_700_000_000 + self.rng.randint(0, 30_000_000)
        if name in ("height", "width"):
            return self.rng.choice((150, 236, 400, 600, 736, 1200))
        example = schema.get("example")
        low, high = schema.get("minimum", 0), schema.get("maximum", 10_000_000)
        if isinstance(example, int) and not isinstance(example, bool) and example > 0:
            return self.rng.randint(max(int(low), example // 2), max(int(low), example // 2) + example)
        return self.rng.randint(int(low), int(min(high, 10_000_000)))

    def _prose(self, length: int, max_length: Optional[int]) -> str:
        words: List[str] = []
        while sum(len(w) + 1 for w in words) < length:
            words.append(self.rng.choice(_WORDS))
        text = " ".join(words).capitalize() + "."
        return text[:max_length] if max_length else text

    def _image_sizes(self) -> Dict[str, Any]:
        digest = f"{self.rng.getrandbits(128):032x}"
        path = f"{digest[:2]}/{digest[2:4]}/{digest[4:6]}/{digest}.jpg"
        ratio = self.rng.choice((1.0, 1.25, 1.5, 0.75))
        out = {}
        for size, width in (("150x150", 150), ("400x300", 400), ("600x", 600), ("1200x", 1200)):
            height = 150 if size == "150x150" else 300 if size == "400x300" else int(width * ratio)
            out[size] = {"width": width, "height": height, "url": f"https://i.pinimg.com/{size}/{path}"}
        return out

    def _vary(self, value: Any) -> Any:
        """An example value, made distinct per item (digits shuffled, nested examples varied)."""
        if isinstance(value, dict):
            return {k: self._vary(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._vary(v) for v in value]
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int):
            return self.rng.randint(0, max(10, value * 2))
        if isinstance(value, float):
            return round(self.rng.uniform(0, max(1.0, value * 2)), 4)
        if isinstance(value, str):
            return re.sub(r"\d", lambda _: str(self.rng.randint(0, 9)), value)
        return value


def pin(synth: Synthesizer) -> Dict[str, Any]:
    data: Dict[str, Any] = synth.value(synth.named("Pin"), "pin")
    data["pin_metrics"] = {
        "90d": {"pin_click": synth.rng.randint(0, 500), "impression": synth.rng.randint(0, 90000), "clickthrough": 3},
        "lifetime_metrics": {
            "pin_click": synth.rng.randint(0, 5000),
            "impression": synth.rng.randint(0, 900000),
            "clickthrough": synth.rng.randint(0, 900),
            "reaction": synth.rng.randint(0, 300),
            "comment": synth.rng.randint(0, 50),
        },
    }
    return data


def pins_page(count: int = 250, seed: int = 1, spec: Optional[Dict[str, Any]] = None) -> bytes:
    """``GET /pins`` response: ``{"items": [Pin...], "bookmark": ...}``."""
    synth = Synthesizer(spec or load_spec(), seed)
    page = {"items": [pin(synth) for _ in range(count)], "bookmark": "Y2JVSG81V2sxcmNHRlpWM1J2"}
    return json.dumps(page).encode()


def campaigns_page(count: int = 250, seed: int = 2, spec: Optional[Dict[str, Any]] = None) -> bytes:
    """``GET /ad_accounts/{id}/campaigns`` response with every CampaignResponse field filled."""
    synth = Synthesizer(spec or load_spec(), seed)
    schema = synth.named("CampaignResponse")
    items = []
    for _ in range(count):
        item = synth.value(schema, "campaign")
        for prop, sub in schema["properties"].items():  # "all fields": no random nulls at the top level
            while item.get(prop) is None:
                item[prop] = synth.value(sub, prop, 1)
        items.append(item)
    return json.dumps({"items": items, "bookmark": "Y2JVSG81V2sxcmNHRlpWM1J2"}).encode()


def keywords(count: int = 1000, seed: int = 3, spec: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """A ``keywords_create`` request body (``KeywordsRequest``) as plain JSON data."""
    synth = Synthesizer(spec or load_spec(), seed)
    match_types = [v for v in synth.named("MatchTypeResponse")["enum"] if v is not None]
    items = []
    for i in range(count):
        value = " ".join(synth.rng.choice(_WORDS) for _ in range(synth.rng.randint(1, 4)))
        bid = None if i % 3 else synth.rng.randint(1, 50) * 100_000
        items.append({"bid": bid, "match_type": synth.rng.choice(match_types), "value": value})
    return {"keywords": items, "parent_id": "AG" + str(synth.rng.randint(10**17, 10**18 - 1))}
