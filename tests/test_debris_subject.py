"""A privacy policy, a cookie policy or terms of use is the article when the page is one: its
vocabulary of consent, data and subscriptions is then no debris evidence. A newsletter
platform's call after the post ("Thanks for reading …! Subscribe for free …") is debris in
every language (issue 13, session 22).

Each rule holds in four languages or more, and no body, heading or caption line of the
labelled pages (`bench/data/pages`) is a platform's call.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests import debris_bench
from tests.debris_text import ARTICLE_EN, ARTICLE_FR, kinds
from workbench.ingest import debris
from workbench.ingest.debris_features import notice_topic, page_topic
from workbench.ingest.debris_frame import mark_site_statements
from workbench.ingest.debris_newsletter import is_platform_call, newsletter_boxes
from workbench.ingest.debris_subject import is_notice_page, notice_article, notice_title
from workbench.model import Kind

# A translated privacy policy, in the shape of held-out 22's app page: a banner on top, its
# title, its date, its sections; every sentence speaks of data, consent or subscriptions.
POLICIES = {
    "es": [
        "Aceptar todo | Gestionar preferencias",
        "Política de privacidad",
        "Última actualización: 1 de octubre de 2026",
        "Esta política explica qué datos personales tratamos cuando usas la aplicación y cuáles"
        " son tus derechos.",
        "2. Qué datos recogemos",
        "Recogemos tu dirección de correo electrónico y, si lo autorizas, datos de uso anónimos"
        " para mejorar la aplicación.",
        "3. Para qué los usamos",
        "Usamos tus datos para guardar tu progreso, enviarte recordatorios y gestionar tu"
        " suscripción cuando la contratas.",
        "4. Con quién los compartimos",
        "Tus datos se alojan en la Unión Europea y solo los compartimos con nuestro proveedor de"
        " pagos cuando contratas una suscripción.",
        "5. Tus derechos",
        "Puedes acceder a tus datos, rectificarlos o suprimirlos escribiendo a nuestro delegado"
        " de protección de datos en cualquier momento.",
    ],
    "fr": [
        "Tout accepter | Personnaliser",
        "Politique de confidentialité",
        "Dernière mise à jour : 14 octobre 2026",
        "Cette politique explique quelles données personnelles nous traitons lorsque vous"
        " utilisez l'application, et quels sont vos droits.",
        "Données collectées",
        "Avec votre consentement, nous collectons des données d'utilisation anonymisées qui nous"
        " aident à corriger les erreurs.",
        "Cookies",
        "Sur notre site, nous déposons des cookies de mesure d'audience si vous les acceptez, et"
        " vos choix sont conservés six mois.",
        "Vos droits",
        "Conformément au RGPD, vous pouvez accéder à vos données, les rectifier ou les effacer en"
        " nous écrivant à tout moment.",
    ],
    "en": [
        "Accept all | Manage preferences",
        "Privacy policy",
        "Last updated: 2 November 2026",
        "This notice explains which personal data we process when you use the app and which"
        " rights you have over it.",
        "What we collect",
        "When you create an account, we collect your email address and, with your consent,"
        " anonymous usage data about crashes.",
        "Cookies",
        "Our site sets analytics cookies only if you click Accept all or switch them on under"
        " Manage preferences.",
        "Your rights",
        "You can ask us at any time to see, correct or delete your personal data by writing to"
        " our data protection officer.",
    ],
    "de": [
        "Alle akzeptieren | Einstellungen",
        "Datenschutzerklärung",
        "Stand: 1. November 2026",
        "Im Folgenden erläutern wir, welche personenbezogenen Daten wir bei der Nutzung unserer"
        " App verarbeiten und welche Rechte Sie haben.",
        "Welche Daten wir verarbeiten",
        "Wenn Sie ein Konto anlegen, verarbeiten wir Ihre Daten, also Ihre E-Mail-Adresse und"
        " Ihren Namen, zur Erfüllung des Vertrags.",
        "Cookies",
        "Statistik-Cookies setzen wir nur mit Ihrer Einwilligung, die Sie über unser Banner"
        " erteilen und jederzeit widerrufen können.",
        "Ihre Rechte",
        "Sie können jederzeit Auskunft über Ihre Daten verlangen und deren Berichtigung oder"
        " Löschung beantragen.",
    ],
}


@pytest.mark.parametrize("lang", sorted(POLICIES))
def test_a_privacy_policy_is_a_notice_page_about_consent_and_the_law(lang: str) -> None:
    page = POLICIES[lang]
    assert is_notice_page([t for t in page if len(t.split()) >= 12])
    topic = notice_topic(page, lang)
    assert topic is not None and {"consent", "legal"} <= topic


def test_an_article_about_cookie_banners_is_no_notice_page() -> None:
    """Its topic is consent (`page_topic`), and the model's columns read that; it is no
    notice: the rules that keep a notice's lines stay off."""
    from tests.test_debris_kinds import COOKIE_STORY

    assert page_topic(COOKIE_STORY, "en") == frozenset({"consent"})
    assert notice_topic(COOKIE_STORY, "en") is None


