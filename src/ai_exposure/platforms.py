"""The platform table: every platform's name, label, colours, command-line aliases and policy key,
declared once. Item validation, policy validation, settings aliases, the report's names and colours,
history and compare ordering all read it.

The platforms this package parses are listed here; a parser module for another platform brings its
own entries (`ParserSpec.platforms`, registered when the spec is made, or `register`), so adding a
platform touches no core file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Platform:
    """One platform. `name` is the identifier in items, snapshots and policies (lower-case, no
    spaces: it is also a CSS class and an SQL literal); `label` its name for people; `colour` and
    `colour_dark` its colour in the report's charts (light and dark scheme), `text_colour` and
    `text_colour_dark` its name's colour as text where the chart colour is too light for that (WCAG AA,
    4.5:1 on the page's background; by default the chart colours); `aliases` other names
    people type for it on the command line; `policy_key` the name its AI-training policy entries are
    listed under (the platform's own name unless it shares another's policy); `policy_toml` the
    `[sources.*]` and `[policies.*]` entries of policies.toml's format that a platform not built in
    brings for itself (policy.load adds them to the packaged ones)."""

    name: str
    label: str
    colour: str = "#7d8597"
    colour_dark: str = "#9aa2b3"
    aliases: tuple[str, ...] = ()
    policy_key: str = ""
    text_colour: str = ""
    text_colour_dark: str = ""
    policy_toml: str = ""

    def __post_init__(self) -> None:
        # Names and colours go into CSS and SQL unquoted: only what is safe there is accepted.
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"platform name {self.name!r}: lower-case letters, digits and _ only")
        if not self.text_colour:
            object.__setattr__(self, "text_colour", self.colour)
        if not self.text_colour_dark:
            object.__setattr__(self, "text_colour_dark", self.colour_dark)
        for colour in (self.colour, self.colour_dark, self.text_colour, self.text_colour_dark):
            if not _COLOUR.fullmatch(colour):
                raise ValueError(f"platform {self.name}: colour {colour!r} is not #rrggbb")
        for alias in self.aliases:
            if not _NAME.fullmatch(alias):
                raise ValueError(f"platform {self.name}: alias {alias!r} is not a plain name")
        if not self.policy_key:
            object.__setattr__(self, "policy_key", self.name)


# In the order the report lists platforms.
BUILTIN: tuple[Platform, ...] = (
    Platform("x", "X (Twitter)", "#1d2330", "#d6dae3", aliases=("twitter",)),
    Platform("linkedin", "LinkedIn", "#0a66c2", "#4da3ff"),
    Platform("facebook", "Facebook", "#5046c8", "#8ea6ff", aliases=("fb",)),
    Platform("instagram", "Instagram", "#d6247a", "#ff6fae", aliases=("ig",)),
    Platform("threads", "Threads", "#7d8597", "#9aa2b3", text_colour="#545d70", text_colour_dark="#a6aec0"),
    Platform("youtube", "YouTube", "#e0301e", "#ff6b5c", text_colour="#b3261e", text_colour_dark="#ff8a80"),
    Platform("google", "Google", "#1e8e3e", "#5fd07f", text_colour="#1d6b41", text_colour_dark="#74d3a0"),
)

# Names that stand for several platforms on the command line. Meta's objection covers every account
# in the same Accounts Center, so "meta" means Facebook and Instagram together.
_GROUPS: dict[str, tuple[str, ...]] = {"meta": ("facebook", "instagram")}

_TABLE: dict[str, Platform] = {p.name: p for p in BUILTIN}
_REGISTRY_IMPORTED = False


def _with_registry() -> dict[str, Platform]:
    """The table, once the parser registry is imported: its modules register the platforms they
    bring, and a command that reads no export (history, compare) must know them too. Imported on
    first use, not at import time: the parser modules import this one."""
    global _REGISTRY_IMPORTED
    if not _REGISTRY_IMPORTED:
        _REGISTRY_IMPORTED = True
        import ai_exposure.parsers  # noqa: F401 - registers the parser modules' platforms
    return _TABLE


def register(platform: Platform) -> Platform:
    """Add a platform to the table (again with the same entry: nothing happens). A different entry
    under a name or alias already taken is a mistake in a parser module: ValueError."""
    known = _TABLE.get(platform.name)
    if known is not None:
        if known != platform:
            raise ValueError(f"platform {platform.name!r} is registered already, differently")
        return known
    taken = aliases()
    for alias in platform.aliases:
        if alias in taken or alias in _TABLE:
            raise ValueError(f"platform {platform.name}: alias {alias!r} is taken")
    if platform.name in taken:
        raise ValueError(f"platform {platform.name!r} is an alias of another platform")
    _TABLE[platform.name] = platform
    return platform


def unregister(name: str) -> None:
    """Take a registered platform out of the table again (tests that register one); the built-in
    ones stay."""
    if any(p.name == name for p in BUILTIN):
        raise ValueError(f"platform {name!r} is built in")
    _TABLE.pop(name, None)


def get(name: str) -> Platform:
    """The platform called `name`; KeyError when there is none."""
    _with_registry()
    return _TABLE[name]


def known(name: str) -> bool:
    return name in _TABLE or name in _with_registry()


def names() -> tuple[str, ...]:
    """Every platform's name, in table order (built-in ones first, then as registered)."""
    _with_registry()
    return tuple(_TABLE)


def all_platforms() -> Iterator[Platform]:
    _with_registry()
    return iter(tuple(_TABLE.values()))


def label(name: str) -> str:
    """The platform's name for people; an unknown name as it is (e.g. from an older snapshot)."""
    _with_registry()
    platform = _TABLE.get(name)
    return platform.label if platform else name


def labels() -> dict[str, str]:
    """name -> label for every platform (what templates look names up in)."""
    _with_registry()
    return {p.name: p.label for p in _TABLE.values()}


def order(name: str) -> tuple[int, str]:
    """A sort key: table order, unknown names after the known ones, alphabetically."""
    _with_registry()
    table = names()
    return (table.index(name), "") if name in _TABLE else (len(table), name)


def aliases() -> dict[str, tuple[str, ...]]:
    """Every name people may type for platforms -> the platforms it means: each platform's own
    name and aliases, and the groups ("meta")."""
    _with_registry()
    table: dict[str, tuple[str, ...]] = {}
    for p in _TABLE.values():
        table[p.name] = (p.name,)
        for alias in p.aliases:
            table[alias] = (p.name,)
    for group, members in _GROUPS.items():
        table[group] = tuple(m for m in members if m in _TABLE)
    return table


def css() -> str:
    """The report's per-platform CSS: a colour variable per platform (light and dark scheme) and the
    classes that use it, for dots, chart series and legend swatches."""
    _with_registry()
    light = " ".join(f"--pf-{p.name}:{p.colour}; --pf-{p.name}-text:{p.text_colour};"
                     for p in _TABLE.values())
    dark = " ".join(f"--pf-{p.name}:{p.colour_dark}; --pf-{p.name}-text:{p.text_colour_dark};"
                    for p in _TABLE.values())
    rules = "\n".join(
        f".pf-{n} {{ color: var(--pf-{n}-text); }} "
        f".dot.pf-{n}, .sw.s-pf-{n} {{ background: var(--pf-{n}); }} .s-pf-{n} {{ fill: var(--pf-{n}); }}"
        for n in _TABLE)
    return (f":root {{ {light} }}\n"
            f"@media (prefers-color-scheme: dark) {{ :root {{ {dark} }} }}\n{rules}\n")
