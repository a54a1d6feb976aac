"""The report's guidance section as data: per platform found, what it trains on in the user's region
(every fact with its sources and their dates), what the user told us, and counts from the findings
that the advice refers to. report_templates/_guidance.html.j2 turns this into sentences; texts that
are specific to a platform come from policies.toml in the report's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import platforms, policy
from .eligibility import KIND_NAMES, REGION_NAMES
from .i18n import N_, N_plural, Text, Translator
from .model import SourceInfo
from .settings import RegionChoice, UserSettings, birth_from, choose_region

# How a scope rule's audience reads in a sentence.
AUDIENCE_NAMES = {
    "group": N_("group posts and group messages"),
    "meta_ai": N_("chats with Meta AI"),
    "grok": N_("chats with Grok"),
}

# The facts shown per platform, in this order (scope rules and notes are shown separately).
FACT_ORDER = ("uses", "excluded", "status", "training_start", "used_until", "old_content", "min_age",
              "opt_out", "default_on", "settings_path", "retroactive", "linked_accounts")


@dataclass
class SourceView:
    id: str
    title: str
    url: str
    date: str  # formatted for the language, or "" when the page is undated
    approx: str  # formatted, for undated pages
    tier: str


@dataclass
class FactView:
    name: str
    value: Any
    text: str  # for text facts, in the report's language
    note: str
    confirmed: bool
    sources: list[SourceView]


@dataclass
class Findings:
    total: int = 0
    public: int = 0
    restricted: int = 0
    unknown: int = 0
    likely: int = 0
    possible: int = 0
    unlikely: int = 0
    was_public: int = 0
    under_age: int = 0  # made before the user reached the platform's minimum age
    public_by_kind: list[str] = field(default_factory=list)  # "1,240 posts", in the language


@dataclass
class PlatformGuidance:
    platform: str
    name: str  # the platform's own name (LinkedIn, Instagram…)
    policy_name: str  # the policy's owner (Meta (Facebook, Instagram)…)
    region: str
    region_name: str  # "the EU", in the language
    region_how: str  # option | hint | default
    region_evidence: str
    region_hint: str
    region_source: str  # for "other": the export that named the place
    facts: list[FactView]
    scope: list[FactView]  # text: the rule in words
    notes: list[FactView]
    findings: Findings
    opt_out: str  # toggle | form | none | unconfirmed
    settings_path: str  # where to opt out (or what controls exist), in the language; "" when unknown
    linked_accounts: str  # what an opt-out on linked accounts covers, in the language; "" when not said
    linked_count: int  # other accounts the export lists as linked (Meta's Accounts Center), 0 if none
    linked_file: str  # the file that lists them
    opted_out: bool
    opted_out_on: str  # formatted date, or "" (also when the date is not known)
    opt_out_option: str  # what to type: --opted-out linkedin=YYYY-MM-DD
    birth_year: int | None
    min_age: int
    start: str  # formatted training start in the region, or ""
    start_confirmed: bool
    started: bool  # training has started (or its start is not dated)
    status: str


# Plural forms of "N public <kind>" for the advice that quotes the findings.
KIND_COUNTS = {
    "profile": N_plural("%(n)s profile detail", "%(n)s profile details"),
    "post": N_plural("%(n)s post", "%(n)s posts"),
    "comment": N_plural("%(n)s comment", "%(n)s comments"),
    "repost": N_plural("%(n)s repost", "%(n)s reposts"),
    "story": N_plural("%(n)s story", "%(n)s stories"),
    "photo": N_plural("%(n)s photo", "%(n)s photos"),
    "video": N_plural("%(n)s video", "%(n)s videos"),
    "article": N_plural("%(n)s article", "%(n)s articles"),
    "review": N_plural("%(n)s review", "%(n)s reviews"),
    "playlist": N_plural("%(n)s playlist", "%(n)s playlists"),
    "reaction": N_plural("%(n)s reaction", "%(n)s reactions"),
    "connection": N_plural("%(n)s connection", "%(n)s connections"),
    "message": N_plural("%(n)s message", "%(n)s messages"),
    "activity": N_plural("%(n)s activity record", "%(n)s activity records"),
    "other": N_plural("%(n)s other item", "%(n)s other items"),
}


def _source_view(src: policy.Source, text: Text) -> SourceView:
    return SourceView(src.id, src.title, src.url, text.date(src.date) if src.date else "",
                      text.date(src.approx) if src.approx else "", src.tier)


def _fact_view(fact: policy.Fact, kb: policy.KnowledgeBase, text: Text, words: str = "") -> FactView:
    return FactView(fact.name, fact.value, words or fact.text.get(text.lang, ""),
                    fact.note.get(text.lang, ""), fact.confirmed,
                    [_source_view(kb.sources[s], text) for s in fact.sources])


def scope_words(rule: policy.ScopeRule, text: Text) -> str:
    """A scope rule in words: "post, comment, article: when public"."""
    # "chats with Grok" says more than "message". Only named audiences: "" (no audience) or "profile"
    # read as the kinds; gettext("") would be the catalog's header.
    named = [a for a in sorted(rule.audiences) if a in AUDIENCE_NAMES]
    if named:
        parts = [text.gettext(AUDIENCE_NAMES[a]) for a in named]
    else:
        parts = [text.gettext(KIND_NAMES.get(k, k)) for k in sorted(rule.kinds, key=list(KIND_NAMES).index)]
    what = ", ".join(parts) or text.gettext(N_("all content"))
    if rule.visibility == "public":
        return text.gettext(N_("%(what)s: when public"), what=what)
    if rule.visibility == "restricted":
        return text.gettext(N_("%(what)s: when not public"), what=what)
    return text.gettext(N_("%(what)s: whatever the visibility"), what=what)


def _findings(analysis, platform: str, text: Text) -> Findings:
    f = Findings()
    public_kinds: dict[str, int] = {}
    for row in analysis.store.summary():
        if row.platform != platform:
            continue
        kind, visibility, ai, was_public, n = row.kind, row.visibility, row.ai_training, row.was_public, row.n
        f.total += n
        if visibility in ("public", "restricted", "unknown"):
            setattr(f, visibility, getattr(f, visibility) + n)
        if ai in ("likely", "possible", "unlikely"):
            setattr(f, ai, getattr(f, ai) + n)
        if visibility == "public":
            public_kinds[kind] = public_kinds.get(kind, 0) + n
        elif was_public:
            f.was_public += n
    order = list(KIND_NAMES)
    for kind, n in sorted(public_kinds.items(), key=lambda kv: (-kv[1], order.index(kv[0])
                                                                 if kv[0] in order else 99)):
        f.public_by_kind.append(text.ngettext(KIND_COUNTS.get(kind, KIND_COUNTS["other"]), n))
    return f


def _platforms_found(analysis) -> list[str]:
    found = {r.platform for r in analysis.store.summary()}
    found |= {s.platform for s in analysis.sources}
    return [p for p in platforms.names() if p in found]


def _info_for(analysis, platform: str) -> SourceInfo | None:
    """The export that speaks for `platform`: its own source, else the one its items came from
    (Threads items come from an Instagram export)."""
    for s in analysis.sources:
        if s.platform == platform:
            return s.info
    ids = {r.source_id for r in analysis.store.summary() if r.platform == platform}
    for s in analysis.sources:
        if s.id in ids:
            return s.info
    return None


def platform_guidance(analysis, platform: str, user: UserSettings, kb: policy.KnowledgeBase,
                      text: Text, today: date) -> PlatformGuidance | None:
    info = _info_for(analysis, platform)
    choice: RegionChoice = choose_region(user, info, [s.info for s in analysis.sources])
    pol = kb.policy_for(platform, choice.region)
    if pol is None:
        return None
    facts = [_fact_view(pol.facts[name], kb, text) for name in FACT_ORDER if name in pol.facts]
    scope = [_fact_view(r.as_fact(), kb, text, scope_words(r, text)) for r in pol.scope]
    notes = [_fact_view(n, kb, text) for n in pol.notes]
    start_fact = pol.fact("training_start")
    start = start_fact.value if start_fact else None
    opted = platform in user.opted_out
    opted_on = user.opted_out.get(platform)
    birth = birth_from(user, info)
    linked_count, linked_file = 0, ""
    for src in analysis.sources:
        # A parser's state is its own dataclass, or (Meta, for now) a dict of named entries.
        state = src.state if isinstance(src.state, dict) else getattr(src.state, "__dict__", {})
        if src.platform == platform and isinstance(state.get("linked_accounts"), tuple):
            count, where = state["linked_accounts"]
            if isinstance(count, int) and count > linked_count:
                linked_count, linked_file = count, str(where)
    findings = _findings(analysis, platform, text)
    min_age = pol.min_age
    if birth is not None and min_age:
        # The same test as the rule: certainly under age when the item was made.
        if birth.day is None:
            until = date(birth.year + min_age, 1, 1)
        elif (birth.day.month, birth.day.day) == (2, 29):
            until = date(birth.day.year + min_age, 3, 1)
        else:
            until = birth.day.replace(year=birth.day.year + min_age)
        findings.under_age = int(analysis.store.scalar(
            "SELECT COUNT(*) FROM items WHERE platform = ? AND created_at IS NOT NULL AND created_at != '' "
            "AND created_at < ?", (platform, until.isoformat())) or 0)
    return PlatformGuidance(
        platform=platform, name=platforms.label(platform), policy_name=pol.name,
        region=choice.region, region_name=text.gettext(REGION_NAMES[choice.region]),
        region_how=choice.how, region_evidence=choice.evidence, region_hint=choice.hint,
        region_source=platforms.label(choice.platform),
        facts=facts, scope=scope, notes=notes, findings=findings,
        opt_out=pol.opt_out, opted_out=opted,
        settings_path=pol.facts["settings_path"].text.get(text.lang, "") if "settings_path" in pol.facts
        else "",
        linked_accounts=pol.facts["linked_accounts"].note.get(text.lang, "")
        if pol.value("linked_accounts") is True else "",
        linked_count=linked_count if pol.value("linked_accounts") is True else 0, linked_file=linked_file,
        opted_out_on=text.date(opted_on) if opted_on else "",
        opt_out_option=f"--opted-out {platform}=YYYY-MM-DD",
        birth_year=birth.year if birth else None, min_age=min_age,
        start=text.date(start) if start else "", start_confirmed=bool(start_fact and start_fact.confirmed),
        started=start is None or start <= today, status=pol.status,
    )


def build(analysis, user: UserSettings | None = None, lang: str | None = None,
          kb: policy.KnowledgeBase | None = None, today: date | None = None,
          no_text: bool = False) -> dict[str, Any]:
    """Everything _guidance.html.j2 shows. `no_text`: the place an export names is not quoted (the
    file and field that named it still are)."""
    user = user or UserSettings()
    kb = kb or policy.load()
    text = Text(lang or user.language())
    today = today or date.today()
    platforms = [g for p in _platforms_found(analysis)
                 if (g := platform_guidance(analysis, p, user, kb, text, today)) is not None]
    if no_text:
        for g in platforms:
            g.region_hint = ""
    regions = {(g.region, g.region_how, g.region_evidence) for g in platforms}
    # "hint" from one export and "other" (the same hint, for the rest) read as one region for all.
    regions = {(r, "hint" if how == "other" else how, ev) for r, how, ev in regions}
    notice = policy.age_notice(kb, today)
    return {
        "as_of": text.date(kb.as_of),
        "compiled": text.date(kb.compiled),
        # The knowledge base is old on the run's day: said at the top of the report, with how to update.
        "policy_notice": Translator(text.lang).text(notice) if notice else "",
        "policy_file": kb.origin != policy.BUNDLED,
        "policy_sha256": kb.sha256,  # which knowledge base: shown in short in the report's footer
        "platforms": platforms,
        "one_region": platforms[0] if len(regions) == 1 and platforms else None,
        "lang": text.lang,
    }


def markers(analysis, user: UserSettings | None = None, lang: str | None = None,
            kb: policy.KnowledgeBase | None = None) -> list[tuple[str, str, str]]:
    """Dated events for the timeline, as (YYYY-MM-DD, label, kind): when each platform found started
    training in the user's region ("policy"), and the user's dated opt-outs ("optout")."""
    user = user or UserSettings()
    kb = kb or policy.load()
    text = Text(lang or user.language())
    events: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for platform in _platforms_found(analysis):
        choice = choose_region(user, _info_for(analysis, platform), [s.info for s in analysis.sources])
        pol = kb.policy_for(platform, choice.region)
        start = pol.value("training_start") if pol else None
        if pol is not None and start is not None and (pol.key, start.isoformat()) not in seen:
            seen.add((pol.key, start.isoformat()))
            region = text.gettext(REGION_NAMES[choice.region])
            if pol.status == "suspended":
                label = text.gettext(N_("%(name)s starts AI training in %(region)s (later suspended)"),
                                     name=pol.name, region=region)
            else:
                label = text.gettext(N_("%(name)s starts AI training in %(region)s"), name=pol.name,
                                     region=region)
            if not pol.fact("training_start").confirmed:  # type: ignore[union-attr]
                label += " " + text.gettext(N_("(date unconfirmed)"))
            events.append((start.isoformat(), label, "policy"))
        opted = user.opted_out.get(platform)
        if opted is not None:
            events.append((opted.isoformat(), text.gettext(N_("You opted out of %(name)s"),
                                                           name=platforms.label(platform)),
                           "optout"))
    return sorted(events)


def as_of(lang: str, kb: policy.KnowledgeBase | None = None) -> str:
    """The knowledge base's "as of" date, formatted for the language."""
    return Text(lang).date((kb or policy.load()).as_of)


