"""Ingesting files: encodings, markup, versions, and bad input that stores nothing."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from workbench import pipeline
from workbench.ingest.files import decode, read_source
from workbench.model import Block, InputError, Kind, StoreError
from workbench.store import Store

FRENCH = (
    "Le président Poutine a rencontré M. Kim à Pyongyang. Ils ont signé un accord « historique »."
)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", FRENCH.encode("utf-8")),
        ("utf-8-sig", FRENCH.encode("utf-8-sig")),
        ("utf-16", FRENCH.encode("utf-16")),  # with its BOM
        ("utf-16-be", b"\xfe\xff" + FRENCH.encode("utf-16-be")),
        ("cp1252", (FRENCH + " Cœur de l’été…").encode("cp1252")),
        ("latin-1", (FRENCH * 3).encode("latin-1")),
    ],
)
def test_every_common_encoding_decodes_to_the_same_text(encoding: str, data: bytes) -> None:
    text, _ = decode(data, Path(f"sample.{encoding}.txt"))
    assert text.startswith(FRENCH)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("1\n00:00:01,000 --> 00:00:02,000\nOù étais-tu hier soir ?\n", "cp1252"),
        ("Une crème brûlée, voilà.", "latin-1"),
        ("La réunion est reportée à la semaine prochaine. Les élèves sont ravis.", "cp1252"),
        ("¿Dónde está la estación? Mañana, señor.", "cp1252"),
        ("Die Straße ist schön, für alle.", "latin-1"),
        # newcomer38: a subtitle editor's "ANSI" save, CR LF; read as Baltic cp1257
        # ("tōt", "pčre", "déją"), whose decoding charset-normalizer found a hair cleaner
        (
            "1\r\n00:00:03,250 --> 00:00:05,400\r\nLe brouillard est arrivé tôt ce matin-là.\r\n"
            "\r\n2\r\n00:00:05,950 --> 00:00:08,100\r\nMon père était déjà au port.\r\n",
            "cp1252",
        ),
    ],
)
def test_a_few_lines_in_a_western_code_page_are_read_right(text: str, encoding: str) -> None:
    # Several code pages decode a short text without a flaw; the Western one is meant.
    decoded, found = decode(text.encode(encoding), Path("short.txt"))
    assert (decoded, found) == (text, "cp1252")


# Newcomer 17's files: a classic Mac text (CR line ends) and one in ISO-8859-15, read
# right but named "mac_iceland" and "iso8859_16", code pages that agree with the ones
# meant on every byte of the file; `workbench docs` shows the name a translator knows.
_CHOEUR = (
    "Le chœur de l'œuvre a coûté 12 000 € à la commune.\n\nLes sœurs Lefèvre ont offert un "
    "bœuf rôti pour la fête du village, le 14 juillet.\n\nLe maire a remercié « tous les "
    "bénévoles » et promis un nouveau cœur de village pour 2027.\n"
)
_CABANYAL = (
    "Valence approuve un plan de 25 millions pour rénover le Cabanyal\r\rLe conseil "
    "municipal a approuvé hier un plan de 25 millions d'euros pour rénover le quartier. "
    "Les travaux débuteront en janvier 2026 et dureront près de trois ans.\r"
)


@pytest.mark.parametrize(("text", "encoding"), [(_CHOEUR, "iso8859_15"), (_CABANYAL, "mac_roman")])
def test_a_code_page_is_named_as_translators_know_it(text: str, encoding: str) -> None:
    decoded, found = decode(text.encode(encoding), Path("x.txt"))
    assert (decoded, found) == (text, encoding)


# newcomer28: a page saved by a Windows tool in Windows-1252 under a meta that says
# ISO-8859-1, as most such pages do. charset-normalizer offered Latin-1 alone, which reads
# 0x92, 0x85, 0x9C, 0x80 and 0x97 as invisible C1 controls: "d\x92euros" was stored and
# exported to TMX, and the "…" vanished. Browsers read it as Windows-1252 (WHATWG).
_WINDOWS_PAGE = Path(__file__).parent / "data" / "pages" / "canal-windows-1252.fr.html"


def test_a_windows_page_labelled_latin1_is_read_as_windows_1252() -> None:
    data = _WINDOWS_PAGE.read_bytes()
    text, found = decode(data, _WINDOWS_PAGE)
    assert (text, found) == (data.decode("cp1252"), "cp1252")
    assert "d’euros (42 M€)" in text and "fongique…" in text and "un cœur qui bat" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe" + FRENCH.encode(),  # read as UTF-16 it was CJK mojibake
        b"\xff\xfe" + FRENCH.encode() + b"!",  # odd length: refused as broken UTF-16
        b"\xfe\xff" + FRENCH.encode(),
        FRENCH[:12].encode() + b"\xff\xfe" + FRENCH[12:].encode(),  # inside: was "ÿþ"
        b"\xef\xbb\xbf" + FRENCH[:12].encode() + b"\xfe\xff" + FRENCH[12:].encode(),
    ],
    ids=["le-at-start", "le-at-start-odd", "be-at-start", "inside", "after-a-utf8-bom"],
)
def test_a_stray_utf16_byte_order_mark_in_utf8_text_is_dropped(data: bytes) -> None:
    text, encoding = decode(data, Path("joined.txt"))
    assert text.rstrip("!") == FRENCH
    assert encoding == "utf-8"


def test_ascii_text_with_a_stray_utf16_mark_is_not_read_as_a_code_page() -> None:
    data = b"The mayor is absent\xff\xfe for health reasons.\n"
    assert decode(data, Path("joined.txt")) == (
        "The mayor is absent for health reasons.\n",
        "utf-8",
    )


@pytest.mark.parametrize(
    "data",
    [
        b"Il pleut.\n\xef\xbb\xbfIl neige.\n",  # two UTF-8 files with BOMs joined
        ("Il pleut.\n".encode("utf-16") + "Il neige.\n".encode("utf-16")),  # two UTF-16 files
    ],
    ids=["utf-8", "utf-16"],
)
def test_a_byte_order_mark_inside_the_text_is_dropped(data: bytes) -> None:
    text, _ = decode(data, Path("joined.txt"))
    assert text == "Il pleut.\nIl neige.\n"


def test_text_is_normalised_to_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", FRENCH)
    assert decomposed != FRENCH
    path = tmp_path / "nfd.txt"
    path.write_text(decomposed, encoding="utf-8")
    assert read_source(path).text == FRENCH


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\n", "is empty"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
         "is not plain text: it is a PNG image; check that the right file was sent"),
        ("mixed.txt", "Déjà vu à Pékin.\n".encode() + "Cœur brisé.\n".encode("cp1252"),
         "mixes encodings: it is UTF-8 except for the bytes at line 2"),
        ("tags-only.html", b"<html><body><script>var x = 1;</script></body></html>",
         "holds no text once markup is removed"),
    ],
)  # fmt: skip
def test_bad_files_get_a_clear_error_naming_the_file_and_store_nothing(
    store: Store, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = _write(tmp_path, name, data)
    report = pipeline.ingest_paths(store, [path])
    [result] = report.files
    assert result.failed
    assert str(path) in (result.error or "")
    assert message in (result.error or "")
    assert store.documents() == []


def test_a_file_over_the_size_limit_is_refused(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", FRENCH * 100)
    [result] = pipeline.ingest_paths(store, [path], max_bytes=1000).files
    assert "over the" in (result.error or "") and "--max-size" in (result.error or "")
    assert store.documents() == []


def test_an_unreadable_file_is_reported(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "secret.txt", FRENCH)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # Tests run as root in CI, where chmod cannot make a file unreadable.
    monkeypatch.setattr(Path, "read_bytes", refuse)
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.error == f"{path}: permission denied; check the file's permissions"


def test_missing_paths_and_foreign_suffixes_are_reported(store: Store, tmp_path: Path) -> None:
    rtf = _write(tmp_path, "paper.rtf", b"{\\rtf1 Bonjour}")
    report = pipeline.ingest_paths(store, [tmp_path / "nope.txt", rtf])
    errors = [r.error or "" for r in report.files]
    assert "no such file or folder" in errors[0]
    assert "not a file type the workbench reads" in errors[1]


def test_an_original_that_is_not_there_is_said_as_ingest_says_it(tmp_path: Path) -> None:
    """`align --original` and `align-files` read through ``read_bytes``: a wrong path was
    "cannot be read (No such file or directory)", another wording and no advice."""
    from workbench.ingest.files import read_bytes

    missing = tmp_path / "nosuch.docx"
    with pytest.raises(InputError) as caught:
        read_bytes(missing)
    assert str(caught.value) == f"{missing}: no such file; check the name and the folder"


@pytest.mark.parametrize("name", ["memory.tmx", "project.xlf", "job.sdlxliff"])
def test_a_bilingual_file_given_to_ingest_points_to_import(
    store: Store, tmp_path: Path, name: str
) -> None:
    path = _write(tmp_path, name, b"<tmx/>")
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.error == (
        f"{path}: a translation memory or XLIFF file holds both languages; "
        f"read it with `workbench import {path}`"
    )


def test_good_files_of_a_run_are_stored_even_when_others_fail(store: Store, tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", FRENCH)
    _write(tmp_path, "empty.txt", b"")
    report = pipeline.ingest_paths(store, [tmp_path])
    assert [r.path.name for r in report.failed] == ["empty.txt"]
    assert [d.name for d in store.documents()] == [good.stem]


def test_folders_are_read_recursively_in_a_stable_order(store: Store, tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", FRENCH)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "a.md", "# Titre\n\n" + FRENCH)
    _write(tmp_path, "notes.csv", "a,b")  # not a document: ignored inside folders
    pipeline.ingest_paths(store, [tmp_path])
    assert [d.name for d in store.documents()] == ["b", "a"]


def test_reingesting_an_unchanged_file_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "doc.txt", FRENCH)
    first = pipeline.ingest_paths(store, [path]).files[0]
    second = pipeline.ingest_paths(store, [path]).files[0]
    assert (first.status, second.status) == ("new", "unchanged")
    assert store.versions(path.stem) == [1]
    assert [e.action for e in store.events()] == ["ingest"]  # the first run only


@pytest.mark.parametrize(
    ("copy_text", "documents"),
    [
        (FRENCH, 1),  # the same page uploaded again: the document it already is
        (FRENCH + "\nUne phrase ajoutée.", 2),  # another file of the same name: its own document
    ],
    ids=["same-bytes", "other-bytes"],
)
def test_the_same_file_from_another_place_is_the_document_it_already_is(
    store: Store, tmp_path: Path, copy_text: str, documents: int
) -> None:
    original = _write(tmp_path, "doc.txt", FRENCH)
    upload = _write(tmp_path / "uploads", "doc.txt", copy_text)
    pipeline.ingest_paths(store, [original])
    [result] = pipeline.ingest_paths(store, [upload]).files
    assert result.status == ("unchanged" if documents == 1 else "new")
    assert len(store.documents()) == documents


def test_a_changed_file_becomes_a_new_version_and_the_old_one_is_kept(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path, "doc.txt", FRENCH)
    pipeline.ingest_paths(store, [path])
    old_segments = store.segments(path.stem)
    path.write_text(FRENCH + "\nUne phrase ajoutée.", encoding="utf-8")
    [result] = pipeline.ingest_paths(store, [path]).files
    assert (result.status, result.previous_version) == ("updated", 1)
    assert store.versions(path.stem) == [1, 2]
    assert store.segments(path.stem, version=1) == old_segments
    assert store.segments(path.stem)[-1].text == "Une phrase ajoutée."


def test_html_markup_is_parsed_and_kinds_come_from_the_tags(store: Store, tmp_path: Path) -> None:
    page = """<html><head><title>Le sommet</title><style>p {color: red}</style></head><body>
    <nav><a href="/">Accueil</a> <a href="/login">Se connecter</a></nav>
    <article><h1>Kim promet son soutien</h1>
    <p>Le dirigeant <strong>nord-coréen</strong> a promis son soutien &agrave; la Russie.</p>
    <figure><img src="x.jpg">
      <figcaption>Kim Jong Un à Pyongyang - AFP/JOHN DOE</figcaption></figure>
    <p>La rencontre a duré quatre heures.<br>Elle a eu lieu au cosmodrome.</p></article>
    <footer>© 2023 Big News</footer><script>alert(1)</script></body></html>"""
    path = _write(tmp_path, "page.html", page)
    pipeline.ingest_paths(store, [path])
    got = [(str(s.kind), s.text) for s in store.segments("page")]
    assert ("heading", "Kim promet son soutien") in got
    assert ("body", "Le dirigeant nord-coréen a promis son soutien à la Russie.") in got
    assert ("caption", "Kim Jong Un à Pyongyang") in got
    assert ("boilerplate", "AFP/JOHN DOE") in got  # the caption's credit
    assert ("boilerplate", "© 2023 Big News") in got
    assert all(kind == "boilerplate" for kind, text in got if "connecter" in text)
    assert not any("alert" in text or "color" in text or "<" in text for _, text in got)


def test_markdown_headings_and_lists(store: Store, tmp_path: Path) -> None:
    path = _write(
        tmp_path, "notes.md", "# Le sommet\n\nKim a promis son **soutien**.\n\n- Un point.\n"
    )
    pipeline.ingest_paths(store, [path])
    got = [(s.kind, s.text) for s in store.segments("notes")]
    assert got == [
        (Kind.HEADING, "Le sommet"),
        (Kind.BODY, "Kim a promis son soutien."),
        (Kind.BODY, "Un point."),
    ]


def test_a_failure_while_storing_leaves_no_half_document(store: Store) -> None:
    from workbench.model import Sentence

    good = Sentence("Une phrase.", Kind.BODY, "fr", 0)
    broken = Sentence(None, Kind.BODY, "fr", 0)  # type: ignore[arg-type]  # NOT NULL violated
    with pytest.raises(StoreError):
        store.store_file(
            name="half", path="/tmp/half.txt", lang="fr", encoding="utf-8",
            sha256="0" * 64, size=10, sentences=[good, broken],
        )  # fmt: skip
    assert store.documents() == []
    with store.transaction() as s:
        from sqlalchemy import text

        assert s.execute(text("select count(*) from segments")).scalar() == 0


# (block kind, text, timecode) → its sentences: a caption's label leaves its text, nothing
# else's; it is a debris sentence of its own before the caption (it was dropped until
# session 19, newcomer19), as a trailing credit is after it.
CAPTION_BLOCKS = [
    (Kind.CAPTION, "Pie de foto: El líder de Corea del Norte le da la mano. AFP.", (),
     ["Pie de foto:", "El líder de Corea del Norte le da la mano.", "AFP."]),
    (Kind.CAPTION, "Foto: EFE", (), ["Foto: EFE"]),
    (Kind.BODY, "Photo : le texte de l'article commence ainsi.", (),
     ["Photo : le texte de l'article commence ainsi."]),
    (Kind.CAPTION, "Caption: a subtitle cue says it all.", (("timecode", "00:00:01,000"),),
     ["Caption: a subtitle cue says it all."]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "meta", "expected"), CAPTION_BLOCKS)
def test_a_photo_captions_label_is_left_out_of_its_sentences(
    kind: Kind, text: str, meta: tuple[tuple[str, str], ...], expected: list[str]
) -> None:
    block = Block(text=text, kind=kind, lang="es", line=1, meta=meta)
    sentences = pipeline.documents.sentences_of([block])
    assert [s.text for s in sentences] == expected
    labels = [s for s in sentences if s.text == "Pie de foto:"]
    assert all((s.kind, s.lang) == (Kind.BOILERPLATE, "es") for s in labels)


# (block kind, text) → its sentences and their kinds: a trailing photo credit is debris of its
# own, whatever the credit's form; a block that is a credit alone is left to the debris rules.
CREDITED_BLOCKS = [
    (Kind.CAPTION, "The tide pours through the new breach at Tollesbury Fleet. Photo: "
     "Environment Agency",
     [("The tide pours through the new breach at Tollesbury Fleet.", Kind.CAPTION),
      ("Photo: Environment Agency", Kind.BOILERPLATE)]),
    (Kind.CAPTION, "Des manifestants devant le Parlement, mardi. Crédit photo : Reuters",
     [("Des manifestants devant le Parlement, mardi.", Kind.CAPTION),
      ("Crédit photo : Reuters", Kind.BOILERPLATE)]),
    (Kind.CAPTION, "Vecinos de Lavapiés, el domingo en Madrid - EFE/MANUEL BRUQUE",
     [("Vecinos de Lavapiés, el domingo en Madrid", Kind.CAPTION),
      ("EFE/MANUEL BRUQUE", Kind.BOILERPLATE)]),
    (Kind.CAPTION, "El líder de Corea del Norte le da la mano. AFP.",
     [("El líder de Corea del Norte le da la mano.", Kind.CAPTION), ("AFP.", Kind.BOILERPLATE)]),
    (Kind.BODY, "The minister spoke on Tuesday. She said the photo was taken in May.",
     [("The minister spoke on Tuesday.", Kind.BODY),
      ("She said the photo was taken in May.", Kind.BODY)]),
    (Kind.CAPTION, "A man walks past a damaged house in Antofagasta. (AP Photo/Esteban Félix)",
     [("A man walks past a damaged house in Antofagasta.", Kind.CAPTION),
      ("(AP Photo/Esteban Félix)", Kind.BOILERPLATE)]),
    (Kind.BODY, "The mayor spoke at length. (She later denied it.)",
     [("The mayor spoke at length.", Kind.BODY), ("(She later denied it.)", Kind.BODY)]),
    # The splitter cuts a credit after a full stop off its sentence, dash and all (N5).
    (Kind.CAPTION, "Un bombero ayuda a una anciana a salir de su casa inundada en Orleans. - "
     "AFP/GUILLAUME SOUVANT",
     [("Un bombero ayuda a una anciana a salir de su casa inundada en Orleans.", Kind.CAPTION),
      ("AFP/GUILLAUME SOUVANT", Kind.BOILERPLATE)]),
    (Kind.BODY, "Deux solutions restent possibles. - La première coûte cher.",
     [("Deux solutions restent possibles.", Kind.BODY),
      ("- La première coûte cher.", Kind.BODY)]),
    # A name alone after a caption's full stop is its photographer's or outlet's (newcomer 15).
    (Kind.CAPTION, "Dos agricultores plantan alcachofas en una parcela recuperada de "
     "Benimaclet. EFE/Manuel Bruque",
     [("Dos agricultores plantan alcachofas en una parcela recuperada de Benimaclet.",
       Kind.CAPTION), ("EFE/Manuel Bruque", Kind.BOILERPLATE)]),
    (Kind.CAPTION, "La acequia de Vera atraviesa los campos de Alboraya al amanecer. "
     "Diario del Turia",
     [("La acequia de Vera atraviesa los campos de Alboraya al amanecer.", Kind.CAPTION),
      ("Diario del Turia", Kind.BOILERPLATE)]),
    (Kind.CAPTION, "Le quai des Chartrons au lever du jour. Jean-Pierre Martin",
     [("Le quai des Chartrons au lever du jour.", Kind.CAPTION),
      ("Jean-Pierre Martin", Kind.BOILERPLATE)]),
    # A place, a date or a phrase after a caption is the caption's; a name in a paragraph
    # is a signature.
    (Kind.CAPTION, "A man walks past a damaged house. Antofagasta, Chile",
     [("A man walks past a damaged house.", Kind.CAPTION),
      ("Antofagasta, Chile", Kind.CAPTION)]),
    (Kind.CAPTION, "Le pont au crépuscule. Vue depuis la rive gauche",
     [("Le pont au crépuscule.", Kind.CAPTION), ("Vue depuis la rive gauche", Kind.CAPTION)]),
    (Kind.BODY, "Nous vous remercions de votre soutien. Marie Lefèvre",
     [("Nous vous remercions de votre soutien.", Kind.BODY), ("Marie Lefèvre", Kind.BODY)]),
    # "© Name" after a caption's sentence is its credit; "© 2026" after a sentence is a
    # footer's (blind16-stonewaller, blind7-glassworks).
    (Kind.CAPTION, "Arthur Metcalfe et Chloe Thwaite sur un mur au-dessus d'Askrigg. "
     "© Tom Kettlewell",
     [("Arthur Metcalfe et Chloe Thwaite sur un mur au-dessus d'Askrigg.", Kind.CAPTION),
      ("© Tom Kettlewell", Kind.BOILERPLATE)]),
    (Kind.CAPTION, "La grande salle des métiers, vidée l'été dernier. © La Sentinelle / T. C.",
     [("La grande salle des métiers, vidée l'été dernier.", Kind.CAPTION),
      ("© La Sentinelle / T. C.", Kind.BOILERPLATE)]),
    (Kind.BODY, "Loamwise Quarterly is published by Pellow & Rigg Ltd. © 2026",
     [("Loamwise Quarterly is published by Pellow & Rigg Ltd. © 2026", Kind.BODY)]),
    (Kind.CAPTION, "Foto: EFE", [("Foto: EFE", Kind.CAPTION)]),
    (Kind.CAPTION, "- AFP/GUILLAUME SOUVANT", [("- AFP/GUILLAUME SOUVANT", Kind.CAPTION)]),
    (Kind.BOILERPLATE, "Abonnez-vous. Photo: AFP",
     [("Abonnez-vous.", Kind.BOILERPLATE), ("Photo: AFP", Kind.BOILERPLATE)]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "expected"), CREDITED_BLOCKS)
def test_a_trailing_photo_credit_is_a_debris_sentence_of_its_own(
    kind: Kind, text: str, expected: list[tuple[str, Kind]]
) -> None:
    block = Block(text=text, kind=kind, lang="en", line=1)
    sentences = pipeline.documents.sentences_of([block])
    assert [(s.text, s.kind) for s in sentences] == expected
    assert {s.block for s in sentences} == {0}


PHOTO_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
<h1>En images : la Loire en crue</h1>
<p>La Loire est sortie de son lit dans plusieurs communes du Loiret. Voici les images de la
nuit et de la matinée, quand les pompiers ont évacué les maisons les plus proches du fleuve.</p>
<figure><img src="1.jpg"><figcaption>Pie de foto: Un bombero ayuda a una anciana a salir de su
casa inundada en Orleans. - AFP/GUILLAUME SOUVANT</figcaption></figure>
<p>Un pompier aide une vieille dame à quitter sa maison inondée à Orléans.</p>
<p>Les habitants évacués ont été accueillis dans des gymnases de la ville, où la mairie a
installé des lits de camp et servi des repas chauds toute la nuit.</p>
</body></html>
"""


