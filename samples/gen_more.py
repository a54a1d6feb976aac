"""Sample downloads of Reddit, TikTok, Threads, Mastodon and Bluesky in their real shapes (file
names, headers, keys, quirks of the eras seen in real downloads; see docs/formats/) with synthetic
values. `trees()` gives each as {path: content}; run this file to write them under samples/<platform>/
<era>/.

    python samples/gen_more.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import cbor2

HERE = Path(__file__).resolve().parent
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def _csv(header: str, *rows: str) -> str:
    return "\r\n".join((header, *rows)) + "\r\n"


def reddit_2023_04() -> dict[str, str | bytes]:
    """A whole 2023-04 download: messages.csv, chat_history.csv without thread_parent_message_id,
    a removed comment, a profile post (u_<name>), votes up/down/none, checkfile.csv."""
    files: dict[str, str | bytes] = {
        "posts.csv": _csv("id,permalink,date,ip,subreddit,gildings,title,url,body",
                          "p1a,https://www.reddit.com/r/synthetic/comments/p1a/a_title/,"
                          "2023-01-02 10:00:00 UTC,,"
                          "synthetic,0,A title,/r/synthetic/comments/p1a/a_title/,Some body text",
                          "p2b,https://www.reddit.com/r/u_tester/comments/p2b/mine/,2023-02-03 11:00:00 UTC,,"
                          "u_tester,0,On my profile,/r/u_tester/comments/p2b/mine/,"),
        "comments.csv": _csv("id,permalink,date,ip,subreddit,gildings,link,parent,body,media",
                             "c1,https://www.reddit.com/r/synthetic/comments/p9/x/c1/,"
                             "2023-03-01 09:00:00 UTC,,synthetic,0,"
                             "https://www.reddit.com/r/synthetic/comments/p9/x/,,\"a comment,\nover two "
                             "lines\",",
                             "c2,https://www.reddit.com/r/other/comments/p8/y/c2/,2023-03-02 09:00:00 UTC,,"
                             "other,0,https://www.reddit.com/r/other/comments/p8/y/,k9xyz,[removed],"),
        "comment_headers.csv": _csv("id,permalink,date,ip,subreddit,gildings,link,parent",
                                    "c1,https://www.reddit.com/r/synthetic/comments/p9/x/c1/,"
                                    "2023-03-01 09:00:00 UTC,,synthetic,0,https://www.reddit.com/r/synthetic/"
                                    "comments/p9/x/,"),
        "messages.csv": _csv("id,permalink,thread_id,date,ip,from,to,subject,body",
                             "m1,https://www.reddit.com/message/messages/m1,,2023-03-03 12:00:00 UTC,,"
                             "tester,someone,Hello,A private message"),
        "message_headers.csv": _csv("id,permalink,thread_id,date,ip,from,to"),
        "chat_history.csv": _csv("message_id,created_at,updated_at,username,message,channel_url,subreddit,"
                                 "channel_name,conversation_type",
                                 "ch1,2023-03-04 12:00:00 UTC,,someone,hi there,https://chat.example/ch,N/A,"
                                 "N/A,DirectMessage"),
        "post_votes.csv": _csv("id,permalink,direction", "v1,https://www.reddit.com/r/a/comments/v1/,up",
                               "v2,https://www.reddit.com/r/a/comments/v2/,none"),
        "comment_votes.csv": _csv("id,permalink,direction", "v3,https://www.reddit.com/r/a/comments/z/v3/,down"),
        "poll_votes.csv": _csv("post_id,user_selection,text,image_url,is_prediction,stake_amount",
                               "t3_v4,1,Option,,False,"),
        "saved_posts.csv": _csv("id,permalink", "s1,https://www.reddit.com/r/a/comments/s1/"),
        "subscribed_subreddits.csv": _csv("subreddit", "synthetic", "other"),
        "statistics.csv": _csv("statistic,value", "account name,tester",
                               "export time,2023-04-04 10:00:00 UTC",
                               "is_deleted,False"),
        "user_preferences.csv": _csv("preference,value", "public_votes,False", "hide_from_robots,False"),
        "ip_logs.csv": _csv("date,ip"),
        "gilded_posts.csv": _csv("id,permalink,award_id,quantity"),
    }
    names = sorted(files)
    files["checkfile.csv"] = _csv("filename,sha256", *(
        f"{n},{hashlib.sha256(str(files[n]).encode()).hexdigest()}" for n in names))
    return files


def reddit_2023_10() -> dict[str, str | bytes]:
    """A partial 2023-10 upload: LF row ends, no statistics, votes only."""
    return {
        "comments.csv": "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n"
                        "c7,https://www.reddit.com/r/b/comments/q/z/c7/,2023-10-01 08:00:00 UTC,,b,0,"
                        "https://www.reddit.com/r/b/comments/q/z/,,Later comment,\n",
        "post_votes.csv": "id,permalink,direction\nv9,https://www.reddit.com/r/b/comments/v9/,up\n",
    }


def tiktok_2024_12() -> dict[str, str | bytes]:
    """Only `Activity` ticked (2024 names): comments with lower-case keys, likes with Date/Link."""
    return {"user_data_tiktok.json": json.dumps({"Activity": {
        "Comments": {"App": 0, "CommentsList": [
            {"date": "2024-11-01 10:00:00", "comment": "nice video", "photo": "", "url": ""}]},
        "Favorite Effects": {"FavoriteEffectsList": None},
        "Like List": {"App": 0, "ItemFavoriteList": [
            {"Date": "2024-11-02 10:00:00", "Link": "https://www.tiktokv.com/share/video/7400000000000000001/"}]},
        "Favorite Videos": {"App": 0, "FavoriteVideoList": [
            {"Date": "2024-11-03 10:00:00", "Link": "https://www.tiktokv.com/share/video/7400000000000000002/"}]},
    }})}


def tiktok_2025_11() -> dict[str, str | bytes]:
    """A full 2025-11 download with the old section names (App Settings, Profile, Tiktok Live)."""
    video = {"Date": "2025-01-26 15:50:46", "Link": "https://www.tiktokv.com/share/video/7460000000000000001/",
             "Likes": "3", "WhoCanView": "Everyone", "AllowComments": "Yes", "Title": "first video",
             "AIGeneratedContent": "No", "Sound": "", "Location": ""}
    hidden = dict(video, Link="https://www.tiktokv.com/share/video/7460000000000000002/",
                  WhoCanView="Only You",
                  Title="just for me")
    return {"user_data_tiktok.json": json.dumps({
        "App Settings": {"Settings": {"App": 0, "SettingsMap": {
            "Private Account": "Disabled", "Who Can View Videos I Liked": "Myself"}}},
        "Comment": {"Comments": {"App": 0, "CommentsList": [
            {"date": "2025-10-20 18:56:08", "comment": "a comment", "photo": "", "url": ""}]}},
        "Direct Message": {"Direct Messages": {"ChatHistory": {"Chat History with friend1:": [
            {"Date": "2025-06-17 19:00:49", "From": "tester", "Content": "hello"},
            {"Date": "2025-06-17 19:01:00", "From": "friend1", "Content": "hi"}]}}},
        "Post": {"Posts": {"VideoList": [video, hidden]}, "Recently Deleted Posts": {"PostList": []}},
        "Profile": {"Profile Info": {"App": 0, "ProfileMap": {
            "userName": "tester", "displayName": "Test Er", "bioDescription": "", "birthDate": "01-Jan-2000",
            "inferredGender": "None"}}},
        "Tiktok Live": {"Watch Live History": {"WatchLiveMap": {"7499600000000000000": {
            "Comments": [{"CommentTime": "2025-05-01 20:00:00", "CommentContent": "hey live",
                          "RawTime": 1746129600}], "Link": "", "WatchTime": ""}}}},
        "Your Activity": {"Like List": {"App": 0, "ItemFavoriteList": [
            {"date": "2025-09-09 09:09:09", "link": "https://www.tiktokv.com/share/video/7460000000000000009/"}]},
            "Watch History": {"VideoList": [{"Date": "2025-09-09 09:00:00", "Link": "https://x"}]}},
        "TikTok Shop": {"Order History": {"OrderHistories": None}},
    })}


def tiktok_txt_2025_12() -> dict[str, str | bytes]:
    return {"Direct Messages.txt": (
        ">>> Chat History with friend1::\n\n2025-12-20 10:00:00 UTC friend1: newest\n\n"
        "2025-12-19 09:00:00 UTC tester: a message\nover two lines\n\n"
        ">>> Chat History with Group_Chat_123::\n\n2025-01-20 08:00:00 UTC tester: group hello\n")}


def threads_2024_03() -> dict[str, str | bytes]:
    """2024: no text_app_post on any item; a post-level title on multi-media items."""
    return {"threads/threads_and_replies.json": json.dumps({"text_post_app_text_posts": [
        {"media": [{"uri": "", "creation_timestamp": 1702540800, "title": "ein Beitrag",
                    "cross_post_source": {"source_app": "FB"}}]},
        {"title": "zwei Bilder", "creation_timestamp": 1702627200, "media": [
            {"uri": "media/a.jpg", "creation_timestamp": 1702627200, "title": "",
             "cross_post_source": {"source_app": "FB"}},
            {"uri": "media/b.jpg", "creation_timestamp": 1702627200, "title": "",
             "cross_post_source": {"source_app": "FB"}}]}]})}


def threads_2026() -> dict[str, str | bytes]:
    """2026: text_app_post with is_reply; the profile's Private Account value."""
    post = {"media": [{"uri": "", "creation_timestamp": 1767225600, "title": "a post",
                       "text_app_post": {"reply_control": "everyone", "geo_gated_country_list": "",
                                         "is_reply": False}}]}
    reply = {"media": [{"uri": "", "creation_timestamp": 1767312000, "title": "a reply",
                        "text_app_post": {"reply_control": "everyone", "geo_gated_country_list": "",
                                          "is_reply": True}}]}
    return {
        "your_instagram_activity/threads/threads_and_replies.json":
            json.dumps({"text_post_app_text_posts": [post, reply]}),
        "your_instagram_activity/threads/personal_information.json": json.dumps(
            {"text_post_app_text_post_app_profile": [{"string_map_data": {
                "Username": {"value": "tester"}, "Private Account": {"value": "False"}}}]}),
    }


