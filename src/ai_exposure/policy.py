"""The AI-training policy knowledge base (policies.toml) and the pure eligibility rule built on it.

`load()` reads and validates the packaged file: every fact must name a source (or be marked unconfirmed
with a note), every source must have a title, an http(s) URL and a date (or say it has none), and every
platform × region must have exactly one entry. `resolve()` picks the knowledge base of a run: a file the
user names (`--policies FILE`), else a policies.toml next to settings.toml in the config folder, else the
packaged one; a user's file is validated whole before any of it is used, so policies are updated
without a new release and never half-loaded. `age_notice()` says when the facts are old.
`eligibility()` decides, for one item, whether it is
likely, possibly or unlikely used for training, from the item, the region's policy and what the user
told us (opt-out date, birth year). It does no I/O; the reason it returns is a message id with
parameters, translated when the report is written."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from . import platforms as platform_table
from .errors import Error
from .i18n import N_, Msg
from .model import KINDS, LIKELY, POSSIBLE, PUBLIC, RESTRICTED, UNKNOWN, UNLIKELY, Item

REGIONS = ("eu", "eea", "uk", "ch", "us", "other")
STATUSES = ("active", "suspended", "unconfirmed", "none")
OPT_OUTS = ("toggle", "form", "none", "unconfirmed")
TIERS = ("official", "quote", "secondary", "code")
SCOPE_VISIBILITIES = ("public", "any", "restricted")

# Facts a policy may carry and the type of their value ("text" facts carry `en` and `nl` instead).
FACT_TYPES: dict[str, type | str] = {
    "uses": "text", "excluded": "text", "settings_path": "text",
    "status": str, "training_start": date, "used_until": date, "old_content": bool,
    "opt_out": str, "default_on": bool, "retroactive": bool, "linked_accounts": bool, "min_age": int,
}
REQUIRED_FACTS = ("uses", "status")


FILE_NAME = "policies.toml"
MAX_FILE_BYTES = 4 << 20  # the packaged file is about 60 kB; anything this big is not a knowledge base
STALE_AFTER_MONTHS = 9  # older facts are flagged in the report and the terminal summary
BUNDLED = "bundled"  # KnowledgeBase.origin of the packaged file


class PolicyError(Error):
    """A knowledge base that is not valid. `str()` is one line naming the first bad entry (and how many
    more there are); `errors` lists them all."""

    def __init__(self, where: str, errors: list[str]):
        self.where = where
        self.errors = errors
        more = len(errors) - 1
        super().__init__(f"{where}: {errors[0]}" + (f" (and {more} more problem(s))" if more else ""))


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str
    date: date | None  # the page's own date; None when the page shows none ("n.d.")
    approx: str  # YYYY or YYYY-MM when the content dates an undated page, else ""
    tier: str


@dataclass(frozen=True)
class Fact:
    name: str
    value: Any  # for text facts: None (see `text`)
    sources: tuple[str, ...]
    confirmed: bool = True
    text: dict[str, str] = field(default_factory=dict)  # language → text
    note: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScopeRule:
    kinds: frozenset[str]  # empty: any kind
    audiences: frozenset[str]  # empty: any audience
    visibility: str  # public | any | restricted
    sources: tuple[str, ...]
    confirmed: bool = True
    note: dict[str, str] = field(default_factory=dict)

    def as_fact(self) -> Fact:
        return Fact("scope", None, self.sources, self.confirmed, {}, self.note)


@dataclass(frozen=True)
class RegionPolicy:
    """What one platform does in one region: platform-level facts with the region's overrides."""

    key: str  # the entry in policies.toml, e.g. "meta"
    name: str
    platforms: tuple[str, ...]
    region: str
    facts: dict[str, Fact]
    scope: tuple[ScopeRule, ...]
    notes: tuple[Fact, ...]

    def fact(self, name: str) -> Fact | None:
        return self.facts.get(name)

    def value(self, name: str, default: Any = None) -> Any:
        f = self.facts.get(name)
        return default if f is None else f.value

    # Derived once per policy: eligibility runs for every item.
    @cached_property
    def status(self) -> str:
        return self.value("status", "unconfirmed")

    @cached_property
    def opt_out(self) -> str:
        return self.value("opt_out", "unconfirmed")

    @cached_property
    def start(self) -> tuple[date | None, bool]:
        """(training start in this region, whether that date is confirmed)."""
        fact = self.facts.get("training_start")
        return (fact.value, fact.confirmed) if fact else (None, False)

    @cached_property
    def min_age(self) -> int:
        return int(self.value("min_age", 0) or 0)

    @cached_property
    def retroactive(self) -> bool:
        fact = self.facts.get("retroactive")
        return bool(fact and fact.value is True and fact.confirmed)

    def rules_for(self, kind: str, audience: str) -> tuple[ScopeRule, ...]:
        key = (kind, audience)
        cache = self._rules_cache
        found = cache.get(key)
        if found is None:
            found = cache[key] = tuple(r for r in self.scope
                                       if (not r.kinds or kind in r.kinds)
                                       and (not r.audiences or audience in r.audiences))
        return found

    @cached_property
    def _rules_cache(self) -> dict[tuple[str, str], tuple[ScopeRule, ...]]:
        return {}


