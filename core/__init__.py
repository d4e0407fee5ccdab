"""gongji's Qt-free core. The public front door is :class:`core.collection.Collection` (also ``core.Collection``).

Imported lazily, so ``import core.money`` (or any small public module) does not load the database layer.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.collection import Collection

__all__ = ["Collection"]


def __getattr__(name: str) -> Any:
    if name == "Collection":
        from core.collection import Collection
        return Collection
    raise AttributeError(f"module 'core' has no attribute {name!r}")
