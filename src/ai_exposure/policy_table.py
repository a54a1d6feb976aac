"""The AI-training knowledge base as the `policies` command shows it: per platform and region, the rules
in force with their dates and sources. `table()` is plain data (the `--json` output: values as
policies.toml has them, texts in the chosen language); `lines()` is the same in words for the terminal.
Pure: the knowledge base and the day are arguments."""

from __future__ import annotations

from datetime import date
from typing import Any

from . import platforms, policy
from .eligibility import REGION_NAMES
from .guidance import FACT_ORDER, scope_words
from .i18n import N_, Text, Translator

FACT_LABELS = {
    "uses": N_("What it uses"), "excluded": N_("What it does not use"),
    "status": N_("Training in this region"), "training_start": N_("Since"), "used_until": N_("Used until"),
    "old_content": N_("Older content used"), "min_age": N_("Age limit"), "opt_out": N_("How to opt out"),
    "default_on": N_("Switched on by default"), "settings_path": N_("Where"),
    "retroactive": N_("Does opting out remove what was used?"),
    "linked_accounts": N_("Covers linked accounts"),
}
STATUS_WORDS = {"active": N_("yes, on users' content"), "suspended": N_("suspended, and disputed"),
                "unconfirmed": N_("not known"), "none": N_("no")}
OPT_OUT_WORDS = {"toggle": N_("a setting you can switch off"), "form": N_("an objection form"),
                 "none": N_("there is no opt-out"), "unconfirmed": N_("not known")}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _fact(fact: policy.Fact, lang: str, words: str = "") -> dict[str, Any]:
    value = fact.value.isoformat() if isinstance(fact.value, date) else fact.value
    out: dict[str, Any] = {"value": value, "text": words or fact.text.get(lang) or None,
                           "confirmed": fact.confirmed, "note": fact.note.get(lang) or None,
                           "sources": list(fact.sources)}
    return out


def table(kb: policy.KnowledgeBase, lang: str = "en", today: date | None = None,
          platform: str | None = None, region: str | None = None) -> dict[str, Any]:
    """Every platform × region entry (or those of one platform / region), with the knowledge base's
    date, origin and hash, whether it is old on `today`, and the sources the entries cite."""
    text = Text(lang)
    notice = policy.age_notice(kb, today) if today else None
    entries = []
    cited: set[str] = set()
    for p in platforms.names():
        for r in policy.REGIONS:
            pol = kb.policy_for(p, r)
            if pol is None or (platform and p != platform) or (region and r != region):
                continue
            facts = {name: _fact(pol.facts[name], lang) for name in FACT_ORDER if name in pol.facts}
            scope = [{**_fact(rule.as_fact(), lang, scope_words(rule, text)),
                      "kinds": sorted(rule.kinds), "audiences": sorted(rule.audiences),
                      "visibility": rule.visibility} for rule in pol.scope]
            for rule_view in scope:
                rule_view.pop("value")  # a rule has no value: its words are in "text"
            notes = [_fact(n, lang) for n in pol.notes]
            for f in [*facts.values(), *scope, *notes]:
                cited.update(f["sources"])
            entries.append({"platform": p, "name": pol.name, "region": r, "facts": facts, "scope": scope,
                            "notes": notes})
    sources = {sid: {"title": s.title, "url": s.url, "date": _iso(s.date), "approx": s.approx or None,
                     "tier": s.tier} for sid, s in sorted(kb.sources.items()) if sid in cited}
    return {
        "as_of": kb.as_of.isoformat(), "compiled": kb.compiled.isoformat(),
        "origin": "bundled" if kb.origin == policy.BUNDLED else kb.origin, "sha256": kb.sha256,
        "stale": notice is not None, "notice": Translator(lang).text(notice) if notice else None,
        "lang": lang, "policies": entries, "sources": sources,
    }


def _value_words(name: str, value: Any, text: Text) -> str:
    if name == "status":
        return text.gettext(STATUS_WORDS.get(value, value))
    if name == "opt_out":
        return text.gettext(OPT_OUT_WORDS.get(value, value))
    if isinstance(value, bool):
        return text.gettext(N_("yes") if value else N_("no"))
    if name == "min_age":
        return str(value) if value else text.gettext(N_("none stated"))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return text.date(date.fromisoformat(value))
    return str(value)


def _fact_line(label: str, fact: dict[str, Any], words: str, text: Text) -> str:
    line = f"  {label}: {words}"
    if not fact["confirmed"]:
        line += " (" + text.gettext(N_("unconfirmed")) + ")"
    if fact["note"]:
        line += f" ({fact['note']})"
    refs = ", ".join(fact["sources"]) or text.gettext(N_("no source found"))
    return f"{line} [{refs}]"


def lines(data: dict[str, Any]) -> list[str]:
    """`table()` in words, one platform at a time; regions with the same rules are shown together."""
    text = Text(data["lang"])
    out = [text.gettext(N_("AI-training policies as of %(date)s (compiled %(compiled)s), %(origin)s; "
                           "SHA-256 %(hash)s."),
                        date=text.date(date.fromisoformat(data["as_of"])),
                        compiled=text.date(date.fromisoformat(data["compiled"])),
                        origin=text.gettext(N_("the file shipped with ai-exposure"))
                        if data["origin"] == "bundled"
                        else text.gettext(N_("from %(file)s"), file=data["origin"]),
                        hash=data["sha256"][:16])]
    if data["notice"]:
        out.append("! " + data["notice"])
    groups: list[tuple[str, str, list[str], dict[str, Any]]] = []
    for e in data["policies"]:
        body = {k: e[k] for k in ("facts", "scope", "notes")}
        same = next((g for g in groups if g[0] == e["platform"] and g[3] == body), None)
        if same is not None:
            same[2].append(e["region"])
        else:
            groups.append((e["platform"], e["name"], [e["region"]], body))
    for platform, name, regions, body in groups:
        where = ", ".join(text.gettext(REGION_NAMES[r]) for r in regions)
        title = platforms.label(platform)
        out.append("")
        out.append(f"{title}{'' if name in title else f' ({name})'}: {where}")
        for fact_name, fact in body["facts"].items():
            words = fact["text"] or _value_words(fact_name, fact["value"], text)
            out.append(_fact_line(text.gettext(FACT_LABELS[fact_name]), fact, words, text))
        for rule in body["scope"]:
            out.append(_fact_line(text.gettext(N_("In scope")), rule, rule["text"], text))
        for note in body["notes"]:
            out.append(_fact_line(text.gettext(N_("Note")), note, note["text"], text))
    if data["sources"]:
        out.append("")
        out.append(text.gettext(N_("Sources:")))
        for sid, s in data["sources"].items():
            when = text.date(date.fromisoformat(s["date"])) if s["date"] else \
                text.gettext(N_("undated, about %(when)s"), when=s["approx"] or "?")
            out.append(f"  {sid}  {when}  [{s['tier']}]  {s['title']}  {s['url']}")
    return out
