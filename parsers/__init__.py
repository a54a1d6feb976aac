"""One module per platform. Registration is this explicit table: adding a platform is one module and
one line here."""

from ai_exposure.parsing import ParserSpec

from . import linkedin, x

REGISTRY: dict[str, ParserSpec] = {
    "linkedin": linkedin.SPEC,
    "x": x.SPEC,
}
