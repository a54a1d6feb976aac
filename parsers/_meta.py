"""Helpers shared by the Facebook and Instagram parsers: Meta's "Download your information" exports
have one grammar for both products (see docs/formats/instagram.md and docs/formats/facebook.md).

- Reading: `iter_records` streams the elements of a top-level list (a bare list, or the list under
  one or more top-level keys) and repairs Meta's latin-1 mojibake in every string and key of each
  record; `load_fixed` does the same for small files read whole.
- The `label_values` envelope (FB-4, IG-5) and `string_map_data` / `string_list_data` lookups with
  localised keys ("Time" / "Tijd" / "Zeit", "Name" / "Naam").
- Instagram's account privacy history replayed as pure functions (`PrivacyTimeline`).
- HTML-format exports: detection and the notice (the pages are read by `_meta_html`, never
  mojibake-repaired: that text is real UTF-8).
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

import ijson

from ai_exposure.archive import Member
from ai_exposure.i18n import Msg
from ai_exposure.model import Problem
from ai_exposure.parsing import AccountsCenterState, Context, LinkedAccounts, Verdict, state_of
from ai_exposure.readers import (  # noqa: F401 (WHOLE_FILE, record_place: for the Meta parsers)
    IJSON_READ,
    MAX_REPAIR_DEPTH,
    WHOLE_FILE,
    WHOLE_FILE_BYTES,
    ReadError,
    _ijson_error_reason,
    deep_record,
    digit_guarded,
    digits_cut,
    fix_mojibake,
    fix_mojibake_deep,
    iter_json_array,
    json_stream,
    load_json,
    parse_epoch,
    parse_iso,
    record_place,
    top_level_shape,
)

# ---------------------------------------------------------------- messages


# ---------------------------------------------------------------- reading JSON


def load_fixed(member: Member, max_bytes: int = WHOLE_FILE_BYTES) -> Any:
    """A small JSON file, whole, with the mojibake repaired in every string and key."""
    return repair_parsed(load_json(member, max_bytes=max_bytes))


@dataclass(frozen=True, slots=True)
class Record:
    """One element of a top-level list. `key` is the top-level key that held the list (None for a
    bare list); `number` counts elements across the whole file, from 1 (for Problem places)."""

    key: str | None
    number: int
    value: Any


_START = ("start_map", "start_array")
_END = ("end_map", "end_array")


# Keys that only a record has, never a wrapper (docs/formats/instagram.md): a top-level object holding one
# of them is the file's one record, written bare instead of in a list (a followers_1.json with one
# follower is `{"title": "", "media_list_data": [], "string_list_data": [...]}`).
RECORD_KEYS = frozenset({"string_list_data", "string_map_data", "media_list_data", "media_map_data",
                         "label_values", "media", "attachments"})
# The same for keys whose value is a scalar: a record's own time or media path.
RECORD_SCALARS = frozenset({"timestamp", "creation_timestamp", "start_timestamp", "create_timestamp",
                            "uri", "taken_at"})


def is_record_layout(layout: Iterable[tuple[str, str]]) -> bool:
    """Is a top-level object with these (key, "list"|"object"|"scalar") members one bare record
    rather than a wrapper of lists? (pure)"""
    return any(key in RECORD_KEYS or (kind == "scalar" and key in RECORD_SCALARS)
               for key, kind in layout)


def iter_records(member: Member, keys: Iterable[str] | None = None) -> Iterator[Record]:
    """Stream the records of a list-type file, each repaired with `fix_mojibake_deep`.

    Meta writes a list-type file in several shapes, all accepted: a bare list (`[...]`), an object
    holding lists (`{"ig_stories": [...]}`, the wrapper inconsistency Meta's eras have), a wrapper key
    holding one record object instead of a list, and a file of one record written as a bare object
    (see RECORD_KEYS). `[]` and `{}` hold no records. With `keys`, only lists or objects under those
    (repaired) top-level keys are read; other top-level values are skipped without being built, and
    the file is never taken as one bare record. Raises ReadError after yielding every good element
    before a structural error.

    Speed: ijson's C builder reads a known list many times faster than Python-level events, so a
    bare list is read in one C pass, and an object in a first pass that only notes which top-level
    keys hold lists, then one C pass per list. Anything unusual (a key with a dot, which ijson's
    prefixes cannot address, or a file broken before its lists are known) takes the event path."""
    wanted = None if keys is None else set(keys)
    shape = top_level_shape(member)
    if shape == "array":
        yield from _fast_records(member, [(None, "item")])
        return
    if shape == "object":
        try:
            layout = top_level_layout(member)
        except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError):
            layout = None
        if layout is not None and wanted is None and is_record_layout(layout):
            # One record, small by nature (a bare object is what Meta writes for a list of one).
            yield Record(None, 1, load_fixed(member))
            return
        if layout is not None and not any("." in k for k, _ in layout):
            plan = [(fix_mojibake(k), f"{k}.item" if kind == "list" else k) for k, kind in layout
                    if kind != "scalar" and (wanted is None or fix_mojibake(k) in wanted)]
            yield from _fast_records(member, plan)
            return
    yield from _event_records(member, wanted)


def numbered(member: Member, keys: Iterable[str] | None = None) -> Iterator[tuple[int, Any]]:
    """`iter_records` as (number, value) pairs, for parsing.each_object."""
    return ((record.number, record.value) for record in iter_records(member, keys))


def top_level_layout(member: Member) -> list[tuple[str, str]]:
    """The raw top-level keys of an object file, in file order, each with the kind of its value:
    "list", "object" or "scalar"."""
    layout: list[tuple[str, str]] = []
    pending: str | None = None
    with json_stream(member) as raw:
        fh, _ = digit_guarded(raw)  # a cut run of digits is reported by the pass that reads records
        for prefix, event, value in ijson.parse(fh, buf_size=IJSON_READ):
            if event == "map_key" and prefix == "":
                pending = value
            elif pending is not None and prefix == pending:
                kind = {"start_array": "list", "start_map": "object"}.get(event, "scalar")
                layout.append((pending, kind))
                pending = None
    return layout


def top_level_keys(member: Member) -> list[str]:
    """The (repaired) top-level keys of a JSON object file, in file order; [] for any other file.
    Raises ReadError on a file broken before its keys are read."""
    if top_level_shape(member) != "object":
        return []
    try:
        return [fix_mojibake(k) for k, _ in top_level_layout(member)]
    except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError) as exc:
        raise ReadError(WHOLE_FILE, _ijson_error_reason(exc)) from None


def _fast_records(member: Member, plan: Sequence[tuple[str | None, str]]) -> Iterator[Record]:
    number = 0
    for key, prefix in plan:
        with json_stream(member) as fh:
            if prefix == "item":
                # A bare list: the core's reader (the C scanner over a sliding window; an element too
                # large to build comes as a SkippedRecord, which handlers report as a bad record).
                for value in iter_json_array(fh):
                    number += 1
                    yield Record(key, number, repair_parsed(value))
                continue
            # Numbers are built by Python (use_float=False; non-integers come as Decimal and are
            # made floats by repair_parsed): yajl refuses integers beyond 64 bits and the rest of the
            # file would be lost, and a run of digits too long for Python is cut first.
            guarded, guard = digit_guarded(fh)
            try:
                for value in ijson.items(guarded, prefix, use_float=False, buf_size=IJSON_READ):
                    if value == {} and not prefix.endswith(".item"):
                        continue  # a wrapper key holding an empty object: no record
                    number += 1
                    yield Record(key, number, repair_parsed(deep_record(value, number, guard.shape)))
            except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError,
                    ValueError) as exc:
                raise ReadError(record_place(number + 1), _ijson_error_reason(exc)) from None
            cut = digits_cut(guard)
            if cut is not None:
                raise cut


def repair_parsed(value: Any, _depth: int = 0) -> Any:
    """`fix_mojibake_deep` for a value freshly parsed from JSON (plain dicts, lists and scalars, used
    nowhere else): the same repair, done in place, so a record whose strings are ASCII (most of them)
    is walked, not copied: it runs on every record of a Meta file."""
    cls = value.__class__
    if cls is str:
        return fix_mojibake(value)
    if cls is Decimal:  # a non-integer number, as ijson builds it with use_float=False
        return float(value)
    if _depth >= MAX_REPAIR_DEPTH:
        return value
    if cls is dict:
        keys_ascii = True
        for k, v in value.items():
            vcls = v.__class__
            if vcls is str:
                if not v.isascii():
                    value[k] = fix_mojibake(v)
            elif vcls is dict or vcls is list:
                repair_parsed(v, _depth + 1)
            elif vcls is Decimal:
                value[k] = float(v)
            elif vcls not in _SCALARS:
                value[k] = fix_mojibake_deep(v, _depth + 1)
            if keys_ascii and not (k.__class__ is str and k.isascii()):
                keys_ascii = False
        if not keys_ascii:
            repaired = {fix_mojibake(k): v for k, v in value.items()}
            value.clear()
            value.update(repaired)
        return value
    if cls is list:
        for i, v in enumerate(value):
            vcls = v.__class__
            if vcls is str:
                if not v.isascii():
                    value[i] = fix_mojibake(v)
            elif vcls is dict or vcls is list:
                repair_parsed(v, _depth + 1)
            elif vcls is Decimal:
                value[i] = float(v)
            elif vcls not in _SCALARS:
                value[i] = fix_mojibake_deep(v, _depth + 1)
        return value
    return fix_mojibake_deep(value, _depth)


_SCALARS = frozenset({int, float, bool, type(None)})


def _event_records(member: Member, wanted: set[str] | None) -> Iterator[Record]:
    """The general path: one pass over ijson events, building only the wanted elements."""
    number = 0
    stack: list[str] = []  # "map"/"array" for the containers we are inside, outside any element
    top_key: str | None = None
    builder: ijson.ObjectBuilder | None = None
    depth = 0
    with json_stream(member) as raw:
        fh, guard = digit_guarded(raw)  # numbers built by Python, as in _fast_records
        try:
            for _prefix, event, value in ijson.parse(fh, buf_size=IJSON_READ):
                if builder is not None:
                    builder.event(event, value)
                    if event in _START:
                        depth += 1
                    elif event in _END:
                        depth -= 1
                    if depth == 0:
                        number += 1
                        yield Record(top_key, number,
                                     repair_parsed(deep_record(builder.value, number, guard.shape)))
                        builder = None
                    continue
                if event == "map_key" and stack == ["map"]:
                    top_key = fix_mojibake(value)
                    continue
                in_top_list = stack == ["array"] or stack == ["map", "array"]
                if in_top_list and event not in _END:
                    if stack == ["map", "array"] and wanted is not None and top_key not in wanted:
                        # An unwanted list: walk over its element without building it.
                        if event in _START:
                            stack.append("skip")
                        continue
                    if event in _START:
                        builder = ijson.ObjectBuilder()
                        builder.event(event, value)
                        depth = 1
                    else:
                        number += 1
                        yield Record(top_key if stack[0] == "map" else None, number,
                                     repair_parsed(value))
                    continue
                if event in _START:
                    stack.append("map" if event == "start_map" else "array")
                elif event in _END and stack:
                    stack.pop()
        except ReadError:
            raise
        except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError) as exc:
            raise ReadError(record_place(number + 1), _ijson_error_reason(exc)) from None
    cut = digits_cut(guard)
    if cut is not None:
        raise cut


def list_in(data: Any, *keys: str) -> list[Any] | None:
    """The records a small file holds, in any of the shapes `iter_records` reads: the file itself if
    it is a list, else the list (or the one object) under the first of `keys` that has one, else the
    file as one bare record, else (with no keys) the only list-valued top-level key. None when there
    is no such list."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return None
    for key in keys:
        if isinstance(data.get(key), list):
            return data[key]
        if isinstance(data.get(key), dict) and data[key]:
            return [data[key]]
    if is_record_layout((k, "list" if isinstance(v, list) else "object" if isinstance(v, dict)
                         else "scalar") for k, v in data.items()):
        return [data]
    if not keys:
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
    return None


# ---------------------------------------------------------------- localised keys

# string_map_data / label_values keys are localised; folder and file names are not. English first.
# Seen in real downloads (docs/formats/instagram.md): Dutch "Tijd", "Opmerking", "Media-eigenaar",
# "Naam", "Gebruikersnaam"; German "Zeit"; French "Nom", "Nom d’utilisateur"; Italian "Nome utente".
# The other entries are the products' own UI words, unconfirmed: harmless extra candidates.
LABELS: dict[str, tuple[str, ...]] = {
    "time": ("Time", "Tijd", "Zeit", "Heure", "Hora", "Ora", "Date", "Datum"),
    "comment": ("Comment", "Opmerking", "Reactie", "Kommentar", "Commentaire", "Comentario", "Commento"),
    "media_owner": ("Media Owner", "Media-eigenaar", "Medieninhaber", "Propriétaire du média",
                    "Propietario del contenido", "Proprietario del contenuto"),
    "name": ("Name", "Naam", "Nom", "Nombre", "Nome"),
    "username": ("Username", "Gebruikersnaam", "Benutzername", "Nom d’utilisateur", "Nom d'utilisateur",
                 "Nombre de usuario", "Nome utente"),
    "bio": ("Bio", "Biografie", "Biographie", "Biografía", "Biografia"),
    "website": ("Website", "Site web", "Sitio web", "Sito web"),
    "private_account": ("Private Account", "Privéaccount", "Privates Konto", "Compte privé",
                        "Cuenta privada", "Account privato"),
    "date_of_birth": ("Date of birth", "Geboortedatum", "Geburtsdatum", "Date de naissance",
                      "Fecha de nacimiento", "Data di nascita"),
    "city_name": ("City Name", "Town/city name", "Naam van plaats", "Stadt", "Ville", "Ciudad", "Città"),
    "saved_on": ("Saved on", "Opgeslagen op", "Gespeichert am", "Enregistré le", "Guardado el"),
    "url": ("URL", "Link"),
    "text": ("Text", "Tekst", "Post", "Bericht", "Description", "Beschrijving"),
    "title": ("Title", "Titel", "Titre", "Título", "Titolo"),
    "author": ("Author", "Auteur", "Autor", "Autore"),
}

TRUE_WORDS = frozenset({"true", "waar", "wahr", "vrai", "verdadero", "vero", "yes", "ja", "oui", "sí",
                        "はい"})
FALSE_WORDS = frozenset({"false", "onwaar", "falsch", "faux", "falso", "no", "nee", "nein", "non",
                         "いいえ"})


def as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        v = value.strip().lower()
        if v in TRUE_WORDS:
            return True
        if v in FALSE_WORDS:
            return False
    return None


def smd(record: Any, label: str) -> dict[str, Any] | None:
    """The `string_map_data` entry for a localised label (see LABELS), or None."""
    if not isinstance(record, dict):
        return None
    data = record.get("string_map_data")
    if not isinstance(data, dict):
        return None
    for name in LABELS.get(label, (label,)):
        entry = data.get(name)
        if isinstance(entry, dict):
            return entry
    return None


def smd_label(record: Any, label: str) -> str:
    """Which localised key of `label` the record's `string_map_data` uses ("" if none), for evidence."""
    data = record.get("string_map_data") if isinstance(record, dict) else None
    if not isinstance(data, dict):
        return ""
    return next((name for name in LABELS.get(label, (label,)) if isinstance(data.get(name), dict)), "")


def smd_value(record: Any, label: str) -> str:
    entry = smd(record, label)
    value = entry.get("value") if entry else None
    return value if isinstance(value, str) else ""


def smd_time(record: Any, label: str = "time") -> datetime | None:
    entry = smd(record, label)
    return parse_epoch(entry.get("timestamp")) if entry else None


def sld_first(record: Any) -> dict[str, Any]:
    """The first `string_list_data` entry (followers, likes, close friends...), or {}."""
    if isinstance(record, dict):
        data = record.get("string_list_data")
        if isinstance(data, list) and data and isinstance(data[0], dict):
            return data[0]
    return {}


# ---------------------------------------------------------------- the label_values envelope


def label_values(record: Any) -> dict[str, list[Any]]:
    """The envelope `{label_values: [{label, value|timestamp_value|href|vec|dict|media}...]}` flattened
    to label → values, nested `dict`s included (their `title`, e.g. "Group", prefixes nothing: labels
    are looked up by localised name, see `lv_get`)."""
    out: dict[str, list[Any]] = {}

    def walk(entries: Any) -> None:
        if not isinstance(entries, list):
            return
        for lv in entries:
            if not isinstance(lv, dict):
                continue
            label = lv.get("label")
            if isinstance(label, str):
                for field_name in ("value", "timestamp_value", "href"):
                    if field_name in lv:
                        out.setdefault(label, []).append(lv[field_name])
                        break
                if isinstance(lv.get("vec"), list):
                    out.setdefault(label, []).extend(
                        v.get("value") for v in lv["vec"] if isinstance(v, dict))
                if isinstance(lv.get("media"), list):
                    out.setdefault(label, []).extend(lv["media"])
            if "dict" in lv:
                walk(lv["dict"])

    if isinstance(record, dict):
        walk(record.get("label_values"))
    return out


def lv_get(flat: dict[str, list[Any]], label: str) -> Any:
    """The first value of a localised label (see LABELS) in a flattened label_values record."""
    for name in LABELS.get(label, (label,)):
        values = flat.get(name)
        if values:
            return values[0]
    return None


def lv_media_count(record: Any) -> int:
    count = 0
    if isinstance(record, dict) and isinstance(record.get("media"), list):
        count += len(record["media"])
    for values in label_values(record).values():
        count += sum(1 for v in values if isinstance(v, dict) and "uri" in v)
    return count


# ---------------------------------------------------------------- timestamps


def meta_time(value: Any) -> datetime | None:
    """Unix seconds (ms for messages) or an ISO string (IG-0). 0 means "no time" in Meta exports."""
    if isinstance(value, str) and not value.strip().isdigit():
        return parse_iso(value)
    return parse_epoch(value)


def first_time(record: Any, *names: str) -> datetime | None:
    if not isinstance(record, dict):
        return None
    for name in names:
        dt = meta_time(record.get(name))
        if dt is not None:
            return dt
    return None


# ---------------------------------------------------------------- Instagram privacy history


PRIVATE_WORDS = ("private", "privé", "prive", "privat", "privado", "privato", "privada", "prywatn")
PUBLIC_WORDS = ("public", "openbaar", "öffentlich", "oeffentlich", "público", "publico", "pubblico",
                "publiczn")


def privacy_word(text: str) -> bool | None:
    """True for "private", False for "public", None when the text says neither or both (the change
    titles are generated and localised; their exact wording is unknown, meta.md §3.2.5)."""
    low = text.lower()
    private = any(w in low for w in PRIVATE_WORDS)
    public = any(w in low for w in PUBLIC_WORDS)
    if private == public:
        return None
    return private


@dataclass(frozen=True)
class PrivacyTimeline:
    """The account's public/private state over time.

    `changes` is the history, sorted: (when, private after this change). `current` is the state at
    export time (`Private Account` in personal information, else the last change), None if unknown.
    Before the first change the account was in the opposite state of that change."""

    changes: tuple[tuple[datetime, bool], ...] = ()
    current: bool | None = None
    current_evidence: str = ""
    history_evidence: str = ""

    @classmethod
    def build(cls, changes: Iterable[tuple[datetime, bool]], private_flag: bool | None,
              flag_evidence: str = "", history_evidence: str = "") -> PrivacyTimeline:
        ordered = tuple(sorted(changes, key=lambda c: c[0]))
        current = private_flag
        evidence = flag_evidence
        if current is None and ordered:
            current = ordered[-1][1]
            evidence = Msg("%(file)s: latest change", file=history_evidence)
        return cls(ordered, current, evidence, history_evidence)

    def private_at(self, when: datetime | None) -> bool | None:
        """Was the account private at `when`? None when the history cannot tell."""
        if when is None:
            return None
        if not self.changes:
            return None
        state = not self.changes[0][1]
        for at, private in self.changes:
            if at > when:
                break
            state = private
        return state

    def public_since(self, when: datetime | None) -> bool | None:
        """Was the account public at `when` or at any time after it? None when unknown."""
        if when is None or not self.changes:
            return None
        if self.private_at(when) is False:
            return True
        return any(not private for at, private in self.changes if at > when)


def account_visibility(timeline: PrivacyTimeline, created: datetime | None, what: str) -> Verdict:
    """Visibility of an item that follows the account's privacy (feed posts, reels, own-media
    comments): public now if the account is public now; else restricted, with `was_public` when the
    history shows a public period at or after its creation. A pure function of the timeline."""
    if timeline.current is None:
        return _account_verdict(timeline, what, "unknown")
    if timeline.current is False:
        return _account_verdict(timeline, what, "public")
    was = timeline.public_since(created)
    if was is True:
        posted_public = timeline.private_at(created) is False
        return _account_verdict(timeline, what, "public when posted" if posted_public
                                else "public after posting")
    if was is False:
        return _account_verdict(timeline, what, "private since before")
    return _account_verdict(timeline, what, "no history")


@lru_cache(maxsize=1024)
def _account_verdict(timeline: PrivacyTimeline, what: str, case: str) -> Verdict:
    """The verdict of `account_visibility` for one case: built once per file and case, not per item
    (it runs on every post of a file with many thousands)."""
    now, history = timeline.current_evidence, timeline.history_evidence
    if case == "unknown":
        return Verdict("unknown", Msg("%(what)s: the export does not say whether the account is "
                                      "private (no 'Private Account' value, no privacy history)",
                                      what=what), "low")
    if case == "public":
        return Verdict("public", Msg("%(what)s: account public now (%(evidence)s)", what=what,
                                     evidence=now), "medium")
    if case == "public when posted":
        return Verdict("restricted", Msg("%(what)s: account private now (%(evidence)s); it was public "
                                         "when it was posted (%(history)s)", what=what, evidence=now,
                                         history=history), "high", True)
    if case == "public after posting":
        return Verdict("restricted", Msg("%(what)s: account private now (%(evidence)s); it was public "
                                         "for a time after it was posted (%(history)s)", what=what,
                                         evidence=now, history=history), "high", True)
    if case == "private since before":
        return Verdict("restricted", Msg("%(what)s: account private now and since before it was "
                                         "posted (%(evidence)s; %(history)s)", what=what, evidence=now,
                                         history=history), "high", False)
    return Verdict("restricted", Msg("%(what)s: account private now (%(evidence)s); no privacy "
                                     "history, so whether it was public earlier is unknown", what=what,
                                     evidence=now), "high")


# ---------------------------------------------------------------- HTML-format exports

# What an HTML page cannot tell that the JSON file can (meta-html §4-§10), per product.
HTML_LIMITS = {
    "Facebook": Msg("pages before 2022 print times without seconds, no page carries an id, reaction "
                    "types are pictures, and events, notes, the trash, the archive and posts on other "
                    "profiles are counted, not itemised"),
    "Instagram": Msg("times are printed to the minute (JSON has seconds), so posts, comments and likes "
                     "get other keys than in a JSON download of the same account, and pages of other "
                     "kinds are counted, not itemised"),
}


def html_notice(product: str) -> Msg:
    return Msg("This %(product)s download is in HTML format: its pages were read and itemised. HTML "
               "tells less than JSON: %(limits)s. For the fullest results request it again in JSON: "
               "Accounts Center → Your information and permissions → Download your information → "
               "Download or transfer information → choose the profile → Format: JSON.",
               product=product, limits=HTML_LIMITS.get(product, ""))


def detect_html(ctx: Any, product: str) -> Iterator[Problem]:
    """Mark an HTML-format download (more .html pages than .json files): set export_format and add
    the notice saying the format read and what it cannot tell. The pages are read by the parsers'
    HTML routes (parsers/_meta_html.py), never mojibake-repaired (their text is real UTF-8)."""
    htmls = sum(1 for m in ctx.members if m.relpath.lower().endswith((".html", ".htm")))
    jsons = sum(1 for m in ctx.members if m.relpath.lower().endswith(".json"))
    if not htmls or jsons >= htmls:
        return
    ctx.info.export_format = "html"
    ctx.info.notices.append(html_notice(product))
    yield from ()


def context_file(ctx: Any, pattern: str) -> Generator[Problem, None, tuple[Member, Any] | None]:
    """The one file `pattern` names, read whole for the prepare step: (member, data), or None when
    the download does not hold it or it cannot be read (then a Problem is yielded). Use as
    `found = yield from context_file(ctx, PATTERN)`."""
    member = ctx.find_one(pattern)
    if member is None:
        return None
    try:
        return member, load_fixed(member)
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
        return None


def note_linked_accounts(ctx: Context, pattern: str) -> Iterator[Problem]:
    """Accounts linked in Meta's Accounts Center (IG `linked_meta_accounts.json`
    {profile_linked_meta_accounts: [...]} or a label_values list; FB
    `facebook_accounts_center/accounts_center.json`, shape unknown): counted into the state's
    `linked_accounts` (AccountsCenterState) with a notice, because an objection to AI training filed
    on one account also covers the accounts linked there (Meta's objection form)."""
    found = yield from context_file(ctx, pattern)
    if found is None:
        return
    member, data = found
    entries = list_in(data, "profile_linked_meta_accounts", "linked_accounts_v2",
                      "accounts_center_v2")
    if entries is None and isinstance(data, dict):
        entries = next((v for v in data.values() if isinstance(v, list)), None)
    count = len(entries) if entries else 0
    state_of(ctx, AccountsCenterState).linked_accounts = LinkedAccounts(count, member.relpath)
    if count:
        ctx.info.notices.append(Msg(
            "%(file)s lists accounts linked in Meta's Accounts Center (%(n)s): an objection to AI "
            "training filed on one account also covers the accounts linked there.",
            file=member.relpath, n=count))
