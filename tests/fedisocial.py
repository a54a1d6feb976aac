"""A parser module for a platform the core does not know: "FediSocial", a made-up microblog.

Everything a new platform brings is here, as a real parser module would bring it: its entry in the
platform table (name, label, colours, a command-line alias) and its AI-training policy entries, both
carried by its ParserSpec; the parser itself is a table of path patterns -> handlers. Nothing in
src/ai_exposure names it (tests/test_new_platform.py runs it end to end).

Layout (under any root): `fedisocial/account.json` ({"username", "exported_at"}) and
`fedisocial/statuses.json` (an array of {"id", "content", "published", "visibility"}, visibility
"public" or "followers")."""

from __future__ import annotations

import json

from ai_exposure.model import HIGH, PUBLIC, RESTRICTED, UNKNOWN, Item, Problem
from ai_exposure.parsing import ParserSpec, Route, Signature
from ai_exposure.platforms import Platform
from ai_exposure.readers import iter_json_array, json_stream, load_json, parse_iso

NAME = "fedisocial"
LABEL = "FediSocial"
COLOUR, COLOUR_DARK = "#0b7285", "#66d9e8"

# policies.toml's format: one source, and an entry for every region.
POLICY = """
[sources.FS1]
title = "FediSocial: how we use your posts for AI (made up for a test)"
url = "https://fedisocial.example/ai-policy"
date = "2024-05-01"
tier = "official"

[policies.fedisocial]
platforms = ["fedisocial"]
name = "FediSocial"

[policies.fedisocial.uses]
en = "Public statuses, for training FediSocial's own models."
nl = "Openbare statussen, om de eigen modellen van FediSocial te trainen."
sources = ["FS1"]

[[policies.fedisocial.scope]]
kinds = ["post"]
visibility = "public"
sources = ["FS1"]

[[policies.fedisocial.regions]]
regions = ["eu", "eea", "uk", "ch", "us", "other"]
status = { value = "active", sources = ["FS1"] }
training_start = { value = 2024-06-01, sources = ["FS1"] }
old_content = { value = true, sources = ["FS1"] }
opt_out = { value = "toggle", sources = ["FS1"] }
"""

PLATFORM = Platform(NAME, LABEL, COLOUR, COLOUR_DARK, aliases=("fedi",), policy_toml=POLICY)


def prepare(ctx):
    account = ctx.find_one(r"fedisocial/account\.json")
    if account is not None:
        data = load_json(account)
        ctx.info.account = str(data.get("username", ""))
        ctx.info.export_date = parse_iso(str(data.get("exported_at", "")))
    return ()


def statuses(member, ctx):
    for n, record in enumerate(iter_json_array(json_stream(member)), 1):
        if not isinstance(record, dict) or "id" not in record:
            yield Problem(member.relpath, f"status {n}", "no id")
            continue
        shown = record.get("visibility")
        yield Item(
            platform=NAME, kind="post", key=f"{NAME}:status:{record['id']}",
            created_at=parse_iso(str(record.get("published", ""))),
            visibility=PUBLIC if shown == "public" else RESTRICTED if shown == "followers" else UNKNOWN,
            evidence=f"{member.relpath}: visibility", confidence=HIGH,
            source_file=member.relpath, text=str(record.get("content", "")),
            url=f"https://fedisocial.example/s/{record['id']}",
        )


SPEC = ParserSpec(
    platform=NAME,
    label="FediSocial export",
    signatures=(Signature(r"fedisocial/account\.json", 2),),
    routes=(
        Route(r"fedisocial/account\.json", None, "account"),
        Route(r"fedisocial/statuses\.json", statuses, "statuses"),
    ),
    prepare=prepare,
    split_archives=False,
    platforms=(PLATFORM,),
)


def tree(exported_at: str, statuses: list[dict]) -> dict[str, str]:
    return {
        "fedisocial/account.json": json.dumps({"username": "tester", "exported_at": exported_at}),
        "fedisocial/statuses.json": json.dumps(statuses),
    }
