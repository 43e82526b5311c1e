"""The workbench's Argos output against argostranslate's own, sentence by sentence.

Run: .venv/bin/python bench/mt_argos_parity.py   (needs the bench extra: argostranslate)

On the packages ``tests/argos_tiny.py`` builds (the shared-vocabulary fr→en glosser,
one whose English pieces are not in its sentencepiece model, and a fr→es one with a
``__es__`` target prefix), every sentence of the sample corpus that fits the model
goes through argostranslate 1.11's ``apply_packaged_translation`` (its real code:
tokenising, ``translate_batch`` with its options, decoding; only its sentence splitter
is replaced by "the sentence is one sentence", since the workbench splits sentences
itself) and through the workbench's ``ArgosTranslator``. Differences are listed by
kind. argostranslate runs in a subprocess: it reads its settings and creates folders
at import, so it gets temporary ones.

Writes bench/results/mt_argos_parity.md and prints it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results" / "mt_argos_parity.md"
EXTRA = [
    "Le chat mange la souris.",
    "snake_case et le_chat",
    "le chien noir",
    "La guerre en Russie",
]


def run_argostranslate(package_dir: str, sentences_file: str) -> None:
    """In the subprocess: argostranslate's own translation of every sentence."""
    import ctranslate2
    from argostranslate import package, translate

    pkg = package.Package(Path(package_dir))
    # One thread: on a shared 2-core machine more threads spin against each other.
    model = ctranslate2.Translator(str(Path(package_dir) / "model"), device="cpu", intra_threads=1)

    class OneSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    sentences = json.loads(Path(sentences_file).read_text(encoding="utf-8"))
    out = [
        translate.apply_packaged_translation(pkg, s, model, OneSentence(), 1)[0].value
        for s in sentences
    ]
    print(json.dumps(out))


def main() -> None:
    from mt_apertium import corpus_sentences  # a sibling: bench/ is on sys.path

    from tests.argos_tiny import POSITIONS, build_all, build_variants
    from workbench.translate.argos import ArgosTranslator, install_from_file, load_tokenizer
    from workbench.translate.base import clean_text

    lines = [
        "# Argos output: the workbench against argostranslate 1.11, sentence by sentence",
        "",
        "`.venv/bin/python bench/mt_argos_parity.py` (argostranslate's own "
        "`apply_packaged_translation`, its sentence splitter replaced by the workbench's "
        "sentences).",
        "",
        "| package | sentences | same text | differ only by `_` | other differences |",
        "|---|---:|---:|---:|---:|",
    ]
    examples: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        built = {**build_all(base / "all"), **build_variants(base / "variants")}
        for name in ("fr-en", "own-pieces", "prefix"):
            package = install_from_file(built[name], base / "models" / name)
            translator = ArgosTranslator(package)
            pieces = load_tokenizer(package)
            sentences = [
                s
                for s in dict.fromkeys(clean_text(s) for s in [*EXTRA, *corpus_sentences()])
                if s and len(pieces.encode(s)) <= POSITIONS - 3
            ]
            ours = [t.text for t in translator.translate_batch(sentences)]
            print(f"{name}: {len(sentences)} sentences, argostranslate next", file=sys.stderr)
            (base / "sentences.json").write_text(json.dumps(sentences), encoding="utf-8")
            env = {
                **os.environ,
                "ARGOS_PACKAGES_DIR": str(base / "argos"),
                **{f"XDG_{n.upper()}_HOME": str(base / n) for n in ("data", "config", "cache")},
            }
            spacy_cache = base / "cache" / "argos-translate" / "spacy" / "senter" / "model"
            spacy_cache.mkdir(parents=True, exist_ok=True)  # no spaCy download at import
            done = subprocess.run(
                [sys.executable, __file__, "--argostranslate", str(package.path),
                 str(base / "sentences.json")],
                env=env, capture_output=True, text=True, check=True,
            )  # fmt: skip
            theirs = json.loads(done.stdout.strip().splitlines()[-1])
            same = underscore = other = 0
            for source, a, b in zip(sentences, ours, theirs, strict=True):
                if a == b:
                    same += 1
                elif a.replace("_", " ") == b:
                    underscore += 1
                else:
                    other += 1
                if a != b and len(examples) < 12:
                    examples.append(f"- {name}: `{source}` → workbench `{a}`, argostranslate `{b}`")
            lines.append(f"| {name} | {len(sentences)} | {same} | {underscore} | {other} |")
    lines += ["", "Differences seen:", "", *examples]
    text = "\n".join(lines) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--argostranslate"]:
        run_argostranslate(sys.argv[2], sys.argv[3])
    else:
        main()
