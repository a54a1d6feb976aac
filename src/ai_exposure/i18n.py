"""Languages of the report: gettext catalogs (Babel), and dates and numbers formatted per language.

English is the source language; Dutch lives in locale/nl/LC_MESSAGES/messages.po, compiled to .mo and
shipped in the package. Strings are marked with `_()` / `{% trans %}` in templates and with `N_()` /
`N_plural()` in Python where they are translated later (at render time). What the parsers and the core
say about the user's files (evidence, file descriptions, notices, caveats, problems) is a `Msg`: English
text that keeps its template and parameters, so the report can say it in the user's language; a route's
description (`Route(pattern, handler, "what")`, `context_route(pattern, "what")`) is extracted as it is.

Maintaining the catalog, without make:
    python -m ai_exposure.i18n extract   # write locale/messages.pot from the templates and the code
    python -m ai_exposure.i18n update    # merge new strings into every messages.po
    python -m ai_exposure.i18n compile   # messages.po -> messages.mo
"""

from __future__ import annotations

import contextlib
import gettext
import io
import os
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"

# Extraction: `N_plural("one post", "%(n)s posts")` marks a plural pair for later ngettext.
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "N_plural": (1, 2),
            "Msg": None, "Route": (3,), "context_route": (2,)}


class Msg(str):
    """An English message that remembers how it was made: `Msg("%(file)s: likes are private",
    file=path)` is the string "data/like.js: likes are private" everywhere a string is used (the
    snapshot, the terminal, comparisons), and `Translator.text()` renders it in another language from
    the catalog. The template must be a literal (the extractor reads it); parameters are values the
    export gave (file names, fields), numbers (`Num` for grouped ones), dates (`datetime.date`: ISO in
    English, written out in other languages), or Msgs themselves (translated in turn).

    A str subclass, so parsers and the core need no second field for it; only the report looks inside.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Msg:
        self = super().__new__(cls, template % params if params else template)
        self.template = template
        self.params = params
        return self

    def __reduce__(self):  # pickled with its template, not only the English text
        return (_rebuild_msg, (self.template, self.params))

    def to_json(self) -> dict:
        """Template and parameters as plain JSON (nested Msgs as {"msg": ..., "params": ...})."""
        return {"msg": self.template, "params": {k: _param_json(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: dict) -> Msg:
        return cls(data["msg"], **{k: _param_from_json(v) for k, v in data.get("params", {}).items()})


class Num:
    """A number in a message, written for the language: `Msg("%(n)s items", n=Num(1234))` reads
    "1,234 items" in English and "1.234 items" in Dutch. Plain ints stay as they are (years, ids,
    record numbers), so grouping is asked for where it belongs."""

    __slots__ = ("value", "digits")

    def __init__(self, value: int | float, digits: int = 0):
        self.value = value
        self.digits = digits

    def __str__(self) -> str:
        return f"{self.value:,.{self.digits}f}"

    def __repr__(self) -> str:
        return f"Num({self.value!r}, {self.digits})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Num) and (self.value, self.digits) == (other.value, other.digits)

    def __hash__(self) -> int:
        return hash((self.value, self.digits))

    def __reduce__(self):
        return (Num, (self.value, self.digits))

    def format(self, lang: str) -> str:
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * self.digits if self.digits else "")
        return format_decimal(self.value, format=pattern, locale=normalise(lang))


def _param_json(value: object) -> object:
    if isinstance(value, Msg):
        return value.to_json()
    if isinstance(value, Num):
        return {"num": value.value, "digits": value.digits}
    if isinstance(value, date) and not isinstance(value, datetime):
        return {"date": value.isoformat()}
    return value if isinstance(value, (int, float)) else str(value)


def _param_from_json(value: object) -> object:
    if isinstance(value, dict):
        if "num" in value:
            return Num(value["num"], value.get("digits", 0))
        if "date" in value:
            return date.fromisoformat(value["date"])
        return Msg.from_json(value)
    return value


def _rebuild_msg(template: str, params: dict[str, object]) -> Msg:
    return Msg(template, **params)


def msg_join(separator: str, parts: list[Msg]) -> Msg:
    """Messages joined by punctuation, each translated in turn ("a; b; c")."""
    template = separator.replace("%", "%%").join(f"%(p{n})s" for n in range(len(parts)))
    return Msg(template, **{f"p{n}": part for n, part in enumerate(parts)})


_NO_WORDS = re.compile(r"^(?:%\(\w+\)s|[^A-Za-z])*$")


def message_of(exc: BaseException) -> str:
    """An exception's message, as the Msg it was raised with where it was one."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Msg):
        return exc.args[0]
    return str(exc)