@pytest.mark.parametrize(
    ("texts", "notice", "prose", "forced", "kept"),
    [
        # From the first prose line to the last that speaks as a notice, the unforced lines.
        (["Accept all", "We process your data.", "2. Rights", "Ask for your data.", "© 2026 X."],
         True, [True, True, False, True, True], [True, False, False, False, False],
         [False, True, True, True, False]),
        # Not a notice page: nothing.
        (["We process your data.", "2. Rights", "Ask for your data."], False,
         [True, False, True], [False] * 3, [False] * 3),
        # A forced line inside stays forced.
        (["We process your data.", "Publicité", "Ask for your data."], True,
         [True, False, True], [False, True, False], [True, False, True]),
    ],
)  # fmt: skip
def test_a_notice_page_keeps_its_notice_s_lines(
    texts: list[str], notice: bool, prose: list[bool], forced: list[bool], kept: list[bool]
) -> None:
    assert notice_article(texts, notice, prose, forced) == kept


@pytest.mark.parametrize("lang", sorted(POLICIES))
def test_a_translated_privacy_policy_keeps_its_title_sections_and_sentences(lang: str) -> None:
    """Held-out 22's translated privacy policy lost 7 lines: its sentences' data, consent and
    subscriptions read as a banner's. Its banner on top stays debris by its shape."""
    page = POLICIES[lang]
    mask = debris.boilerplate_mask(page, [False] * len(page), lang)
    assert mask[0], "the banner's buttons"
    assert [t for t, m in zip(page[1:], mask[1:], strict=True) if m and t != page[2]] == []


@pytest.mark.parametrize(
    ("sentences", "notice"),
    [
        (POLICIES["en"][3::2], True),
        # An article that names data protection once, and a banner's two sentences over it.
        (["We use cookies to measure the audience and show you adverts that suit you.",
          "You can withdraw your consent at any time in the privacy centre of the site.",
          *ARTICLE_EN], False),
        (["Le règlement général sur la protection des données a huit ans cette année.",
          *ARTICLE_FR], False),
        (["Estas condiciones regulan el uso de la plataforma y el usuario las acepta al"
          " registrarse.", "El usuario es responsable de mantener la confidencialidad de su"
          " contraseña.", "Tratamos los datos personales del usuario conforme a nuestra política"
          " de privacidad."], True),
    ],
)  # fmt: skip
def test_a_notice_page_is_one_whose_sentences_mostly_speak_as_a_notice(
    sentences: list[str], notice: bool
) -> None:
    assert is_notice_page(sentences) is notice


