"""Which language pairs the installed engines serve, and a translator for one of them.

Argos is the primary engine: when no engine is named, an Argos package (or a
chain of two) is used if one serves the pair, else Apertium. A pair with no
direct model is served through a third language when two hops exist
(French→English with Apertium goes through Spanish).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.model import EngineError, InputError
from workbench.translate.apertium import (
    ApertiumTranslator,
    install_advice,
    list_modes,
    package_versions,
)
from workbench.translate.base import PivotTranslator, Translator

ENGINES = ("argos", "apertium")
PREFERRED_PIVOTS = ("en", "es")  # the hub languages most packages go through


@dataclass(frozen=True)
class Pair:
    """A language pair an engine serves, directly or through ``via``."""

    src: str
    tgt: str
    engine: str
    models: tuple[str, ...]  # one model id, or two for a pivot
    via: str | None = None

    @property
    def route(self) -> str:
        return "direct" if self.via is None else f"via {self.via}"

    def __str__(self) -> str:
        return f"{self.src}→{self.tgt} ({self.engine}, {self.route})"


def _direct(engine: str, models_dir: Path | None) -> dict[tuple[str, str], Translator]:
    """The pairs one engine serves directly. Argos's modules are imported only when Argos is
    asked: `workbench translate --engine apertium` does without them (start-up, issue 16)."""
    found: dict[tuple[str, str], Translator] = {}
    if engine == "argos":
        from workbench.translate.argos import ArgosTranslator, list_packages, packages_dir

        for package in list_packages(packages_dir(models_dir)):
            found.setdefault((package.from_code, package.to_code), ArgosTranslator(package))
        return found
    modes = list_modes()
    versions = package_versions(mode.package for mode in modes)  # one dpkg call, not one a mode
    for mode in modes:
        found.setdefault(
            (mode.src_lang, mode.tgt_lang), ApertiumTranslator(mode, version=versions[mode.package])
        )
    return found


def _routes(
    direct: dict[tuple[str, str], Translator],
) -> dict[tuple[str, str], tuple[Translator, ...]]:
    """Every pair served directly or through one pivot language (a direct model wins)."""
    routes: dict[tuple[str, str], tuple[Translator, ...]] = {k: (v,) for k, v in direct.items()}
    langs = sorted({lang for pair in direct for lang in pair})
    order = [p for p in PREFERRED_PIVOTS if p in langs] + [
        p for p in langs if p not in PREFERRED_PIVOTS
    ]
    for src in langs:
        for tgt in langs:
            if src == tgt or (src, tgt) in routes:
                continue
            for via in order:
                if (src, via) in direct and (via, tgt) in direct:
                    routes[(src, tgt)] = (direct[(src, via)], direct[(via, tgt)])
                    break
    return routes


def _all_routes(
    models_dir: Path | None,
) -> dict[str, dict[tuple[str, str], tuple[Translator, ...]]]:
    return {engine: _routes(_direct(engine, models_dir)) for engine in ENGINES}


def _pair(engine: str, key: tuple[str, str], route: tuple[Translator, ...]) -> Pair:
    via = route[0].tgt_lang if len(route) == 2 else None
    return Pair(key[0], key[1], engine, tuple(t.model for t in route), via)


def available_pairs(models_dir: Path | None = None) -> list[Pair]:
    """Every pair the installed Argos packages and Apertium modes serve, direct or pivoted."""
    pairs = [
        _pair(engine, key, route)
        for engine, routes in _all_routes(models_dir).items()
        for key, route in routes.items()
    ]
    return sorted(pairs, key=lambda p: (p.src, p.tgt, ENGINES.index(p.engine)))


def get_translator(
    src: str, tgt: str, engine: str | None = None, models_dir: Path | None = None
) -> Translator:
    """A translator for ``src``→``tgt`` with ``engine`` (Argos first when not named)."""
    if engine is not None and engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if src == tgt:
        raise InputError(
            f"source and target language are both {src!r}: give the language to translate into"
            " (`--to`) that is not the text's own"
        )
    if engine is not None:  # the named engine alone, when it serves the pair
        route = _routes(_direct(engine, models_dir)).get((src, tgt))
        if route:
            return route[0] if len(route) == 1 else PivotTranslator(route[0], route[1])
    all_routes = _all_routes(models_dir)
    served = sorted({lang for routes in all_routes.values() for pair in routes for lang in pair})
    for code in (src, tgt):
        if code not in served and not is_language_code(code):
            raise InputError(
                f"unknown language code {code!r}: give an ISO 639-1 code such as fr, en or es "
                f"(the installed engines serve: {', '.join(served) or 'none'})"
            )
    for name in [engine] if engine else ENGINES:
        route = all_routes[name].get((src, tgt))
        if route:
            return route[0] if len(route) == 1 else PivotTranslator(route[0], route[1])
    raise EngineError(_no_model_message(src, tgt, engine, all_routes))


def _no_model_message(
    src: str,
    tgt: str,
    engine: str | None,
    all_routes: dict[str, dict[tuple[str, str], tuple[Translator, ...]]],
) -> str:
    """One line: what each engine has installed, and what to do: install a model for
    the engine asked, or use the other engine when it serves the pair."""
    from workbench.translate.argos import INSTALL_HINT

    installed = "; ".join(
        f"{name}: " + (", ".join(_short(_pair(name, k, r)) for k, r in sorted(routes.items()))
                       or "none")
        for name, routes in all_routes.items()
    )  # fmt: skip
    engine_part = f" for {engine}" if engine else ""
    hint = {"argos": INSTALL_HINT, "apertium": install_advice(src, tgt)}
    # Another engine serving the pair is the quickest answer, beside what to install.
    other = next((name for name, routes in all_routes.items() if (src, tgt) in routes), None)
    if engine is not None and other is not None:
        todo = f"{hint[engine]}, or use --engine {other}"
    else:
        todo = f"{hint['argos']}; {hint['apertium']}"
    return f"no {src}→{tgt} model is installed{engine_part} (installed pairs — {installed}): {todo}"


def _short(pair: Pair) -> str:
    return f"{pair.src}→{pair.tgt}" + (f" via {pair.via}" if pair.via else "")


def require_language_code(code: str) -> None:
    """InputError in one line unless ``code`` is a lower-case ISO 639-1 code."""
    if not is_language_code(code):
        raise InputError(
            f"unknown language code {code!r}: give a lower-case ISO 639-1 code such as en, es or de"
        )


def is_language_code(code: str) -> bool:
    """Whether ``code`` is a lower-case ISO 639-1 code (from Lingua's list of 75 languages,
    or one of Apertium's pairs)."""
    from lingua import IsoCode639_1

    from workbench.translate.apertium import DEBIAN_PAIRS, ISO1

    apertium = {ISO1.get(c, c) for pair in DEBIAN_PAIRS for c in pair.split("-")}
    return code in apertium or (
        code.isalpha() and code.islower() and hasattr(IsoCode639_1, code.upper())
    )