def N_(message: str) -> str:  # noqa: N802 (the conventional name, known to the extractor)
    """Mark a string for translation at render time; returns it unchanged."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    return singular, plural


def normalise(lang: str | None) -> str:
    """`nl_NL.UTF-8`, `nl-BE`, `NL` → `nl`; anything not supported → the default (English)."""
    code = (lang or "").strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, as gettext reads it: LC_ALL, LC_MESSAGES, LANG (LANGUAGE first
    when set, a colon-separated preference list)."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        for part in value.split(":"):
            code = part.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
        if var != "LANGUAGE":  # the first set locale variable decides, as in gettext
            return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog for `lang`; English (and any missing catalog) is the identity."""
    lang = normalise(lang)
    if lang == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    from babel.support import Translations

    return Translations.load(str(LOCALE_DIR), [lang], DOMAIN)


class Text:
    """gettext for one language plus Babel formatting, for Python code that builds report text."""

    def __init__(self, lang: str):
        self.lang = normalise(lang)
        self._t = translations(self.lang)

    def gettext(self, message: str, **params: object) -> str:
        text = self._t.gettext(message)
        return text % params if params else text

    def ngettext(self, pair: tuple[str, str], n: int, **params: object) -> str:
        text = self._t.ngettext(pair[0], pair[1], n)
        return text % {"n": self.number(n), **params}

    def number(self, n: int | float) -> str:
        return format_number(n, self.lang)

    def date(self, d: date | datetime | str | None, style: str = "long") -> str:
        return format_date(d, self.lang, style)


class Translator:
    """Puts the messages of parsers and the core (`Msg`, or literals marked with N_() or in a Route) into
    one language. What the catalog lacks stays English and is noted in `missing`; the tests render every
    sample in Dutch and require it empty, so a parser string left out of the catalog fails them."""

    def __init__(self, lang: str, lookup: Callable[[str], Msg | None] | None = None):
        self.lang = normalise(lang)
        self._t = translations(self.lang)
        # For text that lost its Msg on the way (items come back from the store as plain strings).
        self._lookup = lookup
        self._cache: dict[str, str] = {}
        self.missing: set[str] = set()

    def text(self, value: str | None) -> str:
        if not value:
            return value or ""
        if self.lang == DEFAULT_LANGUAGE:
            return str(value)
        if value.__class__ is not Msg:
            done = self._cache.get(value)
            if done is not None:
                return done
            found = self._lookup(value) if self._lookup is not None else None
            done = self._cache[value] = self._render(found) if found is not None else self._literal(value)
            return done
        return self._render(value)

    __call__ = text

    def _render(self, msg: Msg) -> str:
        template = self._literal(msg.template)
        if not msg.params:
            return template
        return template % {k: self._param(v) for k, v in msg.params.items()}

    def _param(self, value: object) -> object:
        if isinstance(value, Msg):
            return self.text(value)
        if isinstance(value, Num):
            return value.format(self.lang)
        if isinstance(value, date):  # ISO in the English text; "15 juni 2024" in Dutch
            return format_date(value, self.lang)
        return value

    def _literal(self, message: str) -> str:
        if _NO_WORDS.match(message):  # placeholders and punctuation only (msg_join): nothing to translate
            return message
        translated = self._t.gettext(message)
        if translated is message:  # gettext hands back the very same object when it has no entry
            self.missing.add(message)
        return translated


