"""An embedded third-party post is debris; the article around it, and a quote of its own, are not.

newcomer37 (MEDIUM 5): a tweet embedded in a Spanish original (`<blockquote
class="twitter-tweet">`) was read as four headings, which became four "no French" beads and
four XLIFF units to translate. Each service's embed code below is the one it publishes (its
class, its fallback text and attribution); `markup_embeds` names them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli_bad_pages import NONE, cli
from workbench.ingest import markup
from workbench.ingest.extract import blocks_from_text, classify
from workbench.model import Kind
from workbench.pipeline.documents import detect_languages

HEADLINE = "El Govern aprueba el decreto de sequía para 200 municipios"
BEFORE = [
    "El Govern ha aprobado este martes el decreto de sequía que afectará a más de 200 "
    "municipios de Cataluña.",
    "La medida limita el riego de jardines y el llenado de piscinas a partir del próximo lunes.",
]
SUBHEAD = "Multas para los infractores"
AFTER = [
    "Los embalses de las cuencas internas se encuentran al 16 % de su capacidad, el nivel más "
    "bajo desde que hay registros.",
    "Los ayuntamientos podrán multar a quienes incumplan las restricciones con sanciones de "
    "hasta 3.000 euros.",
    "La consejera de Acción Climática ha pedido a los ciudadanos que reduzcan su consumo de "
    "agua en casa.",
]
TWEET = (
    '<blockquote class="twitter-tweet"><p lang="es" dir="ltr">Hoy hemos aprobado el decreto de'
    ' sequía. Cada litro cuenta. <a href="https://twitter.com/hashtag/Sequ%C3%ADa?src=hash&amp;'
    'ref_src=twsrc%5Etfw">#Sequía</a></p>&mdash; Govern (@govern) <a href="https://twitter.com/'
    'govern/status/1767503510000000000?ref_src=twsrc%5Etfw">March 12, 2026</a></blockquote>'
    ' <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
)
SVG = '<svg height="32" viewBox="0 0 79 75" width="32"><path d="M63 45.3v-20"></path></svg>'
EMBEDS = {
    "x": TWEET,
    "x video": TWEET.replace("twitter-tweet", "twitter-video"),
    "instagram": (
        '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink='
        '"https://www.instagram.com/p/C4xYzAb/?utm_source=ig_embed&amp;utm_campaign=loading"'
        ' data-instgrm-version="14" style="background:#FFF; border:0;"><div style="padding:16px;">'
        ' <a href="https://www.instagram.com/p/C4xYzAb/?utm_source=ig_embed&amp;utm_campaign='
        'loading" target="_blank"> <div style="display: flex;"><div style="height: 40px;"></div>'
        '</div> <div style="padding-top: 8px;"> <div style="color:#3897f0; font-weight:550;">Ver'
        ' esta publicación en Instagram</div></div></a><p style="margin:8px 0 0 0;"><a href='
        '"https://www.instagram.com/p/C4xYzAb/" target="_blank">Una publicación compartida por'
        " Agència Catalana de l'Aigua (@aca_aigua)</a></p></div></blockquote>"
        ' <script async src="//www.instagram.com/embed.js"></script>'
    ),
    "tiktok": (
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@aca_aigua/video/'
        '7345678901234567890" data-video-id="7345678901234567890" style="max-width: 605px;'
        'min-width: 325px;"> <section> <a target="_blank" title="@aca_aigua" href="https://www.'
        'tiktok.com/@aca_aigua?refer=embed">@aca_aigua</a> Así está hoy el pantano de Sau '
        '<a title="sequía" target="_blank" href="https://www.tiktok.com/tag/sequ%C3%ADa?refer='
        'embed">#sequía</a> <a target="_blank" title="♬ sonido original - ACA" href="https://www.'
        'tiktok.com/music/sonido-original-7345?refer=embed">♬ sonido original - ACA</a> </section>'
        ' </blockquote> <script async src="https://www.tiktok.com/embed.js"></script>'
    ),
    "facebook": (
        '<div id="fb-root"></div><div class="fb-post" data-href="https://www.facebook.com/govern'
        '/posts/123456" data-width="500" data-show-text="true"><blockquote cite="https://www.'
        'facebook.com/govern/posts/123456" class="fb-xfbml-parse-ignore"><p>Hoy hemos aprobado el'
        ' decreto de sequía. Cada litro cuenta.</p>Publicado por <a href="https://www.facebook.'
        'com/govern">Govern</a> en&nbsp;<a href="https://www.facebook.com/govern/posts/123456">'
        "Jueves, 12 de marzo de 2026</a></blockquote></div>"
    ),
    "bluesky": (
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post'
        '/3lmcux5" data-bluesky-cid="bafyreif" data-bluesky-embed-color-mode="system"><p lang="es">'
        'Hoy hemos aprobado el decreto de sequía. Cada litro cuenta.<br><br><a href="https://'
        'bsky.app/profile/did:plc:abc/post/3lmcux5?ref_src=embed">[image or embed]</a></p>&mdash;'
        ' Govern (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@govern.bsky.social'
        '</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3lmcux5?ref_src=embed">12 de '
        'marzo de 2026, 10:14</a></blockquote><script async src="https://embed.bsky.app/static/'
        'embed.js" charset="utf-8"></script>'
    ),
    "mastodon": (
        '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@govern/'
        '112233/embed" style="background: #FCF8FF; border-radius: 8px;"> <a href="https://'
        'mastodon.social/@govern/112233" target="_blank" style="display: flex;"> '
        f'{SVG} <div style="color: #787588; margin-top: 16px;">Post by @govern@mastodon.social'
        '</div> <div style="font-weight: 500;">View on Mastodon</div> </a> </blockquote> <script'
        ' data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/'
        'embed.js"></script>'
    ),
    "threads": (
        '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/'
        '@govern/post/C4abcDe" data-text-post-version="0" id="ig-tp-C4abcDe" style="background:'
        '#FFF;"> <a href="https://www.threads.net/@govern/post/C4abcDe" target="_blank"> <div>'
        f' <div>{SVG}</div> <div style="color: #999999;">Post by @govern</div> <div style='
        '"font-weight: 600;">View on Threads</div></div></a></blockquote> <script async src='
        '"https://www.threads.net/embed.js"></script>'
    ),
    "reddit": (
        '<blockquote class="reddit-embed-bq" data-embed-height="316"><a href="https://www.reddit.'
        'com/r/Barcelona/comments/1b2c3d/decreto_de_sequia/">Decreto de sequía: ¿qué cambia para'
        ' los vecinos?</a><br> by <a href="https://www.reddit.com/user/vei_del_barri/">'
        'u/vei_del_barri</a> in <a href="https://www.reddit.com/r/Barcelona/">Barcelona</a>'
        '</blockquote><script async="" src="https://embed.reddit.com/widgets.js" charset="UTF-8">'
        "</script>"
    ),
    "mastodon iframe": (
        '<iframe src="https://mastodon.social/@govern/112233/embed" class="mastodon-embed" style='
        '"max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen">Post by'
        ' @govern@mastodon.social</iframe><script src="https://mastodon.social/embed.js" async='
        '"async"></script>'
    ),
    "youtube": (
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title='
        '"YouTube video player" frameborder="0" allow="accelerometer; autoplay; encrypted-media"'
        " allowfullscreen>Tu navegador no admite iframes: mira el vídeo en YouTube.</iframe>"
    ),
    "vimeo": (
        '<iframe src="https://player.vimeo.com/video/123456" width="640" height="360" frameborder'
        '="0" allow="autoplay; fullscreen" allowfullscreen></iframe><p><a href="https://vimeo.com'
        '/123456">El pantano de Sau, a vista de dron</a> from <a href="https://vimeo.com/aca">ACA'
        '</a> on <a href="https://vimeo.com">Vimeo</a>.</p>'
    ),
}


def article(embed: str, lang: str = "es") -> str:
    """A news page: a menu, the article with ``embed`` between its paragraphs, a footer."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BEFORE)
    rest = f"<p>{AFTER[0]}</p><h2>{SUBHEAD}</h2>" + "".join(f"<p>{p}</p>" for p in AFTER[1:])
    return (
        f'<html lang="{lang}"><body><nav><a>Portada</a> <a>Política</a> <a>Economía</a></nav>'
        f"<article><h1>{HEADLINE}</h1>{paragraphs}{embed}{rest}</article>"
        "<footer><p>© 2026 Diario del Mediterráneo. Todos los derechos reservados.</p></footer>"
        "</body></html>"
    )