@dataclass(frozen=True)
class KnowledgeBase:
    as_of: date
    compiled: date
    sources: dict[str, Source]
    policies: dict[tuple[str, str], RegionPolicy]  # (platform, region) → policy
    sha256: str = ""  # of the file's UTF-8 text: which knowledge base a run used
    origin: str = BUNDLED  # "bundled", or the path of the user's file

    def policy_for(self, platform: str, region: str) -> RegionPolicy | None:
        """The policy for a platform's items (by the platform table's policy key) in a region."""
        key = platform_table.get(platform).policy_key if platform_table.known(platform) else platform
        return self.policies.get((key, region))


# ------------------------------------------------------------------------------------------ loading

def load_text(text: str, extra: Iterable[str] = (), required: Iterable[str] | None = None,
              origin: str = BUNDLED) -> KnowledgeBase:
    """A knowledge base from policies.toml's text, validated whole (PolicyError names the bad
    entries), with the `[sources.*]` and `[policies.*]` entries of `extra` texts added (a platform's
    own entries, see platforms.Platform.policy_toml). `required`: the policy keys that must have an
    entry in every region (by default the built-in platforms' and those the extra entries name).
    `origin`: "bundled", or the path of a user's file; a user's file may carry its own entries for a
    platform that brings some, and then those win."""
    where = FILE_NAME if origin == BUNDLED else origin
    data = _parse(text, where)
    own = {table: set(data.get(table) or {}) for table in ("sources", "policies")}
    named: set[str] = set()
    for n, more in enumerate(extra, 1):
        added = _parse(more, f"extra policy entries {n}")
        for table in ("sources", "policies"):
            for key, value in (added.get(table) or {}).items():
                if origin != BUNDLED and key in own[table]:
                    continue  # the user's file has its own version of this entry
                if key in data.setdefault(table, {}):
                    raise PolicyError(f"extra policy entries {n}", [f"{table}.{key} is defined already"])
                data[table][key] = value
                if table == "policies" and isinstance(value, dict):
                    named.update(p for p in value.get("platforms", []) if isinstance(p, str))
    if required is None:
        required = [p.policy_key for p in platform_table.BUILTIN] + sorted(named)
    errors: list[str] = []
    kb = _build(data, errors, dict.fromkeys(required))
    if errors:
        raise PolicyError(where, errors)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return KnowledgeBase(kb.as_of, kb.compiled, kb.sources, kb.policies, digest, origin)


