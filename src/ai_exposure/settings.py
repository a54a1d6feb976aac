"""What only the user can tell us: their region, whether and when they opted out of AI training per
platform, their birth year, and the report's language. No export records an opt-out, so the tool
asks instead of guessing.

The answers come from the command line and from a small TOML file (the default one lives in the user's
config folder, so repeated runs use the same answers); the command line wins. A file looks like:

    region = "eu"            # eu | eea | uk | ch | us | other
    birth_year = 1990
    lang = "nl"              # nl | en
    [opted_out]
    linkedin = 2025-10-01    # the date you switched it off
    x = true                 # opted out, date not known
"""

from __future__ import annotations

import codecs
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import outdir, platforms
from .errors import Error
from .i18n import LANGUAGES, normalise, system_language
from .model import SourceInfo
from .policy import REGIONS, Birth, OptOut

APP_NAME = "ai-exposure"
SETTINGS_FILE = "settings.toml"



class SettingsError(Error):
    """A setting that cannot be understood. One line, for the user."""


@dataclass
class UserSettings:
    region: str | None = None  # None: from the export's hint, else EU
    opted_out: dict[str, date | None] = field(default_factory=dict)  # platform → date (None: unknown)
    birth_year: int | None = None
    lang: str | None = None  # None: from the system locale

    def language(self) -> str:
        return normalise(self.lang) if self.lang else system_language()

    def opt_out_for(self, platform: str) -> OptOut | None:
        if platform not in self.opted_out:
            return None
        return OptOut(self.opted_out[platform])

    def merged(self, override: UserSettings) -> UserSettings:
        """These settings with every answer given in `override` taking precedence."""
        return UserSettings(
            region=override.region or self.region,
            opted_out={**self.opted_out, **override.opted_out},
            birth_year=override.birth_year or self.birth_year,
            lang=override.lang or self.lang,
        )

    def to_dict(self) -> dict[str, Any]:
        """For snapshot.json and the report: JSON values only."""
        return {
            "region": self.region,
            "opted_out": {p: (d.isoformat() if d else None) for p, d in sorted(self.opted_out.items())},
            "birth_year": self.birth_year,
            "lang": self.language(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UserSettings:
        opted: dict[str, date | None] = {}
        for platform, value in (data.get("opted_out") or {}).items():
            opted[platform] = date.fromisoformat(value) if isinstance(value, str) and value else None
        year = data.get("birth_year")
        return cls(region=data.get("region") or None, opted_out=opted,
                   birth_year=year if isinstance(year, int) else None, lang=data.get("lang") or None)


# ------------------------------------------------------------------------------------------ parsing

def parse_region(value: str) -> str:
    region = value.strip().lower()
    if region not in REGIONS:
        raise SettingsError(f"unknown region {value!r}: use one of {', '.join(REGIONS)}")
    return region


def parse_lang(value: str) -> str:
    lang = value.strip().lower()
    if lang not in LANGUAGES:
        raise SettingsError(f"unknown language {value!r}: use one of {', '.join(LANGUAGES)}")
    return lang


def parse_birth_year(value: int | str, today: date | None = None) -> int:
    today = today or date.today()
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise SettingsError(f"birth year {value!r} is not a year") from None
    if not 1900 <= year <= today.year:
        raise SettingsError(f"birth year {year} is not between 1900 and {today.year}")
    return year


def _platforms(name: str) -> tuple[str, ...]:
    # Names people use for a platform on the command line, from the platform table ("twitter",
    # "meta" for Facebook and Instagram together: Meta's objection covers the whole Accounts Center).
    aliases = platforms.aliases()
    meant = aliases.get(name.strip().lower())
    if meant is None:
        raise SettingsError(f"unknown platform {name!r} in --opted-out: use one of "
                            f"{', '.join(sorted(aliases))}")
    return meant


def parse_opted_out(value: str) -> dict[str, date | None]:
    """`linkedin=2025-10-01` → {"linkedin": 2025-10-01}; `x` → {"x": None} (date not known);
    `meta=…` covers Facebook and Instagram."""
    name, sep, when = value.partition("=")
    day: date | None = None
    if sep and when.strip():
        try:
            day = date.fromisoformat(when.strip())
        except ValueError:
            raise SettingsError(f"--opted-out {value!r}: the date must be YYYY-MM-DD") from None
    return dict.fromkeys(_platforms(name), day)


def from_options(region: str | None = None, opted_out: list[str] | None = None,
                 birth_year: int | None = None, lang: str | None = None) -> UserSettings:
    settings = UserSettings()
    if region:
        settings.region = parse_region(region)
    for value in opted_out or []:
        settings.opted_out.update(parse_opted_out(value))
    if birth_year is not None:
        settings.birth_year = parse_birth_year(birth_year)
    if lang:
        settings.lang = parse_lang(lang)
    return settings


# ------------------------------------------------------------------------------------------- file

def default_path() -> Path:
    """AI_EXPOSURE_SETTINGS when set, else settings.toml in the user's config folder."""
    env = os.environ.get("AI_EXPOSURE_SETTINGS", "").strip()
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / SETTINGS_FILE


def resolve(path: Path | None = None, region: str | None = None, opted_out: list[str] | None = None,
            birth_year: int | None = None, lang: str | None = None, save: bool = False) -> UserSettings:
    """The settings for one run: the file (`path`, else the default one, if it exists) with the
    command line's answers over it. `save` writes the result back to that file, so the next run
    uses the same answers. The language, when given nowhere, follows the system locale."""
    target = path or default_path()
    if path is not None and not path.exists() and not save:
        raise SettingsError(f"{path}: no such settings file")
    merged = load_file(target).merged(from_options(region, opted_out, birth_year, lang))
    if save:
        try:
            save_file(merged, target)
        except OSError as exc:
            raise SettingsError(f"{target}: cannot write the settings file ({exc.strerror or exc})") from None
    if not merged.lang:
        merged.lang = system_language()
    return merged


def load_file(path: Path) -> UserSettings:
    """Settings from a TOML file; a missing file is no settings. Raises SettingsError on a bad file."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return UserSettings()
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the settings file ({exc.strerror or exc})") from None
    if len(raw) > MAX_SETTINGS_BYTES:
        raise SettingsError(f"{path}: too large for a settings file (over {MAX_SETTINGS_BYTES:,} bytes)")
    try:
        data = tomllib.loads(_settings_text(raw, path))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: cannot read the settings file ({exc})") from None
    settings = UserSettings()
    try:
        if data.get("region"):
            settings.region = parse_region(str(data["region"]))
        if data.get("lang"):
            settings.lang = parse_lang(str(data["lang"]))
        if data.get("birth_year") is not None:
            settings.birth_year = parse_birth_year(data["birth_year"])
        opted = data.get("opted_out") or {}
        if not isinstance(opted, dict):
            raise SettingsError("[opted_out] must be a table of platform = date")
        for name, value in opted.items():
            if value is False:
                continue
            if isinstance(value, date):
                day: date | None = value
            elif value is True or value == "":
                day = None
            elif isinstance(value, str):
                day = parse_opted_out(f"{name}={value}")[_platforms(name)[0]]
            else:
                raise SettingsError(f"[opted_out] {name}: use a date (YYYY-MM-DD) or true")
            settings.opted_out.update(dict.fromkeys(_platforms(name), day))
    except SettingsError as exc:
        raise SettingsError(f"{path}: {exc}") from None
    return settings


MAX_SETTINGS_BYTES = 1 << 20  # a few lines of answers; anything this big is not a settings file


def _settings_text(raw: bytes, path: Path) -> str:
    """A settings file's text: UTF-8, or any text with a byte-order mark (Windows editors save
    "Unicode" as UTF-16 with one). Anything else is one line naming the file."""
    encoding = "utf-8"
    for bom, with_bom in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                          (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            raw, encoding = raw[len(bom):], with_bom
            break
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: the settings file is not UTF-8 text (save it as UTF-8 and try "
                            "again)") from None


def dumps(settings: UserSettings) -> str:
    lines = ["# ai-exposure settings: the answers the export cannot give. Edit freely."]
    if settings.region:
        lines.append(f'region = "{settings.region}"')
    if settings.birth_year:
        lines.append(f"birth_year = {settings.birth_year}")
    if settings.lang:
        lines.append(f'lang = "{settings.lang}"')
    if settings.opted_out:
        lines.append("")
        lines.append("[opted_out]  # platform = the date you opted out, or true when you do not know it")
        for platform, day in sorted(settings.opted_out.items()):
            lines.append(f"{platform} = {day.isoformat() if day else 'true'}")
    return "\n".join(lines) + "\n"


def save_file(settings: UserSettings, path: Path) -> Path:
    """Written whole or not at all, readable by the owner only (0600): birth year and opt-outs are
    nobody else's business."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with outdir.atomic(path) as fh:  # a new 0600 file under a unique name, renamed into place
        fh.write(dumps(settings))
    return path


# ---------------------------------------------------------------------------- hints from the export

# Country (and a few unambiguous city) names an export may give, in English, Dutch and the local
# language, mapped to the policy regions. Deliberately small: a hint only sets the default, the report
# says where it came from, and text not found here is no hint at all (the default EU then applies).
_EU = ("austria|österreich|oostenrijk|belgium|belgië|belgie|belgique|bulgaria|bulgarije|croatia|"
       "hrvatska|kroatië|cyprus|czechia|czech republic|tsjechië|česko|denmark|danmark|denemarken|"
       "estonia|eesti|estland|finland|suomi|france|frankrijk|germany|deutschland|duitsland|greece|"
       "ελλάδα|griekenland|hungary|magyarország|hongarije|ireland|éire|ierland|italy|italia|italië|"
       "latvia|latvija|letland|lithuania|lietuva|litouwen|luxembourg|luxemburg|malta|netherlands|"
       "the netherlands|nederland|holland|poland|polska|polen|portugal|romania|românia|roemenië|"
       "slovakia|slovensko|slowakije|slovenia|slovenija|slovenië|spain|españa|spanje|sweden|sverige|"
       "zweden|"
       # cities that name their country unambiguously
       "amsterdam|rotterdam|den haag|the hague|utrecht|eindhoven|groningen|brussels|brussel|"
       "bruxelles|antwerp|antwerpen|ghent|gent|berlin|munich|münchen|hamburg|vienna|wien|madrid|"
       "barcelona|lisbon|lisboa|rome|roma|milan|milano|dublin|copenhagen|københavn|stockholm|"
       "helsinki|warsaw|warszawa|prague|praha|budapest|athens")
_EEA = "norway|norge|noorwegen|iceland|ísland|ijsland|liechtenstein|oslo|reykjavik"
_UK = ("united kingdom|uk|great britain|england|scotland|wales|northern ireland|verenigd koninkrijk|"
       "groot-brittannië|engeland|schotland|greater london|london area|manchester|edinburgh|glasgow")
_CH = "switzerland|schweiz|suisse|svizzera|zwitserland|zurich|zürich|geneva|genève|bern|basel|lausanne"
_US = ("united states|united states of america|usa|u\\.s\\.a\\.|u\\.s\\.|verenigde staten|"
       "san francisco bay area|new york city|los angeles|seattle|chicago")

# A few countries elsewhere, so that "New South Wales, Australia" is not read as Wales.
_OTHER = ("australia|new south wales|canada|india|brazil|brasil|japan|china|hong kong|singapore|"
          "south africa|new zealand|mexico|méxico|nigeria|kenya|indonesia|philippines|argentina|"
          "turkey|türkiye|turkije|suriname|curaçao|aruba|morocco|marokko|israel|egypt")

_HINTS = [(re.compile(rf"(?<![\w-])({names})(?![\w-])", re.IGNORECASE), region)
          for names, region in ((_OTHER, "other"), (_UK, "uk"), (_CH, "ch"), (_EEA, "eea"), (_US, "us"),
                                (_EU, "eu"))]


def region_from_text(text: str) -> str | None:
    """The region a place name points to, or None when the text is not in the table. The last
    comma-separated part is tried first ("Utrecht, Netherlands"), then the whole text."""
    text = (text or "").strip()
    if not text:
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for candidate in [*reversed(parts), text]:
        for rx, region in _HINTS:
            if rx.search(candidate):
                return region
    return None


@dataclass(frozen=True)
class RegionChoice:
    region: str
    # "option": chosen by the user | "hint": from this export | "other": from another export of the
    # same run | "default": nothing known
    how: str
    evidence: str = ""  # for a hint: which file and field
    hint: str = ""  # for a hint: the place name the export gives
    platform: str = ""  # for "other": the platform of the export that gave the hint


def _hint(info: SourceInfo | None) -> RegionChoice | None:
    if info is None or not info.region_hint:
        return None
    region = region_from_text(info.region_hint)
    if region is None:
        return None
    return RegionChoice(region, "hint", info.region_hint_evidence, info.region_hint, info.platform)


def choose_region(settings: UserSettings, info: SourceInfo | None,
                  others: list[SourceInfo] | tuple[SourceInfo, ...] = ()) -> RegionChoice:
    """The region whose rules apply to one export: the user's choice; else the export's own place
    hint; else the hint of the other exports in the same run when they agree (one person, one place);
    else the EU."""
    if settings.region:
        return RegionChoice(settings.region, "option")
    own = _hint(info)
    if own is not None:
        return own
    hints = [h for h in (_hint(o) for o in others if o is not info) if h is not None]
    if hints and len({h.region for h in hints}) == 1:
        h = hints[0]
        return RegionChoice(h.region, "other", h.evidence, h.hint, h.platform)
    return RegionChoice("eu", "default")


_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def birth_from(settings: UserSettings, info: SourceInfo | None) -> Birth | None:
    """The birth year given by the user, else the export's birth date (any format with a 4-digit
    year: 1990-01-02, Mar 05, 1990; LinkedIn's "Mar 5" without a year gives nothing)."""
    if settings.birth_year:
        return Birth(settings.birth_year)
    text = (info.birth_date if info is not None else "") or ""
    match = _YEAR.search(text)
    if not match:
        return None
    year = int(match.group(1))
    day: date | None = None
    try:
        day = date.fromisoformat(text.strip()[:10])
    except ValueError:
        from .readers import parse_date

        parsed = parse_date(text.strip(), ("%b %d, %Y", "%B %d, %Y", "%d %B %Y", "%d/%m/%Y"))
        day = parsed.date() if parsed else None
    if day is not None and day.year != year:
        day = None
    return Birth(year, day)
