"""Whether an item is likely used to train AI: a pure function of the item and what the platform
says it trains on. This first rule is deliberately simple; dated, per-region policy rules replace the
table below (see the policy issue)."""

from __future__ import annotations

from .model import LIKELY, POSSIBLE, PUBLIC, UNKNOWN, UNLIKELY, Item

# Kinds of public content each platform says (policies.md) it may use for training. Reactions,
# connections and activity are not content; messages are private everywhere.
TRAINED_KINDS: dict[str, frozenset[str]] = {
    "x": frozenset({"profile", "post", "comment", "repost", "photo", "video", "article"}),
    "linkedin": frozenset({"profile", "post", "comment", "article", "photo", "video"}),
    "facebook": frozenset({"profile", "post", "comment", "photo", "video", "story", "article"}),
    "instagram": frozenset({"profile", "post", "comment", "photo", "video", "story"}),
    "threads": frozenset({"profile", "post", "comment", "photo", "video"}),
    "youtube": frozenset({"profile", "post", "comment", "video", "playlist"}),
    "google": frozenset({"review", "post", "comment", "article"}),
}


def ai_training(item: Item) -> tuple[str, str]:
    """(`likely` | `possible` | `unlikely`, one-line reason)."""
    trained = item.kind in TRAINED_KINDS.get(item.platform, frozenset())
    if item.visibility == PUBLIC:
        if trained:
            return LIKELY, f"public {item.kind}, a kind of content {item.platform} trains on"
        return UNLIKELY, f"public, but {item.kind} is not content {item.platform} trains on"
    if item.visibility == UNKNOWN:
        if trained:
            return POSSIBLE, "visibility unknown: it may be public"
        return UNLIKELY, f"{item.kind} is not content {item.platform} trains on"
    if item.was_public and trained:
        return POSSIBLE, "restricted now, but public before: it may already have been used"
    return UNLIKELY, "not public"
