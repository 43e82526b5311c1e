"""An embedded third-party post known by its markup: a tweet, an Instagram or TikTok post, a
Facebook, Bluesky, Mastodon, Threads or Reddit post pasted into an article with the embed code
its service publishes.

Such an element holds another author's words with their attribution ("— Govern (@govern)
March 12, 2026"), hashtags and the service's own links ("View this post on Instagram"): a
translation of the article drops it or embeds the post again, untranslated. Its lines are
debris (`debris.line_evidence` forces them), stored and restorable as all debris is, never
headings (newcomer37: a tweet in a Spanish original was four headings, four "no French" beads
and four units to translate). A ``<blockquote>`` without an embed class (a pull quote, a quoted
letter, a tweet the other version quotes in its own words) is the article's. Video players'
iframes (YouTube, Vimeo, Mastodon's old code) are never read, fallback text and all
(`markup._DROP`).
"""

from __future__ import annotations

from typing import Any

# The class each service's embed code puts on its element, as the service publishes it:
# X/Twitter (blockquote.twitter-tweet, .twitter-video), Instagram (blockquote.instagram-media),
# TikTok (blockquote.tiktok-embed), Facebook (div.fb-post, div.fb-video, and the fallback
# blockquote.fb-xfbml-parse-ignore inside every Facebook plugin), Bluesky
# (blockquote.bluesky-embed), Mastodon 4.3+ (blockquote.mastodon-embed), Threads
# (blockquote.text-post-media), Reddit (blockquote.reddit-embed-bq, the older
# blockquote.reddit-card). Whole class tokens: "twitter-tweet-rendered" (widgets.js's class
# once the tweet is drawn) comes with "twitter-tweet" itself.
EMBED_CLASSES = frozenset({
    "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "fb-video",
    "fb-xfbml-parse-ignore", "bluesky-embed", "mastodon-embed", "text-post-media",
    "reddit-embed-bq", "reddit-card",
})  # fmt: skip


def is_embed(element: Any) -> bool:
    """Whether an lxml element is an embedded post by its class (`EMBED_CLASSES`)."""
    return _embed_class(str(element.get("class", "")).split())


def in_embed(path: str) -> bool:
    """Whether a block's `markup.RawBlock.path` ("body/article/blockquote.twitter-tweet/p")
    passes through an embedded post: the block is the post's own text or its attribution."""
    return any(_embed_class(step.split(".")[1:]) for step in path.split("/"))


def in_quote(path: str) -> bool:
    """Whether a block's `markup.RawBlock.path` passes through a ``<blockquote>``: a quote's
    line, which is no heading however short or unpunctuated it is."""
    return any(step.partition(".")[0] == "blockquote" for step in path.split("/"))


def _embed_class(tokens: list[str]) -> bool:
    return any(token.lower() in EMBED_CLASSES for token in tokens)
