"""Frozen value classes without :mod:`dataclasses`' start-up cost (private to core).

``@dataclass(frozen=True)`` compiles six methods per class when the module is imported (~1 ms a class), and
importing :mod:`dataclasses` loads :mod:`inspect`, :mod:`ast`, :mod:`dis` and :mod:`tokenize` (~7 ms): most of what a
``gongji households`` call spent beyond starting Python. :func:`frozen` gives the same class shape with shared,
ready-made methods instead:

- ``__init__`` taking the fields in order, by position or keyword, with their defaults (``factory(dict)`` for a
  fresh mutable default, as ``field(default_factory=dict)``);
- ``__repr__``, ``__eq__`` (same class, equal fields) and ``__hash__`` as a frozen dataclass has them;
- assigning or deleting an attribute raises :class:`dataclasses.FrozenInstanceError`;
- :mod:`dataclasses` still recognises the class: ``is_dataclass``, ``fields``, ``asdict``, ``replace`` work (their
  ``Field`` objects are made, and :mod:`dataclasses` imported, the first time something asks for them).

Fields are the class's own annotations (no inheritance between frozen classes); a class attribute of that name is
its default.
"""
from __future__ import annotations

_MISSING = object()


class factory:  # noqa: N801 - reads like dataclasses.field(default_factory=...)
    """A default made fresh for each instance: ``names: dict[int, str] = factory(dict)``."""
    __slots__ = ("make",)

    def __init__(self, make):
        self.make = make


class _Fields:
    """``__dataclass_fields__``: real :class:`dataclasses.Field` objects, made on first access."""

    def __get__(self, obj, cls):
        import dataclasses
        out = {}
        for name in cls.__record_fields__:
            default = cls.__record_defaults__.get(name, _MISSING)
            if isinstance(default, factory):
                f = dataclasses.field(default_factory=default.make)
            else:
                f = dataclasses.field(default=dataclasses.MISSING if default is _MISSING else default)
            f.name, f.type = name, cls.__annotations__[name]
            f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # (what dataclass() sets)
            out[name] = f
        type.__setattr__(cls, "__dataclass_fields__", out)
        return out


def _init(self, *args, **kwargs):
    cls = type(self)
    names = cls.__record_fields__
    d = self.__dict__
    if not kwargs and len(args) == len(names):  # the usual call: every field, by position
        d.update(zip(names, args))
        return
    if not args and kwargs.keys() == cls.__record_set__:  # the other usual call: every field, by keyword
        for name in names:  # (in field order, as below)
            d[name] = kwargs[name]
        return
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments but {len(args)} were given")
    if kwargs:
        if not kwargs.keys() <= cls.__record_set__:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument "
                            f"{min(kwargs.keys() - cls.__record_set__)!r}")
        if args and not kwargs.keys().isdisjoint(names[:len(args)]):
            raise TypeError(f"{cls.__name__}() got multiple values for argument "
                            f"{min(kwargs.keys() & set(names[:len(args)]))!r}")
    defaults = cls.__record_defaults__
    for i, name in enumerate(names):  # in field order, as dataclass's __init__ assigns them
        if i < len(args):
            d[name] = args[i]
        elif name in kwargs:
            d[name] = kwargs[name]
        else:
            default = defaults.get(name, _MISSING)
            if default is _MISSING:
                raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
            d[name] = default.make() if isinstance(default, factory) else default


def _astuple(self) -> tuple:
    d = self.__dict__
    return tuple(d[n] for n in type(self).__record_fields__)


def _repr(self) -> str:
    d = self.__dict__
    return f"{type(self).__qualname__}({', '.join(f'{n}={d[n]!r}' for n in type(self).__record_fields__)})"


def _eq(self, other):
    if other.__class__ is self.__class__:
        return _astuple(self) == _astuple(other)
    return NotImplemented


def _hash(self) -> int:
    return hash(_astuple(self))


def _frozen(self, name, value=None):
    from dataclasses import FrozenInstanceError
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_del(self, name):
    _frozen(self, name)


def frozen(cls: type) -> type:
    """Make ``cls`` a frozen value class of its annotated fields (see the module's docstring)."""
    names = tuple(cls.__dict__.get("__annotations__", {}))
    defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
    seen_default = False
    for n in names:
        if n in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {n!r} follows default argument")
    for n, default in defaults.items():  # as dataclass: the default lives in __init__, not on the class
        if isinstance(default, factory):
            delattr(cls, n)
    cls.__record_fields__ = names
    cls.__record_set__ = frozenset(names)
    cls.__record_defaults__ = defaults
    cls.__match_args__ = names
    cls.__dataclass_fields__ = _Fields()
    cls.__init__ = _init
    cls.__repr__ = _repr
    cls.__eq__ = _eq
    cls.__hash__ = _hash
    cls.__setattr__ = _frozen
    cls.__delattr__ = _frozen_del
    return cls


__all__ = ["frozen", "factory"]
