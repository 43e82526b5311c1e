"""Machine-translation commands (`workbench.pipeline.mt`, `workbench.translate`):
`translate`, `models list|install|remove`, and `fill` (MT drafts for a stored document)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    ActorOption,
    DbOption,
    FormatOption,
    LinesFormatOption,
    OutputFormat,
    emit,
    language_tag,
    open_store,
    progress_bar,
)
from workbench.cli.outcome import EXIT_CODES, BadValue, finish
from workbench.cli.translating import (
    EngineChoice,
    Request,
    input_lines,
    partial_failure,
    translate_lines,
)
from workbench.naming import shell_word
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from workbench.pipeline.mt import FillReport
    from workbench.translate.argos_packages import Installed
    from workbench.translate.glossary import Glossary

ModelsDirOption = Annotated[
    Path | None,
    typer.Option(
        "--models-dir",
        envvar="ARGOS_PACKAGES_DIR",
        help="Folder of Argos packages (default: ~/.local/share/argos-translate/packages).",
        show_default=False,
    ),
]


GlossaryOption = Annotated[
    Path | None,
    typer.Option(
        "--glossary",
        help="Term pairs forced into the drafts: TSV (source<TAB>target) or .csv "
        "(comma or semicolon; a header such as fr,en picks the columns).",
        show_default=False,
    ),
]


EngineOption = Annotated[
    EngineChoice | None,
    typer.Option("--engine", help="Default: Argos when it serves the pair.", case_sensitive=False),
]


def translate(
    text: Annotated[
        str | None,
        typer.Argument(help="Text to translate, or - to read one sentence per line from stdin."),
    ] = None,
    src: Annotated[
        str, typer.Option("--from", callback=language_tag, help="Source language code, e.g. fr.")
    ] = "fr",
    tgt: Annotated[
        str,
        typer.Option("--to", callback=language_tag, help="Target language code, e.g. en or es."),
    ] = "en",
    engine: EngineOption = None,
    models_dir: ModelsDirOption = None,
    glossary: GlossaryOption = None,
    fmt: LinesFormatOption = None,
) -> None:
    """Translate TEXT (or stdin with -) offline, one output line per input line.

    Example: `workbench translate --from fr --to en "Le chat dort."`
    """
    # `workbench translate` with plain lines out usually runs without typer:
    # workbench.cli.translating, which does the same work
    lines = input_lines(text)
    request = Request(text, src, tgt, engine, models_dir, glossary)
    results, failure = translate_lines(lines, request)
    if failure is not None and not results:
        raise failure
    if failure is not None:  # keep what was translated, say what was not
        for result in results:
            typer.echo(result.text)
        raise partial_failure(failure, len(results), len(lines))
    if fmt is None:
        for result in results:
            typer.echo(result.text)
        return
    rows = [
        {
            "source": r.source,
            "translation": r.text,
            "engine": r.engine,
            "model": r.model,
            "version": r.model_version,
        }
        for r in results
    ]
    emit(rows, fmt)


def models_list(
    models_dir: ModelsDirOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """List installed Argos packages and Apertium modes, and the pairs each serves."""
    # deferred for start-up time (ctranslate2, sentencepiece)
    from workbench.translate.apertium import list_modes, package_version
    from workbench.translate.argos import list_packages, packages_dir
    from workbench.translate.registry import available_pairs

    pairs = available_pairs(models_dir)
    rows = [
        {
            "engine": "argos",
            "model": p.model_id,
            "version": p.package_version,
            "location": str(p.path),
        }
        for p in list_packages(packages_dir(models_dir))
    ] + [
        {
            "engine": "apertium",
            "model": m.name,
            "version": package_version(m.package),
            "location": m.package,
        }
        for m in list_modes()
    ]
    for row in rows:
        served = [p for p in pairs if p.engine == row["engine"] and row["model"] in p.models]
        row["pairs"] = "; ".join(f"{p.src}→{p.tgt} {p.route}" for p in served)
    if not rows and fmt is OutputFormat.TABLE:
        typer.echo(
            "no models installed: run `workbench models install FILE.argosmodel` or install "
            "the Debian packages apertium-fr-es and apertium-eng-spa",
            err=True,
        )
        return
    emit(rows, fmt, ["engine", "model", "version", "pairs", "location"])


def models_install(
    source: Annotated[
        list[str],
        typer.Argument(help="FILE.argosmodel, or two language codes (e.g. fr en) for the index."),
    ],
    models_dir: ModelsDirOption = None,
    index: Annotated[
        str | None,
        typer.Option(
            envvar="ARGOS_PACKAGE_INDEX",
            help="Argos package index URL (used only with two language codes).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Install an Argos package from a file (offline) or from the Argos index (online).

    `workbench models install translate-fr_en.argosmodel` checks the file and
    installs nothing when it is corrupt or not a translate package;
    `workbench models install fr en` downloads from the index and fails at once
    when the machine is offline.
    """
    from workbench.translate.argos import packages_dir  # deferred for start-up time

    installed = _install(source, packages_dir(models_dir), index)
    package = installed.package
    replaced = "".join(
        f"; it replaces {old.model_id} {old.package_version} ({old.path.name})"
        for old in installed.replaced
        if old.path != package.path
    )
    typer.echo(
        f"installed {package.model_id} {package.package_version} "
        f"({package.from_code}→{package.to_code}) in {package.path}{replaced}"
    )


