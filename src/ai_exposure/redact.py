"""--no-text for file paths: the parts of an export's paths that are personal text.

Exports name some folders and files after what the user wrote or whom they wrote to: Meta names each
conversation's folder after the correspondent (`messages/inbox/leonmartin_abc123/`), YouTube names a
playlist's file after its title (`playlists/Knitting ideas videos.csv`), Google Photos an album's
folder after its title, Drive and the other private Google products keep the user's own file names,
LinkedIn an article's file after its title. Under --no-text such a part is replaced by a numbered
placeholder ("[hidden 3]") wherever a path is shown: the file lists, evidence, problems, notices. The
number is the same for the same name within a run, so items of one conversation stay together.

The rest of each path stays: which export file a finding comes from is what makes it checkable."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .i18n import Msg

PLACEHOLDER = "[hidden %d]"
_HIDDEN = re.compile(r"\[hidden \d+\]")

# Meta (Facebook, Instagram, Messenger): a folder per conversation, named after the other person.
_META_THREADS = ("inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover",
                 "secret_conversations")
# A name runs to the next "/" inside a path; evidence follows a path with ": ", so a name never spans it.
_SEGMENT = r"[^/\n\"]+?"
_REST = r"[^\n\"]+?"  # the rest of a path (a Drive file's folders and name)
_END = r"(?=\.[A-Za-z0-9]{1,8}(?::|\"|\s|\)|$)|:|\"|\s*$)"  # before the extension, or where the path ends


# Private Google products whose files carry the user's own names (not Chrome's History.json, Mail's
# fixed mbox names or Location History's Records.json, which say nothing about the user).
_OWN_NAMES = ("Drive", "Keep", "Google Keep", "Calendar", "Kalender", "Agenda", "Google Chat", "Tasks",
              "Aufgaben")


def _names(*values: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(v) for vs in values for v in vs}, key=len, reverse=True))


def _google_names() -> dict[str, tuple[str, ...]]:
    """Folder names from the Google parser's locale tables (playlists are `Playlists` in German,
    `oynatma listeleri` in Turkish)."""
    from .parsers._google_locales import LOCALES

    merged: dict[str, tuple[str, ...]] = {}
    for locale in LOCALES:
        for key, names in locale.names.items():
            merged[key] = merged.get(key, ()) + tuple(names)
    merged["private"] = _OWN_NAMES
    return merged


def _rules() -> list[re.Pattern[str]]:
    """Each rule: group 1 the part kept before, group 2 the personal part."""
    g = _google_names()
    flags = re.IGNORECASE
    youtube = r"YouTube[^/\n\"]*"
    own = _names(g.get("private", ()), g.get("drive", ()), g.get("my_maps", ()))
    return [
        re.compile(rf"((?:^|/|:)messages/(?:{_names(_META_THREADS)})/)({_SEGMENT})(?=/)", flags),
        # Facebook group chats: a file per group, named after it.
        re.compile(rf"((?:^|/|:)your_group_messages/)({_SEGMENT}){_END}", flags),
        # Facebook albums: a folder per album, named after it.
        re.compile(rf"((?:^|/|:)(?:posts/media|photos_and_videos)/)({_SEGMENT})(?=/)", flags),
        # LinkedIn articles: a file per article, named after its title.
        re.compile(rf"((?:^|/|:)Articles/Articles/)({_SEGMENT}){_END}", flags),
        # YouTube: a file per playlist (named after its title), uploaded videos under their titles.
        re.compile(rf"((?:^|/|:){youtube}/(?:{_names(g.get('yt_playlists', ()))})/)"
                   rf"(?!(?:{_names(g.get('yt_playlists_file', ()))})\.csv)({_SEGMENT})(?=\.csv)", flags),
        re.compile(rf"((?:^|/|:){youtube}/(?:{_names(g.get('yt_videos_dir', ()))})/)"
                   rf"(?![^/\n\"]+\.csv)({_SEGMENT}){_END}", flags),
        # Google Photos: a folder per album, named after its title.
        re.compile(rf"((?:^|/|:)(?:Takeout/)?(?:{_names(g.get('photos', ()))})/)({_SEGMENT})(?=/)", flags),
        # Blogger: a folder per blog, named after it.
        re.compile(rf"((?:^|/|:)(?:{_names(g.get('blogger', ()))})/(?:Blogs|Comments)/)({_SEGMENT})(?=/)",
                   flags),
        # Drive, My Maps, Keep, Calendar, Chat: the user's own names.
        re.compile(rf"((?:^|/|:)Takeout/(?:{own})/)({_REST}){_END}", flags),
    ]


# Query parameters that carry what the user typed (a search), not an id.
_TEXT_PARAMS = frozenset({"q", "query", "search_query", "search", "keywords", "text", "term"})
_TEXT_PARAM = re.compile(rf"[?&;](?:{'|'.join(sorted(_TEXT_PARAMS))})=", re.IGNORECASE)
# Links whose path is the title of what the user wrote (LinkedIn articles: /pulse/<title-slug>).
_TITLE_PATHS = re.compile(r"^https?://(?:[\w-]+\.)*linkedin\.com/pulse/", re.IGNORECASE)


def hide_url(url: str) -> str:
    """A link without the text the user wrote in it: search terms dropped from the query, a link
    named after an article's title dropped altogether (and the fragment of a link that had search
    terms); other links as they are."""
    if not url or _TITLE_PATHS.match(url):
        return ""
    if not _TEXT_PARAM.search(url):  # most links: an id, nothing typed
        return url
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in _TEXT_PARAMS]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))


# Message parameters that name another person (Instagram: "comment on @%(owner)s's media").
_PERSONAL_PARAMS = frozenset({"owner"})


_CACHE_SIZE = 1 << 16


class PathRedactor:
    """Replaces the personal parts of paths in text by numbered placeholders, the same number for the
    same name within one run."""

    def __init__(self) -> None:
        self._rules = _rules()
        self._numbers: dict[str, int] = {}
        self._done: dict[str, str] = {}
        self._messages: dict[tuple, Msg] = {}

    def _placeholder(self, name: str) -> str:
        if _HIDDEN.fullmatch(name):  # hidden already (text redacted twice)
            return name
        return PLACEHOLDER % self._numbers.setdefault(name.casefold(), len(self._numbers) + 1)

    def _hide(self, match: re.Match[str]) -> str:
        return match.group(1) + self._placeholder(match.group(2))

    def text(self, text: str) -> str:
        if "/" not in text:
            return text
        # Every item of a file has the same path and mostly the same evidence: each distinct text is
        # worked out once (a million items of a few thousand files cost a few thousand regex passes).
        done = self._done.get(text)
        if done is None:
            done = text
            for rule in self._rules:
                done = rule.sub(self._hide, done)
            if len(self._done) >= _CACHE_SIZE:
                self._done.clear()
            self._done[text] = done
        return done

    def message(self, value: str) -> str:
        """A string or a Msg (its parameters redacted in turn, so it still translates)."""
        if isinstance(value, Msg):
            if not value.params:
                return value
            plain = all(type(v) in (str, int) for v in value.params.values())
            key = (value.template, tuple(sorted(value.params.items()))) if plain else None
            if key is not None and key in self._messages:
                return self._messages[key]
            hidden = Msg(value.template, **{
                k: (self._placeholder(v) if k in _PERSONAL_PARAMS else self.message(v))
                if isinstance(v, str) else v for k, v in value.params.items()})
            if key is not None:
                if len(self._messages) >= _CACHE_SIZE:
                    self._messages.clear()
                self._messages[key] = hidden
            return hidden
        return self.text(value)