def kinds(page: str) -> dict[str, Kind]:
    blocks, _ = classify(markup.html_blocks(page), detect_languages)
    return {b.text: b.kind for b in blocks}


ARTICLE = {HEADLINE: Kind.HEADING, SUBHEAD: Kind.HEADING} | {
    p: Kind.BODY for p in [*BEFORE, *AFTER]
}


@pytest.mark.parametrize("service", list(EMBEDS))
def test_an_embedded_post_is_debris_and_the_article_around_it_intact(service: str) -> None:
    """Every line of the post (its text, hashtags, attribution, the service's "View on …"
    links) is debris, and every line of the article keeps the kind it has without the post."""
    read = kinds(article(EMBEDS[service]))
    assert {text: read[text] for text in ARTICLE} == ARTICLE
    post = {text: kind for text, kind in read.items() if text not in ARTICLE}
    post = {t: k for t, k in post.items() if not t.startswith(("Portada", "©"))}
    assert set(post.values()) <= {Kind.BOILERPLATE}, post


def test_the_tweet_s_lines_are_stored_as_debris_not_headings() -> None:
    """The finding's lines, one by one: text ending on a hashtag, attribution."""
    read = kinds(article(TWEET))
    assert read["Hoy hemos aprobado el decreto de sequía. Cada litro cuenta. #Sequía"] is (
        Kind.BOILERPLATE
    )
    assert read["— Govern (@govern) March 12, 2026"] is Kind.BOILERPLATE


