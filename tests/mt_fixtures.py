"""Helpers the MT tests share: the tiny Argos packages, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.argos_tiny import build_all, build_variants
from workbench.translate.argos import install_from_file

PAIRS = ("fr-en", "fr-es", "es-en")


def tiny_packages(factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The ``.argosmodel`` files of ``argos_tiny``, built on first use in this session."""
    root = factory.getbasetemp() / "argos-tiny"
    files = {pair: root / f"translate-{pair.replace('-', '_')}-1_0.argosmodel" for pair in PAIRS}
    if not all(path.is_file() for path in files.values()):
        built = build_all(root)
        assert built == files, built
    return files


def variant_packages(factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The ``.argosmodel`` files of ``argos_tiny.build_variants``, built on first use."""
    root = factory.getbasetemp() / "argos-variants"
    files = {
        "own-pieces": root / "own-pieces" / "translate-fr_en-1_0.argosmodel",
        "prefix": root / "prefix" / "translate-fr_es-1_0.argosmodel",
    }
    if not all(path.is_file() for path in files.values()):
        built = build_variants(root)
        assert built == files, built
    return files


def install(files: dict[str, Path], directory: Path, *pairs: str) -> Path:
    """Install the named tiny packages into ``directory`` with the project's installer."""
    for pair in pairs:
        install_from_file(files[pair], directory)
    return directory


def bpe_package(factory: pytest.TempPathFactory) -> Path:
    """The ``.argosmodel`` of ``argos_tiny.build_bpe_package`` (fr→en), built on first use."""
    from tests.argos_tiny import FR_EN, build_bpe_package

    path = factory.getbasetemp() / "argos-bpe" / "translate-fr_en-1_0.argosmodel"
    if not path.is_file():
        assert build_bpe_package(path.parent, "fr", "en", FR_EN) == path
    return path