@pytest.mark.parametrize(
    ("texts", "prose", "topic", "title"),
    [
        (["Menu", "Privacy policy", "We process your data."], [False, False, True],
         {"consent"}, 1),
        (["Conditions générales d'utilisation", "Les présentes conditions…"], [False, True],
         {"legal"}, 0),
        # A footer's link stands below the prose; a menu's separators name many pages.
        (["Our policy", "We process your data.", "Privacy policy"], [False, True, False],
         {"consent"}, None),
        (["Home | Privacy policy | Terms", "We process your data."], [False, True],
         {"consent"}, None),
        # A page about something else: a "Privacy policy" link over it is chrome.
        (["Privacy policy", "The seed library opened in March."], [False, True], set(), None),
    ],
)  # fmt: skip
def test_a_notice_page_s_title_names_the_notice_above_its_prose(
    texts: list[str], prose: list[bool], topic: set[str], title: int | None
) -> None:
    found = notice_title(texts, prose, frozenset(topic))
    assert found == [i == title for i in range(len(texts))]


@pytest.mark.parametrize(
    ("prose", "forced"),
    [
        # A cookie policy's sentence amid its prose is the policy's.
        ([True, True, True], False),
        # The same words over the prose, or on a page whose prose does not hold them: a banner.
        ([False, True, True], True),
        ([True, False, True], True),
    ],
)
def test_a_cookie_notice_amid_the_prose_is_no_banner(prose: list[bool], forced: bool) -> None:
    texts = [
        "Cookies are small files that a website stores on your device.",
        "On this site you accept analytics cookies only by clicking Accept all.",
        "You can change your choices at any time.",
    ]
    mask = [False] * 3
    mark_site_statements(texts, mask, prose)
    assert mask[1] is forced


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("Thanks for reading Inky Ribbons! Subscribe for free to receive new posts and support"
         " my work.", True),
        ("Merci de lire Carnets du bocage ! Abonnez-vous gratuitement pour recevoir les nouveaux"
         " articles et soutenir mon travail.", True),
        ("¡Gracias por leer Crónica lenta! Suscríbete gratis para recibir las nuevas entradas.",
         True),
        ("Danke fürs Lesen! Wenn dir der Gartenbrief gefällt, leite ihn an eine Freundin weiter.",
         True),
        ("Grazie per aver letto! Condividi questo post con chi potrebbe apprezzarlo.", True),
        ("Thanks for reading! If you enjoyed this story, follow me for more, and clap.", True),
        ("The Margin Note is a reader-supported publication. To receive new posts and support my"
         " work, consider becoming a free or paid subscriber.", True),
        ("La lettre de Solène est une publication soutenue par ses lectrices.", True),
        # The letter's own sign-off asks for nothing; an article speaks of subscribers.
        ("Until then, thank you for reading.", False),
        ("Thanks for reading, and see you next week!", False),
        ("Merci de m'avoir lue jusqu'ici, à mardi prochain.", False),
        ("Gracias por leer hasta aquí: la semana que viene, más.", False),
        ("The newsletter now has 4,000 subscribers, most of them in Scotland.", False),
        # A newsletter box's promise: the reader's inbox, how often or a call to get it there
        # (blind27-trashumancia's letter, session 28).
        ("Notre lettre du berger : chaque mois, l'actualité du pastoralisme dans votre boîte"
         " mail.", True),
        ("Get the Gazette in your inbox", True),
        ("Recibe cada mañana las noticias de la comarca en tu correo.", True),
        ("Jeden Freitag die besten Geschichten direkt in Ihr Postfach.", True),
        # A reader's inbox in a sentence of the article, an inbox that is no reader's.
        ("If a message like this lands in your inbox, delete it and warn your bank.", False),
        ("Our customer service inbox receives every complaint within the day.", False),
        # A newsletter box's word against spam (blind21-typeface's), not a sentence on spam.
        ("No spam.", True),
        ("Recipes, care tips and first word on seconds sales. No spam, ever.", True),
        ("Pas de spam, désinscription en un clic.", True),
        ("No spam filter catches every phishing message.", False),
        ("Sin spam ni publicidad no hay negocio, dice el fundador.", False),
    ],
)  # fmt: skip
def test_a_newsletter_platform_s_call_is_a_notice(line: str, call: bool) -> None:
    assert is_platform_call(line) is call


