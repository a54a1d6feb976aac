"""Where a source's items go once parsed: an item sink. Each item is inspected by the personal-data
finder, stripped of its text under --no-text, assessed for AI training and stored, by `Storing`;
`LocalSink` does that in this process, `parallel.ForkedSink` in a forked helper process running the
same `Storing` code, while the parser goes on. The pipeline sees one interface (`ItemSink`) and takes
the same result from either: the counts, the items that failed, and the finder's state.

The finder's state travels explicitly: a forked sink is given the finder when it starts (the helper
inherits it) and returns `finder.state()` when it finishes; the pipeline gives that to
`finder.adopt()`. Nothing reaches into a callable for the object behind it."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .model import Item, SourceInfo
from .store import ItemStore

log = logging.getLogger(__name__)

Assess = Callable[[Item, SourceInfo], tuple[str, str]]


class Finder(Protocol):
    """What sees every item with its text before --no-text strips it (sensitive.SensitiveFinder),
    and whose findings must come back from a helper process."""

    def inspect(self, item: Item, info: SourceInfo | None = None, hits: Any = None) -> None:
        """See `item` (`hits`: what `prescan` found in it, in another process; None: look)."""

    def prescan(self, item: Item, info: SourceInfo | None = None) -> Any:
        """The inspection's costly part for `item`, done where there is time for it (picklable; None:
        `inspect` would not look at the item), kept nowhere."""

    def state(self) -> Any:
        """What it has found so far, picklable."""

    def adopt(self, state: Any) -> None:
        """Take over the state another copy of it (in a helper process) reached."""


@dataclass
class SinkResult:
    """What a sink reports when a source's items are all stored: the store's counts after them,
    items that could not be stored by exception name, and the finder's state where it changed in
    another process (None: the caller's finder is up to date)."""

    added: int
    duplicates: int
    failed: dict[str, int] = field(default_factory=dict)
    finder_state: Any = None
    tally: Any = None  # the store's summary groups as counted while storing (ItemStore.tally)
    key_hashes: Any = None  # the stored keys' hashes (ItemStore.key_hashes)


class ItemSink(Protocol):
    def add(self, item: Item) -> None:
        """Take one item (raises parallel.WorkerError when a helper is gone)."""

    def finish(self) -> SinkResult:
        """Every item given is stored."""

    def abort(self) -> None:
        """Stop without storing what is pending (the run failed)."""


class Storing:
    """One source's items, each inspected, stripped (--no-text), assessed and stored, in order. The
    one place that does it, in the main process or a helper. `item` may be a model.Item or the
    helper's parallel.ItemFields (the same fields; its checks ran in the main process)."""

    def __init__(self, store: ItemStore, source_id: int, info: SourceInfo, assess: Assess,
                 finder: Finder | None, inspect: Callable[[Item, SourceInfo], None] | None,
                 no_text: bool) -> None:
        self.store = store
        self.info = info
        self._source_id = source_id
        self._assess = assess
        self._inspect = finder.inspect if finder is not None else inspect
        self._finder = finder
        self._no_text = no_text
        self.failed: dict[str, int] = {}

    def add(self, item: Item, prescanned: Any = None) -> None:
        """`prescanned`: what the finder's `prescan` gave for this item in another process."""
        try:
            if prescanned is not None and self._finder is not None:
                self._finder.inspect(item, self.info, prescanned)
            elif self._inspect is not None:
                self._inspect(item, self.info)
            if self._no_text and item.text:
                item = item.without_text()
            verdict, reason = self._assess(item, self.info)
            self.store.add(item, self._source_id, verdict, reason)
        except Exception as exc:  # our own bug on one item must not lose the others
            log.debug("storing an item failed\n%s", traceback.format_exc())
            name = type(exc).__name__
            self.failed[name] = self.failed.get(name, 0) + 1

    def result(self, finder_state: Any = None) -> SinkResult:
        self.store.flush()
        return SinkResult(self.store.added(), self.store.duplicates(), dict(self.failed), finder_state,
                          self.store.tally(), self.store.key_hashes())


class LocalSink:
    """Stores in this process, as the items come."""

    def __init__(self, store: ItemStore, source_id: int, info: SourceInfo, assess: Assess,
                 finder: Finder | None = None, inspect: Callable[[Item, SourceInfo], None] | None = None,
                 no_text: bool = False) -> None:
        self._storing = Storing(store, source_id, info, assess, finder, inspect, no_text)
        self.add = self._storing.add

    def finish(self) -> SinkResult:
        return self._storing.result()  # the finder ran here: its state is where it was

    def abort(self) -> None:
        """Nothing to stop: what was stored stays in the store (its owner closes it)."""
