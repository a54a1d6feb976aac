"""The AI-training policy entries a parser module brings for its own platform (platforms.Platform
.policy_toml), kept in a TOML file next to the module (`<platform>.policy.toml`, policies.toml's
format) so that a policy change is an edit of that file alone."""

from __future__ import annotations

from importlib import resources


def policy_text(platform: str) -> str:
    return resources.files(__package__).joinpath(f"{platform}.policy.toml").read_text(encoding="utf-8")
