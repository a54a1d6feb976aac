"""One module per platform. Registration is this explicit table: adding a platform is one module and
one line here."""

from ai_exposure.parsing import ParserSpec

from . import bluesky, facebook, google, instagram, linkedin, mastodon, reddit, threads, tiktok, x

REGISTRY: dict[str, ParserSpec] = {
    "bluesky": bluesky.SPEC,
    "facebook": facebook.SPEC,
    "google": google.SPEC,
    "instagram": instagram.SPEC,
    "linkedin": linkedin.SPEC,
    "mastodon": mastodon.SPEC,
    "reddit": reddit.SPEC,
    "threads": threads.SPEC,
    "tiktok": tiktok.SPEC,
    "x": x.SPEC,
}
