"""Machine-translation commands (`workbench.translate`): `translate` and `models
list|install|remove`; `fill` (MT drafts for a stored document) is `workbench.cli.fill`'s."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from workbench.cli.common import (
    FormatOption,
    LinesFormatOption,
    OutputFormat,
    emit,
    language_tag,
)
from workbench.cli.outcome import BadValue
from workbench.cli.translating import (
    EngineChoice,
    Request,
    input_lines,
    partial_failure,
    translate_lines,
)

if TYPE_CHECKING:
    from workbench.translate.argos_packages import Installed

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


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add `translate` and the `models` group to the CLI."""
    app.command("translate")(translate)
    models = typer.Typer(help="Offline MT models: list, install and remove.", no_args_is_help=True)
    models.command("list")(models_list)
    models.command("install")(models_install)
    models.command("remove")(models_remove)
    app.add_typer(models, name="models")