def format_number(n: int | float, lang: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(n, locale=normalise(lang))


def format_date(d: date | datetime | str | None, lang: str, style: str = "long") -> str:
    """`long`: 3 November 2025 / 3 november 2025; `medium`: 3 Nov 2025 / 3 nov 2025;
    `month`: November 2025 / november 2025; `year`: 2025. ISO strings (YYYY, YYYY-MM, YYYY-MM-DD and
    timestamps) are accepted; anything else is returned as it is."""
    if d is None or d == "":
        return ""
    if isinstance(d, str):
        parsed = _parse_partial(d)
        if parsed is None:
            return d
        d, precision = parsed
        if precision == "year":
            style = "year"
        elif precision == "month":
            style = "month"
    if isinstance(d, datetime):
        d = d.date()
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    locale = normalise(lang)
    if style == "year":
        return str(d.year)
    if style == "month":
        return format_skeleton("yMMMM", d, locale=locale)
    if style == "medium":
        return babel_date(d, "d MMM y" if locale == "nl" else "medium", locale=locale)
    if locale == "en":
        return babel_date(d, "d MMMM y", locale=locale)
    return babel_date(d, "long", locale=locale)


def format_datetime(moment: datetime, lang: str) -> str:
    """A moment in UTC with its time: `29 November 2026, 15:04 UTC` / `29 november 2026 om 15:04 UTC`."""
    return Text(lang).gettext(N_("%(day)s, %(time)s UTC"), day=format_date(moment, lang),
                              time=moment.strftime("%H:%M"))


def _parse_partial(text: str) -> tuple[date, str] | None:
    text = text.strip()
    try:
        if len(text) == 4 and text.isdigit():
            return date(int(text), 1, 1), "year"
        if len(text) == 7 and text[4] == "-":
            return date(int(text[:4]), int(text[5:7]), 1), "month"
        return date.fromisoformat(text[:10]), "day"
    except ValueError:
        return None


def install(env, lang: str) -> None:
    """Make a jinja2 Environment (created with the jinja2.ext.i18n extension) speak `lang`: gettext,
    and the `thousands`, `number` and `date` filters formatted for the language."""
    lang = normalise(lang)
    env.install_gettext_translations(translations(lang), newstyle=True)
    env.globals["lang"] = lang
    env.filters["thousands"] = lambda n: format_number(n, lang)
    env.filters["number"] = lambda n: format_number(n, lang)
    env.filters["date"] = lambda d, style="long": format_date(d, lang, style)


# ------------------------------------------------------------------------------ catalog maintenance

ROOT = Path(__file__).resolve().parents[2]  # the source checkout (src/ai_exposure/ → ..)


def _catalog_paths() -> list[tuple[str, str]]:
    """(folder relative to the checkout, extraction method) for every place with report strings."""
    return [("src/ai_exposure", "python"), ("parsers", "python"), ("report_templates", "jinja2")]


def extract(root: Path = ROOT):
    """A fresh babel Catalog of every marked string in the templates and the Python code."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="ai-exposure", msgid_bugs_address="", charset="utf-8")
    for folder, method in _catalog_paths():
        base = root / folder
        if not base.is_dir():
            continue
        pattern = "**.j2" if method == "jinja2" else "**.py"
        options = {pattern: {"extensions": "jinja2.ext.i18n", "trimmed": "true"}} if method == "jinja2" \
            else {}
        # Babel warns about every f-string inside a marked call, also where it is not the message
        # (a Route's path pattern); the messages themselves are literals, checked by the tests.
        with contextlib.redirect_stderr(io.StringIO()):
            found = list(extract_from_dir(
                base, method_map=[(pattern, method)], options_map=options, keywords=KEYWORDS,
                comment_tags=("Translators:",), strip_comment_tags=True))
        for filename, lineno, message, comments, context in found:
            catalog.add(message, None, [(f"{folder}/{filename}", lineno)], auto_comments=comments,
                        context=context)
    return catalog


def _pot_path() -> Path:
    return LOCALE_DIR / f"{DOMAIN}.pot"


def _po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _content(catalog) -> list[tuple]:
    """A catalog's messages without its header dates: what a rewrite would change."""
    return sorted((str(m.id), str(m.string or ""), tuple(sorted(m.locations)), tuple(sorted(m.flags)))
                  for m in catalog if m.id)


def main(argv: list[str] | None = None) -> int:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    if command == "extract":
        LOCALE_DIR.mkdir(parents=True, exist_ok=True)
        template = extract()
        if _pot_path().exists():
            with open(_pot_path(), "rb") as fh:
                if _content(read_po(fh)) == _content(template):
                    print(f"{_pot_path().name} is up to date")
                    return 0
        with open(_pot_path(), "wb") as fh:
            write_po(fh, template, width=100, omit_header=False, sort_output=False)
        print(f"wrote {_pot_path().name}")
        return 0
    if command == "update":
        template = extract()
        for lang in LANGUAGES:
            if lang == DEFAULT_LANGUAGE:
                continue
            path = _po_path(lang)
            if path.exists():
                with open(path, "rb") as fh:
                    catalog = read_po(fh, locale=lang)
            else:
                from babel.messages.catalog import Catalog

                path.parent.mkdir(parents=True, exist_ok=True)
                catalog = Catalog(locale=lang, project="ai-exposure", charset="utf-8")
            before = _content(catalog)
            catalog.update(template, no_fuzzy_matching=True)
            catalog.fuzzy = False
            catalog.project, catalog.version = "ai-exposure", ""
            catalog.msgid_bugs_address = ""
            catalog.last_translator = catalog.language_team = "ai-exposure developers"
            catalog.copyright_holder = "ai-exposure developers"
            if _content(catalog) != before or not path.exists():  # no rewrite for a date alone
                with open(path, "wb") as fh:
                    write_po(fh, catalog, width=100, ignore_obsolete=True)
            missing = [m.id for m in catalog if m.id and not m.string]
            print(f"{path.parent.parent.name}: {len(catalog)} messages, {len(missing)} untranslated")
        return 0
    if command == "compile":
        for lang in LANGUAGES:
            path = _po_path(lang)
            if not path.exists():
                continue
            with open(path, "rb") as fh:
                catalog = read_po(fh, locale=lang)
            with open(path.with_suffix(".mo"), "wb") as fh:
                write_mo(fh, catalog, use_fuzzy=False)
            print(f"compiled {lang}")
        return 0
    print("usage: python -m ai_exposure.i18n extract|update|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