def _mastodon(host: str, actor_path: str, statuses: list[dict], locked: bool, era_2022: bool
              ) -> dict[str, str | bytes]:
    actor = f"https://{host}{actor_path}"
    followers = f"{actor}/followers"
    items = []
    for s in statuses:
        to, cc = {"public": ([PUBLIC], [followers]), "unlisted": ([followers], [PUBLIC]),
                  "followers": ([followers], []), "direct": (s.get("mentions", []), [])}[s["shown"]]
        obj = {"id": f"{actor}/statuses/{s['id']}", "type": s.get("type", "Note"),
               "url": f"https://{host}/@tester/{s['id']}", "published": s["at"], "to": to, "cc": cc,
               "inReplyTo": s.get("reply"), "content": f"<p>{s['text']}</p>", "summary": None,
               "attachment": s.get("attachment", []), "attributedTo": actor, "tag": []}
        activity = {"id": f"{actor}/statuses/{s['id']}/activity", "type": "Create", "actor": actor,
                    "published": s["at"], "to": to, "cc": cc, "object": obj}
        if era_2022:
            activity["@context"] = "https://www.w3.org/ns/activitystreams"
            activity["signature"] = {"type": "RsaSignature2017", "signatureValue": "c3ludGhldGlj"}
        items.append(activity)
    items.append({"id": f"{actor}/statuses/99/activity", "type": "Announce", "actor": actor,
                  "published": "2022-05-01T00:00:00Z", "to": [PUBLIC], "cc": [followers],
                  "object": "https://elsewhere.example/users/other/statuses/5"})
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
              "type": "OrderedCollection", "totalItems": len(items) + 3, "orderedItems": items}
    likes = {"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
             "type": "OrderedCollection", "orderedItems": ["https://elsewhere.example/users/other/statuses/7"]}
    bookmarks = dict(likes, id="bookmarks.json", orderedItems=["https://elsewhere.example/users/o/statuses/8"])
    if era_2022:
        likes["totalItems"] = bookmarks["totalItems"] = 1
    return {
        "outbox.json": json.dumps(outbox),
        "actor.json": json.dumps({"id": actor, "type": "Person", "preferredUsername": "tester",
                                  "name": "Test Er", "summary": "<p>synthetic bio</p>",
                                  "followers": followers, "outbox": "outbox.json", "likes": "likes.json",
                                  "bookmarks": "bookmarks.json", "manuallyApprovesFollowers": locked,
                                  "url": f"https://{host}/@tester", "published": "2020-01-01T00:00:00Z",
                                  "attachment": [{"type": "PropertyValue", "name": "site",
                                                  "value": "example"}]}),
        "likes.json": json.dumps(likes),
        "bookmarks.json": json.dumps(bookmarks),
    }