def test_a_credit_after_a_foreign_caption_s_full_stop_is_debris(
    store: Store, tmp_path: Path
) -> None:
    """Newcomer finding N5: the credit was cut off as a French caption of its own, a null
    bead that `fill` would draft, and the caption's French translation was left as body."""
    page = tmp_path / "photos.html"
    page.write_text(PHOTO_PAGE, "utf-8")
    pipeline.ingest_paths(store, [page])
    seen = [(s.kind, s.lang, s.text.split()[0]) for s in store.segments("photos")][3:7]
    assert seen == [
        (Kind.BOILERPLATE, "es", "Pie"),  # the caption's label, "Pie de foto:"
        (Kind.CAPTION, "es", "Un"),  # "Un bombero …"
        (Kind.BOILERPLATE, "es", "AFP/GUILLAUME"),
        (Kind.CAPTION, "fr", "Un"),  # "Un pompier …", the caption's translation
    ]


CREDITED_CAPTION_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body><h1>Le muraillier qui forme ses successeurs</h1>
<p>Arthur Metcalfe reconstruit des murs en pierre sèche dans le Wensleydale depuis 52 ans.</p>
<p>Cet automne, trois apprentis l'ont rejoint dans le cadre d'un programme de deux ans.</p>
<figure><img src="/img/29.jpg" alt=""><figcaption>Arthur Metcalfe et Chloe Thwaite sur un mur
au-dessus d'Askrigg. © Tom Kettlewell</figcaption></figure>
<p>La plupart des murs de la vallée ont été bâtis entre 1780 et 1820.</p>
<p>Beaucoup n'ont pas été touchés depuis, et le parc cherche vingt murailliers de plus.</p>
<footer><p>Le Courrier des Vallées est édité par Vallées Presse SARL. © 2026</p></footer>
</body></html>
"""


def test_a_caption_credited_with_a_copyright_sign_is_kept_and_its_credit_is_not(
    store: Store, tmp_path: Path
) -> None:
    """The whole caption was debris: "©" read as a footer's, its sentence lost (blind16)."""
    page = tmp_path / "murs.html"
    page.write_text(CREDITED_CAPTION_PAGE, "utf-8")
    pipeline.ingest_paths(store, [page])
    kinds = {s.text: s.kind for s in store.segments("murs")}
    assert kinds["Arthur Metcalfe et Chloe Thwaite sur un mur au-dessus d'Askrigg."] is (
        Kind.CAPTION
    )
    assert kinds["© Tom Kettlewell"] is Kind.BOILERPLATE
    assert all(kind is Kind.BOILERPLATE for text, kind in kinds.items() if "Vallées Presse" in text)


def test_input_error_is_a_workbench_error() -> None:
    from workbench.model import WorkbenchError

    assert issubclass(InputError, WorkbenchError)