def timeline_markers(analysis, user: UserSettings | None = None, lang: str | None = None,
                     kb: policy.KnowledgeBase | None = None) -> list:
    """`markers` as the report's timeline chart takes them (charts.Marker)."""
    from .charts import Marker

    return [Marker(day, label, kind) for day, label, kind in markers(analysis, user, lang, kb)]


def snapshot_fields(analysis, user: UserSettings | None = None,
                    kb: policy.KnowledgeBase | None = None) -> dict[str, Any]:
    """What snapshot.json records about the policy rules applied: the knowledge base (its date, the
    SHA-256 of its text, and whether it was the packaged file or the user's) and, per export, the
    region used and how it was chosen (option | hint | default)."""
    user = user or UserSettings()
    kb = kb or policy.load()
    regions = []
    for src in analysis.sources:
        choice = choose_region(user, src.info, [s.info for s in analysis.sources])
        regions.append({"source": src.id, "platform": src.platform, "region": choice.region,
                        "how": choice.how, "evidence": choice.evidence})
    # The user's file is named by its origin only: its path may hold the user's name.
    return {"policy_as_of": kb.as_of.isoformat(), "policy_sha256": kb.sha256,
            "policy_origin": "bundled" if kb.origin == policy.BUNDLED else "user file",
            "policy_regions": regions}