def test_a_post_embedded_in_a_markdown_article_is_debris_too() -> None:
    """A static site's Markdown source keeps the embed code as raw HTML (Hugo, Jekyll)."""
    text = "\n\n".join([f"# {HEADLINE}", *BEFORE, TWEET, *AFTER]) + "\n"
    blocks, _ = blocks_from_text(text, ".md", detect_languages)
    read = {b.text: b.kind for b in blocks}
    assert read["— Govern (@govern) March 12, 2026"] is Kind.BOILERPLATE
    assert read["Hoy hemos aprobado el decreto de sequía. Cada litro cuenta. #Sequía"] is (
        Kind.BOILERPLATE
    )
    assert {read[p] for p in [*BEFORE, *AFTER]} == {Kind.BODY}


QUOTED = "Hoy hemos aprobado el decreto de sequía. Cada litro cuenta. #Sequía"


@pytest.mark.parametrize(
    "quote",
    [
        # the same post quoted as a plain quote (a translation's own words would be the same)
        f"<blockquote><p>{QUOTED}</p>— Govern (@govern) March 12, 2026</blockquote>",
        # a pull quote, and a quoted letter's salutation and signature
        '<blockquote class="pullquote"><p>Cada litro cuenta</p></blockquote>',
        "<blockquote><p>Señora consejera</p><p>Los regantes del Segre no podemos esperar más a"
        " que llegue el agua prometida.</p><p>Joan Puig, presidente</p></blockquote>",
    ],
)
def test_a_blockquote_without_an_embed_class_is_content_and_no_heading(quote: str) -> None:
    """Only the embed element is debris. A quote's lines are the quoted text: never
    headings, however short and unpunctuated ("Cada litro cuenta", "Señora consejera")."""
    read = kinds(article(quote))
    quoted = {t: k for t, k in read.items() if t not in ARTICLE}
    quoted = {t: k for t, k in quoted.items() if not t.startswith(("Portada", "©"))}
    assert quoted and set(quoted.values()) == {Kind.BODY}, quoted


@pytest.mark.parametrize(
    "line",
    ["— Govern (@govern) March 12, 2026", "#Sequía #AiguaCatalunya", "Cada litro cuenta. #Sequía"],
)
def test_an_attribution_or_a_hashtag_line_is_no_heading(line: str) -> None:
    """Out of any quote too: a line a dash opens is an attribution, dialogue or a list's
    item (no labelled heading opens so), and hashtags closing a line are a post's tags, not
    the end of its words."""
    page = article(f"<p>{line}</p>")
    assert kinds(page).get(line) is not Kind.HEADING


