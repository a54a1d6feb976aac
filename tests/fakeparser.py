"""A tiny export format for testing the core without any real platform's parser.

Layout (under any root): `notes/index.json` (signature), `notes/posts.json` (array of
{"id", "text", "date", "audience"}), `notes/ignored.bin` (known, not itemised)."""

from __future__ import annotations

import json

from ai_exposure.model import HIGH, PUBLIC, RESTRICTED, Item, Problem
from ai_exposure.parsing import ParserSpec, Route, Signature
from ai_exposure.readers import iter_json_array, json_stream, load_json, parse_iso


def prepare(ctx):
    index = ctx.find_one(r"notes/index\.json")
    if index is not None:
        data = load_json(index)
        ctx.info.account = data.get("account", "")
    return ()


def posts(member, ctx):
    n = 0
    for record in iter_json_array(json_stream(member)):
        n += 1
        if not isinstance(record, dict) or "id" not in record:
            yield Problem(member.relpath, f"record {n}", "no id")
            continue
        public = record.get("audience") == "everyone"
        yield Item(
            platform="x", kind="post", key=f"x:note:{record['id']}",
            created_at=parse_iso(record.get("date", "")),
            visibility=PUBLIC if public else RESTRICTED,
            evidence=f"{member.relpath}: audience", confidence=HIGH,
            source_file=member.relpath, text=record.get("text", ""),
            url=record.get("url", ""),
        )


SPEC = ParserSpec(
    platform="x",
    label="Test notes export",
    signatures=(Signature(r"notes/index\.json", 2),),
    routes=(
        Route(r"notes/index\.json", None, "account index"),
        Route(r"notes/posts(-part\d+)?\.json", posts, "posts"),
        Route(r"notes/ignored\.bin", None, "binary blob, not content"),
    ),
    prepare=prepare,
)


def tree(account: str = "tester", posts_json: str | None = None) -> dict[str, str | bytes]:
    return {
        "notes/index.json": json.dumps({"account": account}),
        "notes/posts.json": posts_json if posts_json is not None else (
            '[{"id": "1", "text": "hello world", "date": "2024-01-02T03:04:05Z", "audience": "everyone"},'
            ' {"id": "2", "text": "only friends", "date": "2024-02-02T03:04:05Z", "audience": "friends"}]'
        ),
        "notes/ignored.bin": b"\x00\x01",
        "notes/mystery.dat": "what is this",
    }
