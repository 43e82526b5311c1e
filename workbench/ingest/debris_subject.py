"""What a page is about when it is itself a notice: a privacy policy, a cookie policy, terms
of use. Translators get them to translate, and their own sentences speak of data, consent,
cookies, accounts and subscriptions: the vocabulary that is debris evidence everywhere else
(`debris_features.page_topic` leaves it out on such a page; issue 13, session 22).

A page is a notice when most of its long sentences (`POLICY_SHARE`, `POLICY_MIN_SENTENCES`
at least) use the notices' own words, of consent, data protection or terms of use, in fr, en,
es, de, it and pt: "vos données personnelles", "the processing of your data", "tus datos", "Ihre
Daten", "ces conditions générales", "these Terms", "el usuario". A consent banner says its
piece in one or two sentences over an article of many; an article about data protection
names it in some of its sentences, not most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NOTICE_WORDS = re.compile(
    r"(?<!\w)(?:"
    # Consent and cookies, as a cookie policy explains them.
    r"cookies?|traceurs|consent|consentement|consentimiento|einwilligung|consenso|consentimento"
    # Data protection: whose data, which data, who answers for it, the law.
    r"|personal (?:data|information)|your (?:personal )?(?:data|information)|usage data"
    r"|data (?:protection|controller|subjects?|processing)|(?:processing|process) (?:of )?"
    r"(?:your )?(?:personal )?data|gdpr|privacy (?:policy|notice)"
    r"|données (?:personnelles|d['’]utilisation|de navigation)|vos données|rgpd|cnil"
    r"|protection des données|responsable (?:du|de) traitement|traitement de (?:vos|ces) données"
    r"|datos (?:personales|de (?:uso|carácter personal|navegación))|(?:tus|sus) datos"
    r"|protección de datos|responsable del tratamiento|tratamiento de (?:tus|sus|los) datos"
    r"|personenbezogene(?:n)? daten|ihre(?:n)? daten|nutzungsdaten|dsgvo|datenschutz\w*"
    r"|verantwortliche(?:r)? im sinne|verarbeitung (?:ihrer|der|von) (?:personenbezogenen )?daten"
    r"|dati personali|i tuoi dati|titolare del trattamento|trattamento dei dati"
    r"|dados pessoais|os seus dados|seus dados|lgpd|proteção de dados"
    # Terms of use: the terms themselves, the user they bind.
    r"|(?:these|the present) terms|terms (?:of (?:use|service|sale)|and conditions)|the user"
    r"|(?:les )?(?:présentes|ces) conditions|conditions générales|l['’]utilisateur|cgu|cgv"
    r"|(?:estas|las presentes) condiciones|condiciones (?:generales|de uso)|el usuario"
    r"|(?:diese(?:n)? )?nutzungsbedingungen|allgemeinen geschäftsbedingungen|agb|der nutzer"
    r"|(?:questi|i presenti) termini|condizioni (?:generali|d['’]uso)|l['’]utente"
    r"|(?:estes|os presentes) termos|termos (?:de uso|e condições)|o utilizador|o usuário"
    r")(?!\w)",
    re.IGNORECASE,
)
# A page is a notice when this share of its long sentences, and this many, use the words.
POLICY_SHARE = 0.5
POLICY_MIN_SENTENCES = 3


def notice_sentences(sentences: Sequence[str]) -> list[str]:
    """The ``sentences`` that use the notices' own words (data protection, terms of use)."""
    return [s for s in sentences if _NOTICE_WORDS.search(s)]


def is_notice_page(sentences: Sequence[str]) -> bool:
    """Whether a page whose long sentences are ``sentences`` is itself a notice (a privacy or
    cookie policy, terms of use): most of them, `POLICY_MIN_SENTENCES` at least, use the
    notices' own words."""
    said = len(notice_sentences(sentences))
    return said >= POLICY_MIN_SENTENCES and said >= POLICY_SHARE * len(sentences)


# A notice's name: "Privacy policy", "Politique de confidentialité", "Política de cookies",
# "Datenschutzerklärung", "Conditions générales d'utilisation", "Terms of Service".
_NOTICE_NAME = re.compile(
    r"(?<!\w)(?:privacy (?:policy|notice|statement)|cookies? (?:policy|notice)|terms (?:of"
    r" (?:use|service|sale)|and conditions|& conditions)|politique (?:de confidentialité|de"
    r" protection des données|(?:relative aux |de |des )?cookies)|conditions générales"
    r"|mentions légales|política de (?:privacidad|cookies|protección de datos)|aviso legal"
    r"|(?:términos|condiciones) (?:y condiciones|generales|de uso)|datenschutzerklärung"
    r"|datenschutzhinweise|cookie-richtlinie|nutzungsbedingungen|allgemeine geschäftsbedingungen"
    r"|informativa (?:sulla )?(?:privacy|cookie)|termini (?:e condizioni|d['’]uso)"
    r"|política de privacidade|termos (?:de uso|e condições))(?!\w)",
    re.IGNORECASE,
)
NOTICE_NAME_WORDS = 8
_SEPARATED = re.compile(r"\s[|·•∙/–-]\s|©")


def notice_title(texts: Sequence[str], prose: Sequence[bool], topic: frozenset[str]) -> list[bool]:
    """For each line, whether it is the title of a page that is itself a notice: on a page
    whose subject is consent or the law (``topic``, `debris_features.page_topic`), the first
    line above the article's first line of ``prose`` that names a notice ("Política de
    privacidad", "Cookie policy"), in `NOTICE_NAME_WORDS` words at most and no menu's
    separators. A footer's "Privacy policy" link stands below the prose."""
    out = [False] * len(texts)
    if not topic & {"consent", "legal"} or not any(prose):
        return out
    for i, text in enumerate(texts[: list(prose).index(True)]):
        if (
            len(text.split()) <= NOTICE_NAME_WORDS
            and not _SEPARATED.search(text)
            and _NOTICE_NAME.search(text) is not None
        ):
            out[i] = True
            break
    return out


def notice_article(
    texts: Sequence[str], notice: bool, prose: Sequence[bool], forced: Sequence[bool]
) -> list[bool]:
    """For each line, whether it is a line of the notice itself, on a page that is one
    (``notice``): from its first line of ``prose`` to the last that uses the notices' own
    words, the lines no rule forces (its numbered sections, "3. Para qué los usamos", and
    every sentence). Their words of consent, data and subscriptions are the notice's; the
    model, fitted on every kind of page, reads them as a banner's and a footer's. A footer's
    "© 2026 … Registered in England and Wales no. …" under it is not."""
    out = [False] * len(texts)
    lines = [i for i, (p, f) in enumerate(zip(prose, forced, strict=True)) if p and not f]
    said = [i for i in lines if _NOTICE_WORDS.search(texts[i])]
    if not notice or not said:
        return out
    for i in range(lines[0], said[-1] + 1):
        out[i] = not forced[i]
    return out