def test_a_heading_framed_by_dashes_or_holding_a_hashtag_stays_a_heading() -> None:
    """The rule reads an opening dash with no closing one, and only trailing hashtags."""
    for line in ["— Capítulo 1 —", "Las 10 claves del #DecretoSequía en Cataluña"]:
        assert kinds(article(f"<p>{line}</p>"))[line] is Kind.HEADING


FRENCH = [
    "Le gouvernement catalan adopte le décret sécheresse pour 200 communes",
    "Le gouvernement catalan a adopté ce mardi le décret sécheresse qui touchera plus de 200 "
    "communes de Catalogne.",
    "La mesure limite l'arrosage des jardins et le remplissage des piscines à partir de lundi "
    "prochain.",
    "Les réservoirs des bassins internes sont remplis à 16 % de leur capacité, le niveau le "
    "plus bas depuis le début des relevés.",
    "Des amendes pour les contrevenants",
    "Les mairies pourront sanctionner ceux qui ne respectent pas les restrictions par des "
    "amendes allant jusqu'à 3 000 euros.",
    "La conseillère à l'Action climatique a demandé aux citoyens de réduire leur consommation "
    "d'eau à la maison.",
]


def french_page() -> str:
    """The French translation: no tweet, the article's paragraphs in French."""
    head, *paragraphs = FRENCH
    body = "".join(
        f"<h2>{p}</h2>" if p == "Des amendes pour les contrevenants" else f"<p>{p}</p>"
        for p in paragraphs
    )
    return (
        '<html lang="fr"><body><nav><a>Accueil</a> <a>Politique</a></nav>'
        f"<article><h1>{head}</h1>{body}</article>"
        "<footer><p>© 2026 Journal de la Méditerranée. Tous droits réservés.</p></footer>"
        "</body></html>"
    )


def test_align_original_gives_no_bead_and_the_xliff_no_unit_for_an_embedded_tweet(
    tmp_path: Path,
) -> None:
    """End to end: the French page, its Spanish original with a tweet. The tweet's lines
    are stored as debris (and can be given back), take no bead and go to no XLIFF unit."""
    db = tmp_path / "w.db"
    (tmp_path / "sequia.fr.html").write_text(french_page(), encoding="utf-8")
    original = tmp_path / "sequia.es.html"
    original.write_text(article(TWEET), encoding="utf-8")
    assert cli("ingest", tmp_path / "sequia.fr.html", db=db)[0] == 0

    code, out, err = cli("align", "sequia.fr", "--to", "es", "--original", original, *NONE, db=db)
    assert code == 0, err
    assert "0 French sentences and 0 es sentences without counterpart" in out

    code, out, err = cli("beads", "sequia.fr", "--to", "es", "-f", "json", db=db)
    assert code == 0, err
    sides = " ".join(b["cp"] for b in json.loads(out))
    assert "sequía. Cada" not in sides and "Sequía" not in sides and "@govern" not in sides
    code, out, err = cli("segments", "sequia.es", "-f", "json", db=db)
    stored = {s["text"]: s["kind"] for s in json.loads(out)}
    tweet = ["Hoy hemos aprobado el decreto de sequía.", "Cada litro cuenta.", "#Sequía"]
    tweet.append("— Govern (@govern) March 12, 2026")
    assert {line: stored.get(line) for line in tweet} == dict.fromkeys(tweet, "boilerplate")

    xliff = tmp_path / "out.xlf"
    code, _, err = cli("export", "sequia.fr", "--to", "es", "-f", "xliff12", "-o", xliff, db=db)
    assert code == 0, err
    text = xliff.read_text(encoding="utf-8")
    assert "Multas para los infractores" in text
    assert "Cada litro cuenta" not in text and "@govern" not in text

    # stored as all debris is: a reviewer who wants the post aligned gives it back
    ids = {
        s["text"]: s["id"] for s in json.loads(cli("segments", "sequia.es", "-f", "json", db=db)[1])
    }
    code, _, err = cli(
        "restore", "sequia.es", ids["Cada litro cuenta."], "--reviewer", "ana", db=db
    )
    assert code == 0, err
    beads = json.loads(cli("beads", "sequia.fr", "--to", "es", "-f", "json", db=db)[1])
    assert "Cada litro cuenta." in [b["cp"] for b in beads]
