"""A translation's provenance line read by its shape, not its phrasing: a short line whose words
say translation, original, publication elsewhere, permission or reprint, that names a
publication or a person, and says nothing else.

`debris_provenance` reads the phrasings someone wrote down ("Cet article est paru en anglais
dans …", "reproduit avec l'aimable autorisation de …"); a page's next translator writes "Ce
portrait a paru en anglais dans The Orkney Islander." or "Reproduit avec autorisation.". Here
each sentence of the line is read word by word (fr, en, es, de, it, pt): a provenance word
(`_TRANSLATED`, `_ORIGINAL`, `_REPRINTED`, a permission after "with", a publishing verb said
of the piece itself: "ce portrait a paru", "this story first appeared"), the frame's function
words, the piece's and the publication's nouns, languages, dates, and capitalised names. A
sentence is provenance when it holds a provenance word, names someone or says two kinds of
provenance (or a language), and holds no other word, one at most beside a name ("Originally
written for The Ledger"): "La traduction de ce roman a pris dix ans." says three. No labelled
body, heading or caption line of `bench/data/pages` is one (`tests/test_debris_reprint.py`).
Issue 13, session 25.
"""

from __future__ import annotations

import re
from enum import Enum

from workbench.ingest.debris_provenance import is_translation_credit


class Word(Enum):
    """What a word of a provenance sentence is."""

    TRANSLATED = "translated"
    ORIGINAL = "original"
    REPRINTED = "reprinted"
    PERMISSION = "permission"
    PUBLISHED = "published"
    LANGUAGE = "language"
    FRAME = "frame"
    NAME = "name"
    OTHER = "other"


def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _stems(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + pattern + r")\w*", re.IGNORECASE)


