"""Whether an item is likely used to train AI, as the pipeline asks it: `assess(item, source_info)` →
(verdict, one-line reason).

The rule itself is `policy.eligibility` (pure, over the dated per-region knowledge base in
policies.toml). This module binds it to one run: the user's settings (region, opt-outs, birth year),
the region each export points to, and the language the reason is written in (the same language as
the report, so snapshot.json's `ai_training_reason` reads like the report does)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from . import policy
from .i18n import N_, Text
from .model import Item, SourceInfo
from .settings import RegionChoice, UserSettings, birth_from, choose_region

Assess = Callable[[Item, SourceInfo], tuple[str, str]]

KIND_NAMES = {
    "profile": N_("profile data"), "post": N_("post"), "comment": N_("comment"), "repost": N_("repost"),
    "story": N_("story"), "photo": N_("photo"), "video": N_("video"), "article": N_("article"),
    "review": N_("review"), "playlist": N_("playlist"), "reaction": N_("reaction"),
    "connection": N_("connection"), "message": N_("message"), "activity": N_("activity"),
    "other": N_("other item"),
}

# As used inside a sentence: "in %(region)s".
REGION_NAMES = {
    "eu": N_("the EU"), "eea": N_("the EEA (Norway, Iceland, Liechtenstein)"),
    "uk": N_("the United Kingdom"), "ch": N_("Switzerland"), "us": N_("the United States"),
    "other": N_("your region (outside Europe and the US)"),
}

_DATE_PARAMS = ("date", "start", "until", "opted")


def render_reason(reason: policy.Reason, text: Text) -> str:
    params = {}
    for name, value in reason.params.items():
        if name in _DATE_PARAMS and isinstance(value, date):
            params[name] = text.date(value)
        elif name == "kind":
            params[name] = text.gettext(KIND_NAMES.get(value, value))
        elif name == "region":
            params[name] = text.gettext(REGION_NAMES.get(value, value))
        elif isinstance(value, int | float):
            params[name] = text.number(value)
        else:
            params[name] = value
    return text.gettext(reason.message, **params)


class Assessor:
    """The pipeline's `assess` for one run. Region and birth are resolved once per export."""

    def __init__(self, settings: UserSettings | None = None, lang: str | None = None,
                 kb: policy.KnowledgeBase | None = None, today: date | None = None):
        self.settings = settings or UserSettings()
        self.kb = kb or policy.load()
        self.text = Text(lang or self.settings.language())
        self.today = today or datetime.now(UTC).date()
        self._per_source: dict[tuple[str, ...], tuple[RegionChoice, policy.Birth | None]] = {}
        self._rendered: dict[tuple, str] = {}
        self._verdicts: dict[tuple, tuple[str, str]] = {}
        self._others: tuple[SourceInfo, ...] = ()

    def sources_known(self, infos: list[SourceInfo]) -> None:
        """Called by the pipeline once every export is opened, before any item: an export without a
        place hint then follows the others' hint."""
        self._others = tuple(infos)
        self._per_source.clear()
        self._verdicts.clear()

    def context(self, info: SourceInfo | None) -> tuple[RegionChoice, policy.Birth | None]:
        key = (info.region_hint, info.region_hint_evidence, info.birth_date) if info else ()
        found = self._per_source.get(key)
        if found is None:
            found = self._per_source[key] = (choose_region(self.settings, info, self._others),
                                             birth_from(self.settings, info))
        return found

    def verdict(self, item: Item, info: SourceInfo | None) -> policy.Verdict:
        choice, birth = self.context(info)
        rules = self.kb.policy_for(item.platform, choice.region)
        return policy.eligibility(item, rules, self.settings.opt_out_for(item.platform), birth,
                                  self.today)

    def __call__(self, item: Item, info: SourceInfo | None) -> tuple[str, str]:
        # The verdict reads only these fields of an item, and its date only by the day: a million
        # tweets fall into a few thousand such cases, so each is decided once (a pure function).
        case = (item.platform, item.kind, item.visibility, item.audience, item.was_public, item.own,
                item.created_at.date() if item.created_at else None,
                (info.region_hint, info.region_hint_evidence, info.birth_date) if info else None)
        found = self._verdicts.get(case)
        if found is not None:
            return found
        if len(self._verdicts) > 200_000:  # bounded, whatever the export
            self._verdicts.clear()
        found = self._verdicts[case] = self._decide(item, info)
        return found

    def of_run(self, item_on: Callable[[datetime | None], Item], created: list[datetime | None],
               info: SourceInfo | None) -> list[tuple[str, str]]:
        """What `self(item, info)` gives for each item of a model.ItemRun, whose items differ only in
        their key, date, text and link: the verdict reads none of those but the date's day, so each
        day is decided once (`item_on(date)`: the run's item of that date)."""
        by_day: dict[date | None, tuple[str, str]] = {}
        out = []
        for when in created:
            day = when.date() if when is not None else None
            found = by_day.get(day)
            if found is None:
                found = by_day[day] = self(item_on(when), info)
            out.append(found)
        return out

    def _decide(self, item: Item, info: SourceInfo | None) -> tuple[str, str]:
        v = self.verdict(item, info)
        # Few distinct reasons per run (their dates come from the policy and the user, not the item):
        # render each once.
        key = (v.reason.message, tuple(sorted(v.reason.params.items())))
        text = self._rendered.get(key)
        if text is None:
            text = self._rendered[key] = render_reason(v.reason, self.text)
        return v.level, text


_default: Assessor | None = None


def ai_training(item: Item, info: SourceInfo | None = None) -> tuple[str, str]:
    """(`likely` | `possible` | `unlikely`, one-line reason in English) with no user settings: the
    region from the export's hint, else the EU, and no opt-out."""
    global _default
    if _default is None:
        _default = Assessor(UserSettings(lang="en"))
    return _default(item, info)


def assessor(settings: UserSettings | None = None, lang: str | None = None,
             today: date | None = None, kb: policy.KnowledgeBase | None = None) -> Assessor:
    """`kb`: the policy knowledge base (policy.resolve()); the packaged one when not given."""
    return Assessor(settings, lang, kb=kb, today=today)
