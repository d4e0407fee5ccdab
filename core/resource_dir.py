"""The app's data files (``resources/``: policies, translations, icons) without importlib.resources when they are
plain files on disk (private to core).

importlib.resources (for zipped installs) pulls in tempfile, shutil, zipfile and compression modules — ~15 ms of a
command-line call that reads two small files. It is used only when ``resources`` is not a folder on disk.
"""
from __future__ import annotations

import os
from pathlib import Path


def resource_dir(*parts: str):
    """``resources/<parts...>`` as a :class:`pathlib.Path` when it is a folder on disk, else as an
    importlib.resources Traversable (both have ``iterdir``, ``name``, ``joinpath``, ``read_bytes``, ``read_text``)."""
    import resources  # the package (an empty __init__); found by the normal import system
    folders = list(getattr(resources, "__path__", []))
    if len(folders) == 1 and os.path.isdir(folders[0]):
        return Path(folders[0], *parts)
    from importlib import resources as _res
    return _res.files("resources").joinpath(*parts)


__all__ = ["resource_dir"]
