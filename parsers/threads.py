"""Threads data on its own: the `threads/` folder of a Meta download where it is all a person kept or
published (`threads/threads_and_replies.json`, `personal_information.json`, …), or a Threads-only
profile's download. Inside a whole Instagram download the Instagram parser reads the same folder
with the same handlers (parsers/instagram.py: threads_posts), so a post is one item either way.

Visibility comes from the Threads profile's own `Private Account` value (personal_information.json);
without it a post is unknown, never public. The policy is Meta's Threads entry (policies.toml)."""

from __future__ import annotations

from collections.abc import Iterator

from ai_exposure.i18n import N_
from ai_exposure.model import Problem
from ai_exposure.parsing import Context, ParserSpec, Route, Signature, context_route

from . import _meta, instagram

PLATFORM = "threads"
T = r"(?:your_instagram_activity/)?threads/"


def prepare(ctx: Context) -> Iterator[Problem]:
    yield from _meta.detect_html(ctx, "Threads")
    yield from instagram.threads_privacy(ctx)


SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("Threads data download"),
    signatures=(Signature(T + r"threads_and_replies\.json", 2), Signature(T + r"liked_threads\.json"),
                Signature(T + r"personal_information\.json")),
    routes=(
        Route(T + r"threads_and_replies\.json", instagram.threads_posts, "your Threads posts and replies"),
        context_route(T + r"personal_information\.json",
                      "the Threads profile, read for whether it is private"),
        Route(T + r"[^/]+\.json", None, "Threads likes, saved posts, followers and settings: lists, "
              "not content you posted"),
    ),
    prepare=prepare,
    split_archives=False,
    expects=N_("a Threads download: threads/threads_and_replies.json"),
)