@pytest.mark.parametrize(
    ("article", "footer", "lang"),
    [
        (ARTICLE_EN, "Thanks for reading Seed Notes! Subscribe for free to receive new posts and"
         " support my work.", "en"),
        (ARTICLE_FR, "Merci de lire La Corderie ! Abonnez-vous gratuitement pour recevoir les"
         " nouveaux articles et soutenir mon travail.", "fr"),
    ],
)  # fmt: skip
def test_a_platform_s_call_right_after_the_prose_is_debris(
    article: list[str], footer: str, lang: str
) -> None:
    """Blind 22's Substack footer, a sentence right after the prose, was kept as the prose's
    next line and glued into a bead."""
    page = [*article[:3], footer, *article[3:]]
    mask = debris.boilerplate_mask(page, [False] * len(page), lang)
    assert [t for t, m in zip(page, mask, strict=True) if m] == [footer]


def _labelled_lines() -> Iterator[tuple[str, str, str]]:
    """(page, label, text) of every labelled line of the parts the debris benchmark reads."""
    for page in debris_bench.labelled_pages():
        for label, text in page.gold:
            yield page.name, label, text


def test_no_article_line_of_the_labelled_pages_is_a_platform_s_call() -> None:
    calls = [(p, label, t) for p, label, t in _labelled_lines() if is_platform_call(t)]
    assert len(calls) >= 10
    assert [c for c in calls if c[1] != "boilerplate"] == []


NEWSLETTER_BOX = """<html><body><main><article><h1>A hot bath in the Atlantic</h1>
<p>{0}</p><p>{1}</p>
<aside class="NewsletterInline_root__pQ8z1">
<p class="NewsletterInline_title__d2Kx0">The Journal, every Sunday</p>
<p>Stories from the coast, straight to your inbox.</p>
<button>Sign me up</button>
</aside>
<p>{2}</p><p>{3}</p>
<aside class="practical"><h3>Getting there</h3><p>The bathhouse is a short walk from the
bus stop on the coast road.</p></aside>
</article></main></body></html>"""


def test_a_newsletter_box_between_paragraphs_is_debris_title_and_button_too() -> None:
    """blind33-seaweedbaths: the box's title and its button stood alone between the
    article's paragraphs, each a bead of its own; its promise alone was debris. A box
    beside the prose that names no inbox (a practical box) stays the article's."""
    article = ARTICLE_EN[:4]
    found = kinds(NEWSLETTER_BOX.format(*article), ".html")
    box = ["The Journal, every Sunday", "Stories from the coast, straight to your inbox.",
           "Sign me up"]  # fmt: skip
    assert {found[line] for line in box} == {Kind.BOILERPLATE}
    assert Kind.BOILERPLATE not in {found[line] for line in article}
    assert found["Getting there"] is not Kind.BOILERPLATE


def test_a_newsletter_box_is_the_smallest_chrome_element_around_its_promise() -> None:
    """The promise's <aside> holds the box (the <form> in it holds only the button); a
    footer of many lines around a promise is no box: the footer's own rules decide."""
    box = ["Get Upland Life in your inbox", "Walks and people of the hills.", "Sign up"]
    paths = ["main/aside.newsletter-inline/h3", "main/aside.newsletter-inline/p",
             "main/aside.newsletter-inline/form/button"]  # fmt: skip
    assert newsletter_boxes(box, paths) == [True, True, True]
    footer = [*(f"Link {i}" for i in range(7)), "Get our news in your inbox every Friday"]
    assert newsletter_boxes(footer, ["body/footer/p"] * 8) == [False] * 8