def _install(source: list[str], target: Path, index: str | None) -> Installed:
    """Install from a file (one source) or from the index (two language codes)."""
    from workbench.translate.argos import (  # deferred for start-up time
        DEFAULT_INDEX,
        install_from_index,
        install_package,
    )

    if len(source) == 1 and not Path(source[0]).exists() and len(source[0]) <= 3:
        raise BadValue(
            f"{source[0]!r} is neither a file nor a pair: give FILE.argosmodel, or two "
            "language codes such as `fr en`"
        )
    if len(source) == 1:
        return install_package(Path(source[0]), target)
    if len(source) == 2:
        url = index or DEFAULT_INDEX
        if not url.endswith(".json"):
            url = url.rstrip("/") + "/index.json"
        return install_from_index(source[0], source[1], target, index_url=url)
    raise BadValue("give one FILE.argosmodel, or two language codes such as `fr en`")


def models_remove(
    name: Annotated[
        list[str],
        typer.Argument(help="The package: translate-fr_en, fr_en, or two codes such as fr en."),
    ],
    models_dir: ModelsDirOption = None,
) -> None:
    """Uninstall an Argos package (Apertium modes come and go with their Debian packages).

    Translations it made stay in the store's cache and on the beads, with its
    name and version in their origin.
    """
    from workbench.translate.argos import packages_dir, remove_package  # deferred: start-up

    if len(name) not in (1, 2):
        raise BadValue("give one package name such as translate-fr_en, or two codes: fr en")
    package = remove_package(" ".join(name), packages_dir(models_dir))
    typer.echo(f"removed {package.model_id} {package.package_version} from {package.path.parent}")


EstimateOption = Annotated[
    bool,
    typer.Option(
        "--estimate/--no-estimate",
        help="Score each draft with the quality estimate (encodes source and draft; "
        "--no-estimate makes fill several times cheaper and leaves the scores as they were).",
    ),
]


def fill(
    doc: Annotated[str, typer.Argument(help="Document id or file stem.")],
    to: Annotated[
        str, typer.Option("--to", callback=language_tag, help="Language of the drafts: en, es, …")
    ],
    engine: EngineOption = None,
    models_dir: ModelsDirOption = None,
    glossary: GlossaryOption = None,
    estimate: EstimateOption = True,
    actor: ActorOption = "cli",
    db: DbOption = None,
    fmt: LinesFormatOption = None,
) -> None:
    """Draft the French sentences that have no counterpart with offline MT.

    Drafts get status `draft` and origin `mt:<engine>:<model>` until a reviewer
    post-edits them; human text is never overwritten. A second run translates
    nothing new: the store's translation cache answers. Each draft's score is its
    quality estimate: the probability, 0 to 1, that it translates its source
    (`--no-estimate` skips it). An engine that fails half-way keeps the drafts made
    so far: the command then exits with 4 (1 when none was made). With -f json or
    tsv, the lines are one row: document, alignment, drafted, already, origin,
    estimated, estimate (its signature), untranslated, glossary, forced, missing,
    rejected (the beads rejected as not a pair, left alone: `unpair` parts them),
    unglossed and unglossed_missing (with --glossary: the drafts made before, which
    keep their text and never got the glossary, and those of them missing a term).
    """
    from workbench.pipeline.mt import PartlyDrafted, fill_document  # deferred: start-up time
    from workbench.translate.glossary import read_glossary

    terms = read_glossary(glossary, target=to) if glossary is not None else None
    store = open_store(db)
    try:
        with progress_bar("Translating", None) as advance:
            report = fill_document(
                store, doc, to, engine=engine, models_dir=models_dir, progress=advance,
                estimate=estimate, glossary=terms, actor=actor,
            )  # fmt: skip
    except PartlyDrafted as exc:  # the drafts saved before the engine failed stay
        typer.echo(f"error: {exc}", err=True)
        finish(done=exc.drafted, refused=exc.left)
        raise
    if fmt is not None:
        from workbench.cli import summaries

        name = store.document(report.alignment.doc_id).name
        rows = summaries.filled(report, name, to, None if terms is None else str(glossary))
        emit(rows, fmt, summaries.FILLED, title="Filled")
    else:
        _say_filled(report, doc, to, estimate=estimate, terms=terms, glossary=glossary)
    if report.left_behind:  # a reviewer's work stayed in the earlier version: exit 3
        typer.echo(f"warning: {report.left_behind}", err=True)
        finish(done=report.filled, to_review=1)