_TRANSLATED = _stems(r"tradu|tradott|translat|übersetz")
_ORIGINAL = _stems(r"original|originel|originai")
_REPRINTED = _stems(
    r"reprodu|reprint|republi|repubblic|ripubblic|riprodo|riprodu|nachgedruck|nachdruck|abgedruck"
    r"|réimprim|wiedergegeben|courtesy|gracieuseté|cortesía|cortesia"
)
# A permission is one when it is given: "avec autorisation", "by kind permission of".
_PERMISSION = re.compile(
    r"autorisation|autorización|autorizzazione|autorização|permission|permiso|permesso"
    r"|genehmigung|erlaubnis|accord|acuerdo|accordo|acordo|consent|consentement"
    r"|consentimiento|consenso|consentimento|permissão",
    re.IGNORECASE,
)
# A permission said of the piece: "Traduction autorisée", "Authorised translation".
_PERMITTED = re.compile(
    r"autorisée?s?|authori[sz]ed|autorizad[oa]s?|autorizzat[oaie]|genehmigte?",
    re.IGNORECASE,
)
_GIVEN = _vocabulary("avec with con mit com by sous under")
_PUBLISHED = re.compile(
    r"paru|parue|parus|parut|publié|publiée|publiés|published|appeared|appears|ran|publicado"
    r"|publicada|publicó|publicou|apareció|apareceu|erschienen|erschien|veröffentlicht|pubblicato"
    r"|pubblicata|apparso|apparsa|uscito|uscita|parution|publication|publicación|publicação"
    r"|pubblicazione|veröffentlichung|erstveröffentlichung",
    re.IGNORECASE,
)
_LANGUAGES = _vocabulary(
    """anglais english espagnol spanish castillan allemand german italien italian portugais
    portuguese français french catalan néerlandais dutch gallois welsh gaélique gaelic
    irlandais irish écossais scots breton basque galicien russe russian polonais polish
    inglés alemán francés italiano portugués gallego vasco catalán neerlandés galés
    englischen englisch spanischen spanisch französischen französisch italienischen
    italienisch deutschen deutsch portugiesischen niederländischen inglese spagnolo tedesco
    francese portoghese olandese gallese inglês espanhol alemão francês holandês galês
    anglaise estonian lithuanian latvian finnish swedish danish norwegian icelandic czech
    slovak slovenian croatian serbian hungarian romanian bulgarian greek turkish ukrainian
    arabic chinese japanese korean estonien lituanien letton finnois suédois danois
    norvégien islandais tchèque slovaque slovène croate serbe hongrois roumain bulgare grec
    turc ukrainien arabe chinois japonais coréen"""
)
# A demonstrative says the piece is this page's own: "Ce portrait", "This story", "Dieser Text".
_THIS = _vocabulary("ce cet cette this este esta dieser diese dieses questo questa quest' quest’")
# The piece itself, when no demonstrative opens the sentence: "Article paru dans …".
_PIECES = _vocabulary(
    """article texte portrait reportage entretien interview chronique tribune billet essai
    story piece feature essay column profile post text version artículo texto reportaje
    crónica entrevista artikel beitrag fassung porträt articolo testo intervista ritratto
    servizio versione artigo reportagem crônica versão versión"""
)
_FRAME = _vocabulary(
    """le la les l' l’ un une des de du d' d’ en dans sur par pour avec et au aux à son sa ses
    leur nous il elle a est été était ont sont se s' s’ ici aussi également abord initialement
    première premier fois déjà site blog page web magazine journal revue numéro édition
    rédaction auteur autrice éditeur éditrice éditions aimable gracieuse ligne langue lire
    voir
    the a an of in on at by for from with and it its their his her we us our was were is has
    have had been be here also first kind kindly website issue editors editor author
    publisher online read see view
    el los las lo unos del por para con y e se fue ha sido es aquí también primero primera
    vez sitio revista periódico edición número redacción autor autora editorial amable nos
    nosotros leer lee ver
    der die das den dem ein eine einer einem eines von vom im auf bei beim mit und für aus zum
    zur wurde ist war hat zuerst erstmals ursprünglich hier auch freundlicher freundlichen
    freundliche redaktion autorin verlag zeitschrift zeitung website seite ausgabe wir uns
    sie ihn es lesen
    il lo gli i uno di dall' dall’ dell' dell’ nell' nell’ sull' sull’ della dello dei degli
    delle da dal dalla nel nella su sul sulla per
    è stato stata stati qui anche prima volta gentile autore redazione rivista giornale sito
    edizione noi ci leggi
    o os as um uma com do dos das em no na nas pelo pela foi é aqui primeira amável redação
    jornal edição nós ler leia
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    january february march april may june july august september october november december
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    januar februar märz juni juli oktober dezember gennaio febbraio aprile maggio giugno
    luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro
    outubro novembro dezembro"""
)
_TOKEN = re.compile(r"[^\W\d_]+['’]?|\d+(?:er)?|&")
# A sentence ends at a full stop, a question or exclamation mark, a semicolon or a bullet.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s+[·|•]\s+")
SENTENCE_WORDS = 20
LINE_WORDS = 40
# A name's role between commas, read as the name's: "Texte de Jess Harker, garde de la réserve,
# traduit de l'anglais par la rédaction." (a byline's name beside its role, LABELS.md).
_ROLE = re.compile(r"(\b[A-Z][^\W\d]+),\s+[^\W\d][^,.;:!?\d]{1,40}(?=,)")
_STRONG = frozenset(
    {Word.TRANSLATED, Word.ORIGINAL, Word.REPRINTED, Word.PERMISSION, Word.PUBLISHED}
)


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or token == "&"


