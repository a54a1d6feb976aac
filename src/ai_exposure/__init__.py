"""ai-exposure: how much of what you posted is public, and likely eligible for AI training.

The public API (see api.py and the README's "Use from Python"): `analyze`, `Analysis`, `Item`,
`read_snapshot`, `Snapshot`, `History`, `compare`, `Comparison`, and `Error`. They are imported when
first used, so that `ai-exposure --help` stays instant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Analysis", "Comparison", "Error", "History", "Item", "Snapshot", "__version__", "analyze",
           "compare", "policies", "read_snapshot"]

if TYPE_CHECKING:
    from .api import Analysis, Comparison, History, Item, Snapshot, analyze, compare, policies, read_snapshot
    from .errors import Error


def __getattr__(name: str) -> Any:
    if name == "Error":
        from .errors import Error

        return Error
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'ai_exposure' has no attribute {name!r}")
