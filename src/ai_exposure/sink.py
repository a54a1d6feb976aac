"""Where a source's items go once parsed: an item sink. Each item is inspected by the personal-data
finder, stripped of its text under --no-text, assessed for AI training and stored, by `Storing`;
`LocalSink` does that in this process, `parallel.ForkedSink` in a forked helper process running the
same `Storing` code, while the parser goes on. The pipeline sees one interface (`ItemSink`) and takes
the same result from either: the counts, the items that failed, and the finder's state.

The finder's state travels explicitly: a forked sink is given the finder when it starts (the helper
inherits it) and returns `finder.state()` when it finishes; the pipeline gives that to
`finder.adopt()`. Nothing reaches into a callable for the object behind it."""

from __future__ import annotations

import dataclasses
import logging
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from .model import Item, ItemRun, SourceInfo
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

    def add_run(self, run: ItemRun) -> None:
        """Take a run's items, in order, as `add` takes each."""

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
            self._failed(exc)

    def add_run(self, template: Any, keys: list[str], created: list, texts: list[str],
                urls: list[str]) -> None:
        """The items of a model.ItemRun as its columns (`template`: its shared fields, as an item of
        `add` has them), each inspected, stripped, assessed and stored as `add` does, without an object
        per item where nothing needs one: the finder sees only runs it may want, an Assessor decides
        each day once, the store takes the columns (ItemStore.add_run). An item that fails is counted
        and left out, as `add` leaves it."""
        failed: set[int] = set()
        wants_some = getattr(self._finder, "wants_some", None)
        if self._inspect is not None and (wants_some is None or wants_some(template)):
            for i, item in enumerate(_run_items(template, keys, created, texts, urls)):
                try:
                    self._inspect(item, self.info)
                except Exception as exc:  # noqa: BLE001 - as in `add`
                    self._failed(exc)
                    failed.add(i)
        if self._no_text:
            texts = [""] * len(keys)
        verdicts: list[tuple[str, str] | None] | None = None
        of_run = getattr(self._assess, "of_run", None)
        if of_run is not None and not failed:
            try:
                verdicts = list(of_run(lambda when: _with(template, created_at=when), created, self.info))
            except Exception:  # noqa: BLE001 - decided again item by item below, each failure its item's
                log.debug("a run's verdicts failed\n%s", traceback.format_exc())
        if verdicts is None:  # a plain assess, or a failure on the way: item by item
            verdicts = []
            for i, item in enumerate(_run_items(template, keys, created, texts, urls)):
                if i in failed:  # its inspection failed: not assessed, as in `add`
                    verdicts.append(None)
                    continue
                try:
                    verdicts.append(self._assess(item, self.info))
                except Exception as exc:  # noqa: BLE001 - as in `add`
                    self._failed(exc)
                    failed.add(i)
                    verdicts.append(None)
        if failed:
            keep = [i for i in range(len(keys)) if i not in failed]
            keys, created, texts, urls = ([c[i] for i in keep] for c in (keys, created, texts, urls))
        kept = [v for v in verdicts if v is not None]
        try:
            self.store.add_run(template, self._source_id, keys, created, texts, urls, kept)
        except Exception as exc:  # noqa: BLE001 - as `add`: counted against the item it was storing
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        log.debug("storing an item failed\n%s", traceback.format_exc())
        name = type(exc).__name__
        self.failed[name] = self.failed.get(name, 0) + 1

    def result(self, finder_state: Any = None) -> SinkResult:
        self.store.flush()
        return SinkResult(self.store.added(), self.store.duplicates(), dict(self.failed), finder_state,
                          self.store.tally(), self.store.key_hashes())


def _with(item: Any, **values: Any) -> Any:
    """`item` (a model.Item or a helper's parallel.ItemFields) with other values."""
    return item._replace(**values) if hasattr(item, "_replace") else dataclasses.replace(item, **values)


def _run_items(template: Any, keys: list[str], created: list, texts: list[str], urls: list[str]
               ) -> Iterator[Any]:
    """Each item of a run, made from its template (a model.Item or a parallel.ItemFields)."""
    for key, when, text, url in zip(keys, created, texts, urls, strict=True):
        yield _with(template, key=key, created_at=when, text=text, url=url)


class LocalSink:
    """Stores in this process, as the items come."""

    def __init__(self, store: ItemStore, source_id: int, info: SourceInfo, assess: Assess,
                 finder: Finder | None = None, inspect: Callable[[Item, SourceInfo], None] | None = None,
                 no_text: bool = False) -> None:
        self._storing = Storing(store, source_id, info, assess, finder, inspect, no_text)
        self.add = self._storing.add

    def add_run(self, run: ItemRun) -> None:
        self._storing.add_run(run.template, run.keys, run.created, run.texts, run.urls)

    def finish(self) -> SinkResult:
        return self._storing.result()  # the finder ran here: its state is where it was

    def abort(self) -> None:
        """Nothing to stop: what was stored stays in the store (its owner closes it)."""