def read_words(sentence: str) -> list[Word]:
    """Each word of ``sentence`` as a provenance sentence's word (`Word`)."""
    tokens = _TOKEN.findall(sentence)
    found: list[Word] = []
    for i, token in enumerate(tokens):
        low = token.casefold()
        before = {t.casefold() for t in tokens[max(0, i - 3) : i]}
        # "Ce portrait": the piece a demonstrative names, whatever its noun.
        piece = low in _PIECES or (i > 0 and tokens[i - 1].casefold() in _THIS)
        if _TRANSLATED.fullmatch(token):
            found.append(Word.TRANSLATED)
        elif _ORIGINAL.fullmatch(token):
            found.append(Word.ORIGINAL)
        elif _REPRINTED.fullmatch(token):
            found.append(Word.REPRINTED)
        elif (_PERMISSION.fullmatch(token) and before & _GIVEN) or _PERMITTED.fullmatch(token):
            found.append(Word.PERMISSION)
        elif _PUBLISHED.fullmatch(token):
            found.append(Word.PUBLISHED)
        elif low in _LANGUAGES:
            found.append(Word.LANGUAGE)
        elif low in _FRAME or low in _THIS or piece or token[0].isdigit():
            found.append(Word.FRAME)
        # A name, or who gave the permission named by what it is: "avec l'aimable
        # autorisation de la paroisse", "with the kind permission of the trust".
        elif (
            _capitalised(token) and (i > 0 or (i + 1 < len(tokens) and _capitalised(tokens[i + 1])))
        ) or _grantor(tokens, i):
            found.append(Word.NAME)
        else:
            found.append(Word.OTHER)
    return found


# Between a permission and who gave it: "autorisation de la paroisse", "permission of the trust".
_OF_THE = _vocabulary(
    "de d' d’ du des la le les l' l’ of the from del el los las von der des dem den di della"
    " dello dei da dal dalla do dos das a o"
)


def _grantor(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` names who gave a permission, by what it is rather than by name:
    the first word after "autorisation de la", "permission of the", "permiso del"."""
    j = i - 1
    while j >= 0 and tokens[j].casefold() in _OF_THE:
        j -= 1
    return 0 <= j < i - 1 and _PERMISSION.fullmatch(tokens[j]) is not None


def _of_the_piece(sentence: str) -> bool:
    """Whether the sentence speaks of the page's own piece: a demonstrative ("Ce portrait a
    paru …", "This story first appeared …"), a piece that opens it ("Article paru dans …") or
    the publishing word itself ("Publié en anglais par …", "Première parution : …")."""
    tokens = _TOKEN.findall(sentence)[:2]
    return any(
        t.casefold() in _THIS or t.casefold() in _PIECES or _PUBLISHED.fullmatch(t) for t in tokens
    )


# The piece named again by a pronoun, in the sentence after its provenance: "Cet article est
# paru dans … Il est traduit et publié avec l'autorisation de l'éditeur." (blind32-pigeonloft).
_IT = _vocabulary("il elle it es er sie")


def is_provenance_sentence(sentence: str, *, after_provenance: bool = False) -> bool:
    """A sentence of provenance words, frame words and names only (the module's doc): a
    provenance word, then a name, or a second kind of provenance or a language; no other
    word, or one beside a name. A publishing verb is provenance said of the piece itself,
    or, ``after_provenance`` (the sentence before it in the line is one), of the pronoun
    that opens the sentence."""
    found = read_words(_ROLE.sub(r"\1", sentence))
    if not found or len(found) > SENTENCE_WORDS:
        return False
    opens = _TOKEN.findall(sentence)[:1]
    it = after_provenance and bool(opens) and opens[0].casefold() in _IT
    if Word.PUBLISHED in found and not (_of_the_piece(sentence) or it):
        found = [Word.OTHER if w is Word.PUBLISHED else w for w in found]
    kinds = _STRONG.intersection(found)
    if not kinds:
        return False
    named = Word.NAME in found
    if not (named or len(kinds) >= 2 or Word.LANGUAGE in found):
        return False
    return found.count(Word.OTHER) <= (1 if named else 0)


def is_provenance_line(text: str) -> bool:
    """A translation's credit or provenance line: the credit grammar's
    (`debris_provenance.is_translation_credit`), or sentences that are each provenance by
    their shape (`is_provenance_sentence`) or credits: "Ce portrait a paru en anglais dans
    The Orkney Islander. Reproduit avec autorisation."."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > LINE_WORDS:
        return False
    if is_translation_credit(stripped):
        return True
    sentences = [s for s in _SENTENCE_END.split(stripped) if s.strip()]
    shaped: list[bool] = []
    for s in sentences:
        shaped.append(is_provenance_sentence(s, after_provenance=bool(shaped) and shaped[-1]))
    return any(shaped) and all(
        shape or is_translation_credit(s) for s, shape in zip(sentences, shaped, strict=True)
    )
