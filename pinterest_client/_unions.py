"""The base of ``oneOf``/``anyOf`` schemas, :class:`UnionModel`, and how a class is chosen for data:
by a discriminator (:func:`discriminated`), else by best fit (:func:`best_fit`). Loaded with the
first union a program meets (its generated module imports it from here) or with the first model
whose schema has a discriminator: a program that meets neither never creates these.
"""

from __future__ import annotations

from pinterest_client._checks import _Invalid
from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, is_class_name, resolve_type

if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, Iterable, List, Tuple


def discriminated_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``Base(grant_type="refresh_token", ...)`` builds the class the discriminator maps to."""
    target = discriminated(cls, {k: getattr(v, "value", v) for k, v in kwargs.items()})
    if target is not cls and not issubclass(target, cls):
        return target(*args, **kwargs)
    return object.__new__(cls)


def discriminated(cls: Any, data: Dict[str, Any]) -> Any:
    prop, mapping = cls._discriminator
    tag = data.get(prop)
    name = mapping.get(tag) if isinstance(tag, str) else None
    return resolve_type(name) if name and name != cls.__name__ else cls


class UnionModel(Model):
    """Base of ``oneOf``/``anyOf`` schemas. Never instantiated itself: constructing or decoding
    one yields an instance of the matching variant (by discriminator, else by best fit), and
    ``isinstance(variant_instance, TheUnion)`` is true."""

    _framework_ = True
    _variants: ClassVar[Tuple[str, ...]] = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from pinterest_client.exceptions import ApiTypeError, ApiValueError

        if args:  # as the original's composed schemas: keywords only
            raise ApiTypeError(
                f"Invalid positional arguments={args!r} passed to {cls.__name__}. "
                "Remove those invalid positional arguments."
            )
        if cls._discriminator is not None:
            target = discriminated(cls, {k: getattr(v, "value", v) for k, v in kwargs.items()})
            if target is not cls:
                return target(**kwargs)
        errors = []
        for variant in cls._variant_classes():
            try:
                obj = variant(**kwargs)
                obj.validate()
                return obj
            except (ApiTypeError, ApiValueError) as exc:
                errors.append(f"{variant.__name__}: {exc}")
        raise ApiValueError(f"{cls.__name__}(): the arguments fit none of its variants ({'; '.join(errors)})")

    @classmethod
    def _variant_classes(cls) -> List[Any]:
        return [resolve_type(v) for v in cls._variants if is_class_name(v)]

    @classmethod
    def _variant_for(cls, data: Dict[str, Any]) -> Any:
        """The class ``data`` is decoded as: the one its discriminator names, else the variant it
        fits best (``None`` when the union has no object variant)."""
        target = discriminated(cls, data) if cls._discriminator is not None else cls
        return best_fit(cls._variant_classes(), data) if target is cls else target

    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        if type(data) is not dict:
            return data
        target = cls._variant_for(data)
        if target is None:
            return data  # no object variant: the value stays plain JSON
        return target._from_wire(data)

    @classmethod
    def _wire(cls, value: Any, response: bool = False) -> Any:
        from pinterest_client._encode import _encoder, _wire_encoder

        variants = cls._variant_classes()
        for variant in variants:
            if type(value) is variant:
                return _wire_encoder(variant)(value, response)
        failures: List[_Invalid] = []
        if isinstance(value, (Model, dict)) and variants:
            data = value.to_wire() if isinstance(value, Model) else value
            if cls._discriminator is not None:
                target = discriminated(cls, data)
                if target is not cls:
                    return _wire_encoder(target)(data, response)
            for variant in sorted(variants, key=lambda v: -fit_score(v, data)):
                try:
                    return _wire_encoder(variant)(data, response)
                except _Invalid as bad:
                    failures.append(bad)
        for other in cls._variants:
            if not is_class_name(other):
                try:
                    return _encoder(other, None)(value, response)
                except _Invalid as bad:
                    failures.append(bad)
        head = f"matches none of {cls.__name__}'s variants ({', '.join(cls._variants)})"
        raise _Invalid("value", lambda path: f"{path}: {head}: " + " | ".join(bad.message(path) for bad in failures))


def fit_score(cls: Any, data: Dict[str, Any]) -> int:
    """How well ``data`` fits ``cls``: -1 when a required field is missing or an undeclared key
    appears where the schema forbids extras, else the number of declared fields present."""
    if cls._discriminator is not None:
        target = discriminated(cls, data)
        if target is not cls:
            return fit_score(target, data)
    if issubclass(cls, UnionModel):
        return max((fit_score(v, data) for v in cls._variant_classes()), default=-1)
    fields = cls._by_wire
    if any(f.required and f.wire not in data for f in cls._fields):
        return -1
    if cls._additional is None and any(k not in fields for k in data):
        return -1
    return sum(1 for k in data if k in fields)


def best_fit(variants: Iterable[Any], data: Dict[str, Any]) -> Any:
    best, best_score = None, -2
    for variant in variants:
        score = fit_score(variant, data)
        if score > best_score:
            best, best_score = variant, score
    return best
