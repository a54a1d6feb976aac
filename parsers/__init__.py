"""One module per platform. Registration is this explicit table: adding a platform is one module and
one line here."""

from ai_exposure.parsing import ParserSpec

from . import facebook, google, instagram, linkedin, mastodon, reddit, tiktok, x

REGISTRY: dict[str, ParserSpec] = {
    "facebook": facebook.SPEC,
    "google": google.SPEC,
    "instagram": instagram.SPEC,
    "linkedin": linkedin.SPEC,
    "mastodon": mastodon.SPEC,
    "reddit": reddit.SPEC,
    "tiktok": tiktok.SPEC,
    "x": x.SPEC,
}