def _parse(text: str, what: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(what, [f"not valid TOML ({exc})"]) from None


def load() -> KnowledgeBase:
    """The packaged knowledge base with the entries of every registered platform that brings its
    own (validated: every platform in the table has an entry in every region; cached)."""
    return _load(*_registered())


def _registered() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The policy entries registered platforms bring, and the policy keys that need an entry."""
    registered = tuple(platform_table.all_platforms())
    return (tuple(p.policy_toml for p in registered if p.policy_toml),
            tuple(dict.fromkeys(p.policy_key for p in registered)))


@cache
def _load(extra: tuple[str, ...], required: tuple[str, ...]) -> KnowledgeBase:
    text = resources.files("ai_exposure").joinpath(FILE_NAME).read_text(encoding="utf-8")
    return load_text(text, extra, required)


def load_file(path: Path) -> KnowledgeBase:
    """A user's knowledge base (same format and checks as the packaged one). PolicyError, one line
    naming the file and the first bad entry, when it cannot be read or is not valid."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PolicyError(str(path), [f"cannot be read ({exc.strerror or exc})"]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise PolicyError(str(path), [f"too large for a policy file (over {MAX_FILE_BYTES:,} bytes)"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PolicyError(str(path), ["not UTF-8 text"]) from None
    extra, required = _registered()  # a user's file replaces policies.toml, not a platform's own entries
    return load_text(text, extra, required, origin=str(path))


def user_file() -> Path:
    """policies.toml in the user's config folder: next to settings.toml (the same folder rules)."""
    from .settings import default_path  # settings imports this module

    return default_path().parent / FILE_NAME


def resolve(path: Path | None = None) -> KnowledgeBase:
    """The knowledge base of a run: `path` when given (it must exist), else the user's file in the
    config folder when there is one, else the packaged file. Raises PolicyError."""
    if path is not None:
        return load_file(path)
    mine = user_file()
    if mine.is_file():
        return load_file(mine)
    return load()


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (day.day, 30, 29, 28):  # the 31st of a shorter month: its last day
        try:
            return date(year, month, last)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_stale(kb: KnowledgeBase, today: date) -> bool:
    """The facts are older than STALE_AFTER_MONTHS on `today` (the run's date)."""
    return today > _months_later(kb.as_of, STALE_AFTER_MONTHS)


def age_notice(kb: KnowledgeBase, today: date) -> Msg | None:
    """What the report and the terminal say when the knowledge base is old, with how to update it;
    None while it is recent."""
    if not is_stale(kb, today):
        return None
    months = (today.year - kb.as_of.year) * 12 + today.month - kb.as_of.month - (today.day < kb.as_of.day)
    return Msg("The AI-training policy facts date from %(date)s, %(months)s months before this run: "
               "platforms may have changed their rules since. Update them by installing a newer "
               "ai-exposure, or by putting a newer policies.toml next to settings.toml in your config "
               "folder (or passing --policies FILE).", date=kb.as_of, months=months)


def _texts(raw: dict, prefix: str) -> dict[str, str]:
    return {lang: raw[f"{prefix}{lang}"] for lang in ("en", "nl")
            if isinstance(raw.get(f"{prefix}{lang}"), str) and raw[f"{prefix}{lang}"].strip()}


def _check_sources(where: str, raw: dict, known: dict[str, Source], errors: list[str],
                   confirmed: bool) -> tuple[str, ...]:
    ids = raw.get("sources")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        errors.append(f"{where}: `sources` must be a list of source ids")
        return ()
    for i in ids:
        if i not in known:
            errors.append(f"{where}: unknown source {i!r}")
    note = _texts(raw, "note_")
    if not ids and (confirmed or set(note) != {"en", "nl"}):
        errors.append(f"{where}: no source; a fact without one must be `confirmed = false` with "
                      "note_en and note_nl saying why")
    return tuple(ids)


def _note(where: str, raw: dict, errors: list[str]) -> dict[str, str]:
    note = _texts(raw, "note_")
    if note and set(note) != {"en", "nl"}:
        errors.append(f"{where}: a note needs both note_en and note_nl")
    return note


def _fact(where: str, name: str, raw: Any, known: dict[str, Source], errors: list[str]) -> Fact | None:
    if not isinstance(raw, dict):
        errors.append(f"{where}: must be a table with a value and sources")
        return None
    confirmed = raw.get("confirmed", True)
    if not isinstance(confirmed, bool):
        errors.append(f"{where}: `confirmed` must be true or false")
        confirmed = True
    sources = _check_sources(where, raw, known, errors, confirmed)
    note = _note(where, raw, errors)
    kind = FACT_TYPES.get(name, "text")  # notes are text facts too
    if kind == "text":
        text = _texts(raw, "")
        if set(text) != {"en", "nl"}:
            errors.append(f"{where}: needs both `en` and `nl` text")
        return Fact(name, None, sources, confirmed, text, note)
    if "value" not in raw:
        errors.append(f"{where}: no value")
        return None
    value = raw["value"]
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        errors.append(f"{where}: value must be a whole number")
    elif kind is not int and not isinstance(value, kind):  # type: ignore[arg-type]
        errors.append(f"{where}: value must be a {getattr(kind, '__name__', kind)}")
    elif name == "status" and value not in STATUSES:
        errors.append(f"{where}: status must be one of {', '.join(STATUSES)}")
    elif name == "opt_out" and value not in OPT_OUTS:
        errors.append(f"{where}: opt_out must be one of {', '.join(OPT_OUTS)}")
    return Fact(name, value, sources, confirmed, {}, note)


def _facts(where: str, raw: dict, known: dict[str, Source], errors: list[str]) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for name in FACT_TYPES:
        if name in raw:
            fact = _fact(f"{where}.{name}", name, raw[name], known, errors)
            if fact is not None:
                facts[name] = fact
    return facts


def _notes(where: str, raw: Any, known: dict[str, Source], errors: list[str]) -> list[Fact]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        errors.append(f"{where}: must be a list of tables")
        return []
    notes = []
    for n, entry in enumerate(raw, 1):
        fact = _fact(f"{where}[{n}]", "note", entry, known, errors)
        if fact is not None:
            notes.append(fact)
    return notes


def _scope(where: str, raw: Any, known: dict[str, Source], errors: list[str]) -> list[ScopeRule]:
    if not isinstance(raw, list) or not raw:
        errors.append(f"{where}: at least one scope rule is needed")
        return []
    rules = []
    for n, entry in enumerate(raw, 1):
        w = f"{where}[{n}]"
        if not isinstance(entry, dict):
            errors.append(f"{w}: must be a table")
            continue
        kinds = entry.get("kinds", [])
        audiences = entry.get("audiences", [])
        bad = [k for k in kinds if k not in KINDS]
        if bad:
            errors.append(f"{w}: unknown kinds {bad}")
        if not isinstance(audiences, list) or not all(isinstance(a, str) for a in audiences):
            errors.append(f"{w}: audiences must be a list of strings")
            audiences = []
        visibility = entry.get("visibility")
        if visibility not in SCOPE_VISIBILITIES:
            errors.append(f"{w}: visibility must be one of {', '.join(SCOPE_VISIBILITIES)}")
        confirmed = entry.get("confirmed", True)
        sources = _check_sources(w, entry, known, errors, confirmed)
        rules.append(ScopeRule(frozenset(kinds), frozenset(audiences), str(visibility), sources,
                               bool(confirmed), _note(w, entry, errors)))
    return rules


def _source(sid: str, raw: Any, errors: list[str]) -> Source | None:
    where = f"sources.{sid}"
    if not isinstance(raw, dict):
        errors.append(f"{where}: must be a table")
        return None
    title, url = raw.get("title"), raw.get("url")
    if not isinstance(title, str) or not title.strip():
        errors.append(f"{where}: no title")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        errors.append(f"{where}: no http(s) URL")
    raw_date, approx = raw.get("date", None), raw.get("approx", "")
    page_date: date | None = None
    if isinstance(raw_date, date):
        page_date = raw_date
    elif isinstance(raw_date, str) and raw_date:
        try:
            page_date = date.fromisoformat(raw_date)
        except ValueError:
            errors.append(f"{where}: date must be YYYY-MM-DD or \"\" (no date on the page)")
    elif raw_date != "":
        errors.append(f"{where}: date must be YYYY-MM-DD or \"\" (no date on the page)")
    if page_date is None and not (isinstance(approx, str) and len(approx) in (4, 7)):
        errors.append(f"{where}: an undated page needs `approx` (YYYY or YYYY-MM)")
    if raw.get("tier") not in TIERS:
        errors.append(f"{where}: tier must be one of {', '.join(TIERS)}")
    return Source(sid, str(title), str(url), page_date, str(approx or ""), str(raw.get("tier")))


def _build(data: dict, errors: list[str], required: Iterable[str]) -> KnowledgeBase:
    if data.get("schema") != 1:
        errors.append("schema must be 1")
    as_of, compiled = data.get("as_of"), data.get("compiled")
    if not isinstance(as_of, date):
        errors.append("as_of must be a date")
        as_of = date.min
    if not isinstance(compiled, date):
        errors.append("compiled must be a date")
        compiled = as_of
    sources: dict[str, Source] = {}
    for sid, raw in (data.get("sources") or {}).items():
        src = _source(sid, raw, errors)
        if src is not None:
            sources[sid] = src
    policies: dict[tuple[str, str], RegionPolicy] = {}
    for key, raw in (data.get("policies") or {}).items():
        where = f"policies.{key}"
        platforms = raw.get("platforms", [])
        keys = sorted({p.policy_key for p in platform_table.all_platforms()})
        if not platforms or any(p not in keys for p in platforms):
            errors.append(f"{where}: platforms must be a non-empty list of {', '.join(keys)}")
        base = _facts(where, raw, sources, errors)
        scope = tuple(_scope(f"{where}.scope", raw.get("scope"), sources, errors))
        notes = _notes(f"{where}.notes", raw.get("notes"), sources, errors)
        for n, region_raw in enumerate(raw.get("regions") or [], 1):
            rwhere = f"{where}.regions[{n}]"
            regions = region_raw.get("regions", [])
            if not regions or any(r not in REGIONS for r in regions):
                errors.append(f"{rwhere}: regions must be a non-empty list of {', '.join(REGIONS)}")
            facts = {**base, **_facts(rwhere, region_raw, sources, errors)}
            for name in REQUIRED_FACTS:
                if name not in facts:
                    errors.append(f"{rwhere}: no `{name}`")
            region_notes = notes + _notes(f"{rwhere}.notes", region_raw.get("notes"), sources, errors)
            for region in regions:
                for platform in platforms:
                    if (platform, region) in policies:
                        errors.append(f"{rwhere}: a second entry for {platform} in {region}")
                    policies[(platform, region)] = RegionPolicy(
                        key, str(raw.get("name") or key), tuple(platforms), region, facts, scope,
                        tuple(region_notes))
    for platform in required:
        for region in REGIONS:
            if (platform, region) not in policies:
                errors.append(f"no entry for {platform} in {region}")
    return KnowledgeBase(as_of, compiled, sources, policies)


# -------------------------------------------------------------------------------------- eligibility

@dataclass(frozen=True)
class OptOut:
    """The user opted out (or objected) on `on`; `on` is None when they did not say when."""

    on: date | None = None


@dataclass(frozen=True)
class Birth:
    year: int
    day: date | None = None  # the full date when known

    def age_on(self, when: date) -> int:
        """Age on `when`; with only a year known, the oldest the person can have been, so that "under
        the minimum age" is never claimed on a guess."""
        if self.day is not None:
            return when.year - self.day.year - ((when.month, when.day) < (self.day.month, self.day.day))
        return when.year - self.year


@dataclass(frozen=True)
class Reason:
    """A one-line reason: a message id (English, translated at render time) and its parameters.
    Parameters named `date`, `start`, `until`, `opted`: dates; `kind`: an item kind; `region`: a region
    code; everything else is shown as it is."""

    message: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    level: str  # likely | possible | unlikely
    reason: Reason


def _scope_state(item: Item, policy: RegionPolicy) -> tuple[str, ScopeRule | None]:
    """in | maybe-unknown | maybe-was-public | maybe-restricted | out-kind | out-private | out-others."""
    rules = policy.rules_for(item.kind, item.audience)
    if not rules:
        return "out-kind", None
    # What others wrote is theirs wherever it is shown (a group, a profile): were it counted under a
    # rule for any visibility, someone else's group post would be more at risk than their public one.
    if not item.own:
        return "out-others", None
    anywhere = [r for r in rules if r.visibility == "any"]
    if anywhere:
        return "in", max(anywhere, key=lambda r: r.confirmed)
    public_rules = [r for r in rules if r.visibility == "public"]
    restricted_rules = [r for r in rules if r.visibility == "restricted"]
    if public_rules:
        rule = max(public_rules, key=lambda r: r.confirmed)
        if item.visibility == PUBLIC:
            return "in", rule
        if item.visibility == UNKNOWN:
            return "maybe-unknown", rule
        if item.was_public:
            return "maybe-was-public", rule
    if restricted_rules and item.visibility in (RESTRICTED, UNKNOWN):
        return "maybe-restricted", restricted_rules[0]
    return "out-private", None


def eligibility(item: Item, policy: RegionPolicy | None, opt_out: OptOut | None = None,
                birth: Birth | None = None, today: date | None = None) -> Verdict:
    """Whether `item` is likely / possibly / unlikely used for AI training under `policy` (the
    platform's policy in the user's region), given the user's opt-out and birth date. Reasons that
    rule an item out come first; then the reasons for doubt; `likely` only when nothing is in doubt."""
    if policy is None:
        return Verdict(POSSIBLE, Reason(N_("no policy is known for this platform in your region")))
    region = policy.region
    created = item.created_at.date() if item.created_at else None
    state, rule = _scope_state(item, policy)

    # --- out of scope
    if state == "out-kind":
        if item.kind == "message":
            return Verdict(UNLIKELY, Reason(N_("private messages are not used for training")))
        return Verdict(UNLIKELY, Reason(N_("%(kind)s: not content %(name)s says it trains on"),
                                        {"name": policy.name, "kind": item.kind}))
    if state == "out-others":
        return Verdict(UNLIKELY, Reason(N_("written by someone else, not your content")))
    if state == "out-private":
        return Verdict(UNLIKELY, Reason(N_("not public, and %(name)s uses only public content"),
                                        {"name": policy.name}))
    # --- the age rule
    min_age = policy.min_age
    if min_age and birth is not None and created is not None and birth.age_on(created) < min_age:
        return Verdict(UNLIKELY, Reason(
            N_("you were under %(age)s when this was made, and %(name)s says it does not use content "
               "of people under %(age)s"), {"age": min_age, "name": policy.name}))
    status = policy.status
    if status == "none":
        return Verdict(UNLIKELY, Reason(N_("%(name)s does not train on content from %(region)s"),
                                        {"name": policy.name, "region": region}))
    start, start_confirmed = policy.start
    # --- the user's opt-out (only where the platform has one)
    can_opt_out = policy.opt_out in ("toggle", "form", "unconfirmed")
    opted = opt_out.on if (opt_out is not None and can_opt_out) else None
    if opted is not None:
        if created is not None and created > opted:
            return Verdict(UNLIKELY, Reason(N_("made after you opted out on %(opted)s"), {"opted": opted}))
        if start is not None and opted < start and start_confirmed:
            return Verdict(UNLIKELY, Reason(
                N_("you opted out on %(opted)s, before training started in %(region)s on %(start)s"),
                {"opted": opted, "start": start, "region": region}))
        if policy.retroactive:
            return Verdict(UNLIKELY, Reason(N_("your opt-out on %(opted)s also covers earlier content"),
                                            {"opted": opted}))
    old = policy.fact("old_content")
    if (old is not None and old.value is False and old.confirmed and start is not None
            and created is not None and created < start):
        return Verdict(UNLIKELY, Reason(N_("made before training started on %(start)s, and older "
                                           "content is not used"), {"start": start}))

    # --- reasons for doubt
    if state == "maybe-unknown":
        return Verdict(POSSIBLE, Reason(N_("visibility unknown: it may be public")))
    if state == "maybe-was-public":
        return Verdict(POSSIBLE, Reason(N_("not public now, but it was public before and may already "
                                           "have been used")))
    if state == "maybe-restricted":
        return Verdict(POSSIBLE, Reason(N_("not public; whether %(name)s uses such content is "
                                           "unconfirmed"), {"name": policy.name}))
    if status == "suspended":
        until = policy.value("used_until")
        if until is not None and (created is None or created < until):
            return Verdict(POSSIBLE, Reason(
                N_("%(name)s used such content from %(region)s until %(until)s, then suspended it; "
                   "the matter is disputed"), {"name": policy.name, "region": region, "until": until}))
        return Verdict(POSSIBLE, Reason(N_("use of content from %(region)s is suspended but disputed"),
                                        {"region": region}))
    if status == "unconfirmed":
        return Verdict(POSSIBLE, Reason(N_("whether %(name)s trains on content from %(region)s is "
                                           "unconfirmed"), {"name": policy.name, "region": region}))
    if opt_out is not None and can_opt_out:
        if opted is None:
            return Verdict(POSSIBLE, Reason(N_("you opted out (date not given); it may have been used "
                                               "before that")))
        if start is not None and opted < start:  # the start date is unconfirmed
            return Verdict(POSSIBLE, Reason(
                N_("you opted out on %(opted)s, before the reported start on %(start)s, but that date "
                   "is unconfirmed"), {"opted": opted, "start": start}))
        return Verdict(POSSIBLE, Reason(
            N_("you opted out on %(opted)s, after this was made: it may already have been used"),
            {"opted": opted}))
    if start is not None and today is not None and today < start:
        return Verdict(POSSIBLE, Reason(N_("training in %(region)s starts on %(start)s"),
                                        {"region": region, "start": start}))
    if old is not None and not old.confirmed and start is not None and created is not None \
            and created < start:
        return Verdict(POSSIBLE, Reason(N_("made before training started on %(start)s; whether older "
                                           "content is used is unconfirmed"), {"start": start}))
    if rule is not None and not rule.confirmed:
        return Verdict(POSSIBLE, Reason(N_("%(kind)s: whether %(name)s uses this is unconfirmed"),
                                        {"name": policy.name, "kind": item.kind}))
    if item.visibility == PUBLIC and rule is not None and rule.visibility == "public":
        return Verdict(LIKELY, Reason(N_("public %(kind)s, which %(name)s uses for AI training"),
                                      {"kind": item.kind, "name": policy.name}))
    return Verdict(LIKELY, Reason(N_("%(name)s uses %(kind)s whatever its visibility"),
                                  {"kind": item.kind, "name": policy.name}))


__all__ = ["Birth", "Fact", "KnowledgeBase", "OptOut", "PolicyError", "Reason", "RegionPolicy",
           "REGIONS", "ScopeRule", "Source", "Verdict", "age_notice", "eligibility", "is_stale", "load",
           "load_file", "load_text", "resolve", "user_file"]


def main(argv: list[str] | None = None) -> int:
    """`python -m ai_exposure.policy [FILE]`: check a knowledge base (the packaged one by default)
    after editing it; prints every problem, or a one-line summary."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    try:
        kb = load_file(Path(args[0])) if args else load()
    except PolicyError as exc:
        print(f"{exc.where}:\n  " + "\n  ".join(exc.errors), file=sys.stderr)
        return 1
    confirmed = {id(f): f.confirmed for p in kb.policies.values() for f in [*p.facts.values(), *p.notes]}
    confirmed |= {id(r): r.confirmed for p in kb.policies.values() for r in p.scope}
    unconfirmed = sum(1 for ok in confirmed.values() if not ok)
    print(f"ok: {len(kb.policies)} platform-region entries, {len(kb.sources)} sources, as of "
          f"{kb.as_of.isoformat()}; {unconfirmed} facts marked unconfirmed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