def mastodon_2022_06() -> dict[str, str | bytes]:
    """A locked o3o.ca-style account, 2022: signatures, every visibility, a direct status whose
    mentioned account is gone (empty `to`), a poll."""
    return _mastodon("social.example", "/users/tester", [
        {"id": "1", "shown": "public", "at": "2022-01-01T10:00:00Z", "text": "hello world"},
        {"id": "2", "shown": "unlisted", "at": "2022-01-02T10:00:00Z", "text": "quiet public"},
        {"id": "3", "shown": "followers", "at": "2022-01-03T10:00:00Z", "text": "followers only"},
        {"id": "4", "shown": "direct", "at": "2022-01-04T10:00:00Z", "text": "a dm",
         "mentions": ["https://elsewhere.example/users/friend"]},
        {"id": "5", "shown": "direct", "at": "2022-01-05T10:00:00Z", "text": "dm to a gone account"},
        {"id": "6", "shown": "public", "at": "2022-01-06T10:00:00Z", "text": "a reply",
         "reply": "https://elsewhere.example/users/other/statuses/1"},
        {"id": "7", "shown": "public", "at": "2022-01-07T10:00:00Z", "text": "thread",
         "reply": "https://social.example/users/tester/statuses/1"},
        {"id": "8", "shown": "public", "at": "2022-01-08T10:00:00Z", "text": "a poll", "type": "Question"},
    ], locked=True, era_2022=True)