def _say_filled(
    report: FillReport, doc: str, to: str, *, estimate: bool,
    terms: Glossary | None, glossary: Path | None,
) -> None:  # fmt: skip
    """What `fill` did, in lines: the drafts and their estimates, the beads left alone, the
    drafts with words left untranslated or a glossary term missing, and where to look."""
    typer.echo(
        f"alignment {report.alignment.id}: {counted(report.filled, 'gap')} drafted by "
        f"{report.origin}"
        + (f", {report.already} already had a draft" if report.already else "")
        + (
            f"; each draft has an on-topic estimate in [0, 1], not a fluency score (the review"
            f' app\'s "MT on-topic below" filter shows wrong, empty or off-topic drafts;'
            f" signature {report.estimate})"
            if report.estimated
            else ""
        )
        + ("; not scored (--no-estimate)" if not estimate and report.filled else "")
    )
    if report.rejected:
        numbers = [str(n) for n in report.rejected]
        typer.echo(
            f"left alone: {plural(len(numbers), 'bead')} {', '.join(numbers)} rejected as not "
            "a pair; to draft their French, part them into null beads with "
            f"`workbench unpair {shell_word(doc)} {' '.join(numbers)} --to {to} --reviewer NAME`"
        )
    if report.untranslated:
        typer.echo(
            f"{counted(report.untranslated, 'draft')} left words untranslated, scored lower "
            f"(see `workbench qa {shell_word(doc)} --to {to}`)"
        )
    if terms is not None:
        qa = f"`workbench qa {shell_word(doc)} --to {to} --glossary {shell_word(str(glossary))}`"
        typer.echo(
            f"glossary {terms.name}: terms forced into {counted(report.forced, 'draft')}"
            + (
                f"; {counted(report.missing, 'draft')} "
                f"{plural(report.missing, 'misses', 'miss')} a term (see {qa})"
                if report.missing
                else ""
            )
            + _unglossed(report, qa)
        )


def _unglossed(report: FillReport, qa: str) -> str:
    """What fill's glossary line says of the drafts made before, which it did not touch."""
    n, missing = report.unglossed, report.unglossed_missing
    if not n:
        return ""
    them = plural(n, "it", "them")
    said = (
        f"; not applied to the {counted(n, 'draft')} made before (fill drafts only gaps, "
        f"and no command drafts a bead again)"
    )
    if not missing:
        return f"{said}: none of {them} misses a term"
    return (
        f"{said}: {missing} of {them} {plural(missing, 'misses', 'miss')} a term (see {qa}); "
        f"correct {plural(missing, 'it', 'them')} in the review app or an exported table"
    )


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add `translate`, the `models` group and `fill` to the CLI."""
    app.command("translate")(translate)
    models = typer.Typer(help="Offline MT models: list, install and remove.", no_args_is_help=True)
    models.command("list")(models_list)
    models.command("install")(models_install)
    models.command("remove")(models_remove)
    app.add_typer(models, name="models")
    app.command("fill", epilog=EXIT_CODES)(fill)
