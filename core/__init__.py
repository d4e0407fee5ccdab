"""gongji's Qt-free core. The public front door is :class:`core.collection.Collection` (also ``core.Collection``).

Imported lazily, so ``import core.money`` (or any small public module) does not load the database layer.
"""
from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing, which costs a CLI call ~3 ms)
if TYPE_CHECKING:
    from core.collection import Collection

__all__ = ["Collection"]


def __getattr__(name: str) -> object:
    if name == "Collection":
        from core.collection import Collection
        return Collection
    raise AttributeError(f"module 'core' has no attribute {name!r}")