def mastodon_2026_07() -> dict[str, str | bytes]:
    """mastodon.social 2026: numeric /ap/users/ actor, no signatures, no totalItems on likes."""
    return _mastodon("mastodon.example", "/ap/users/116800000000000000", [
        {"id": "11", "shown": "public", "at": "2026-07-01T10:00:00Z", "text": "new era",
         "attachment": [{"type": "Document", "mediaType": "image/png",
                         "url": "/media_attachments/files/1.png"}]},
        {"id": "12", "shown": "unlisted", "at": "2026-07-02T10:00:00Z", "text": "unlisted"},
    ], locked=False, era_2022=False)


# ---------------------------------------------------------------- Bluesky (CAR v1, DAG-CBOR)

def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def cid_of(data: bytes) -> bytes:
    """A CIDv1, dag-cbor codec, sha2-256."""
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest()


def car(blocks: list[bytes], root: bytes | None = None) -> bytes:
    cids = [cid_of(b) for b in blocks]
    header = cbor2.dumps({"version": 1, "roots": [cbor2.CBORTag(42, b"\x00" + (root or cids[0]))]})
    out = bytearray(_varint(len(header)) + header)
    for cid, block in zip(cids, blocks, strict=True):
        out += _varint(len(cid) + len(block)) + cid + block
    return bytes(out)


def bluesky_repo() -> dict[str, str | bytes]:
    did = "did:plc:synthetic0000000000000000"
    records = [
        {"$type": "app.bsky.actor.profile", "displayName": "Test Er", "description": "synthetic bio"},
        {"$type": "app.bsky.feed.post", "text": "hello bluesky", "createdAt": "2025-01-01T10:00:00.000Z",
         "langs": ["en"]},
        {"$type": "app.bsky.feed.post", "text": "a reply to someone", "createdAt": "2025-01-02T10:00:00.000Z",
         "reply": {"root": {"uri": "at://did:plc:other/app.bsky.feed.post/3k", "cid": "bafy"},
                   "parent": {"uri": "at://did:plc:other/app.bsky.feed.post/3k", "cid": "bafy"}}},
        {"$type": "app.bsky.feed.post", "text": "my own thread", "createdAt": "2025-01-03T10:00:00.000Z",
         "reply": {"root": {"uri": f"at://{did}/app.bsky.feed.post/3a", "cid": "bafy"},
                   "parent": {"uri": f"at://{did}/app.bsky.feed.post/3a", "cid": "bafy"}},
         "embed": {"$type": "app.bsky.embed.images", "images": [{"alt": ""}, {"alt": ""}]}},
        {"$type": "app.bsky.feed.like", "createdAt": "2025-01-04T10:00:00.000Z",
         "subject": {"uri": "at://did:plc:other/app.bsky.feed.post/3k", "cid": "bafy"}},
        {"$type": "app.bsky.feed.repost", "createdAt": "2025-01-05T10:00:00.000Z",
         "subject": {"uri": "at://did:plc:other/app.bsky.feed.post/3m", "cid": "bafy"}},
        {"$type": "app.bsky.graph.follow", "createdAt": "2025-01-06T10:00:00.000Z",
         "subject": "did:plc:other"},
        # Another app's post-like record in the same repository: not a Bluesky post.
        {"$type": "social.psky.feed.post", "text": "elsewhere", "createdAt": "2025-01-07T10:00:00.000Z"},
        {"$type": "app.bsky.feed.threadgate", "post": f"at://{did}/app.bsky.feed.post/3a",
         "hiddenReplies": []},
    ]
    record_blocks = [cbor2.dumps(r) for r in records]
    # Each record under "<collection>/<TID>"; the foreign app's record claims to be a Bluesky post
    # in its $type, but its collection says whose it is.
    paths = [("social.psky.feed.post" if n == 7 else r["$type"]) + "/"
             + ("self" if n == 0 else f"3laaaaaaaa{n:03d}") for n, r in enumerate(records)]
    records[7]["$type"] = "app.bsky.feed.post"
    record_blocks[7] = cbor2.dumps(records[7])
    entries, previous = [], ""
    for path, block in sorted(zip(paths, record_blocks, strict=True)):
        shared = 0
        while shared < min(len(path), len(previous)) and path[shared] == previous[shared]:
            shared += 1
        entries.append({"p": shared, "k": path[shared:].encode(),
                        "v": cbor2.CBORTag(42, b"\x00" + cid_of(block)), "t": None})
        previous = path
    mst = cbor2.dumps({"l": None, "e": entries})
    commit = cbor2.dumps({"did": did, "version": 3, "data": cbor2.CBORTag(42, b"\x00" + cid_of(mst)),
                          "rev": "3l", "prev": None, "sig": b"\x00" * 64})
    # Blocks in no particular order: records before the tree that names them.
    return {"repo.car": car([commit, *record_blocks[:4], mst, *record_blocks[4:]])}


TREES = {
    "reddit/2023-04": reddit_2023_04, "reddit/2023-10": reddit_2023_10,
    "tiktok/2024-12": tiktok_2024_12, "tiktok/2025-11": tiktok_2025_11,
    "tiktok/txt-2025-12": tiktok_txt_2025_12,
    "threads/2024-03": threads_2024_03, "threads/2026": threads_2026,
    "mastodon/2022-06": mastodon_2022_06, "mastodon/2026-07": mastodon_2026_07,
    "bluesky/2025": bluesky_repo,
}


# What each tree holds, counted from the records written above (tests/test_samples_expected.py
# checks that the tool finds exactly this): items, items per kind, files per status.
EXPECTED: dict[str, dict] = {
    "reddit/2023-04": {"kinds": {"post": 2, "comment": 2, "message": 2, "reaction": 3, "activity": 2,
                                 "connection": 2},
                       "files": {"parsed": 9, "context": 3, "ignored": 4}},
    "reddit/2023-10": {"kinds": {"comment": 1, "reaction": 1}, "files": {"parsed": 2}},
    "tiktok/2024-12": {"kinds": {"comment": 1, "reaction": 1, "activity": 1}, "files": {"parsed": 1}},
    # Two videos, a comment and a LIVE comment, both sides of a chat, a like, username and name.
    "tiktok/2025-11": {"kinds": {"video": 2, "comment": 2, "message": 2, "reaction": 1, "profile": 2},
                       "files": {"parsed": 1}},
    "tiktok/txt-2025-12": {"kinds": {"message": 3}, "files": {"parsed": 1}},
    "threads/2024-03": {"kinds": {"post": 2}, "files": {"parsed": 1}},
    # Inside an Instagram download's folder: read by the Instagram parser, the profile file for
    # its privacy value (context).
    "threads/2026": {"kinds": {"post": 1, "comment": 1}, "files": {"parsed": 1, "context": 1}},
    # Statuses 1, 2, 3, 7 (own thread), 8 (a poll) posts; 4 and 5 direct; 6 a reply to another
    # account; a boost; name, bio and one profile field; a favourite; a bookmark.
    "mastodon/2022-06": {"kinds": {"post": 5, "message": 2, "comment": 1, "repost": 1, "profile": 3,
                                   "reaction": 1, "activity": 1}, "files": {"parsed": 4}},
    "mastodon/2026-07": {"kinds": {"post": 2, "repost": 1, "profile": 3, "reaction": 1, "activity": 1},
                         "files": {"parsed": 4}},
    # The threadgate and the other app's post are not itemised.
    "bluesky/2025": {"kinds": {"profile": 1, "post": 2, "comment": 1, "reaction": 1, "repost": 1,
                               "connection": 1}, "files": {"parsed": 1}},
}


def main() -> None:
    manifests: dict[str, dict] = {}
    for name, make in TREES.items():
        for rel, content in make().items():
            path = HERE / name / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="")
        platform, era = name.split("/")
        expected = EXPECTED[name]
        manifests.setdefault(platform, {})[era] = {
            "trees": [era], "items": sum(expected["kinds"].values()), "kinds": expected["kinds"],
            "files": {k: expected["files"].get(k, 0) for k in ("parsed", "context", "ignored", "unknown")}}
    for platform, manifest in manifests.items():
        (HERE / platform / "expected.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                                                      encoding="utf-8")


if __name__ == "__main__":
    main()
