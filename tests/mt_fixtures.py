"""Helpers the MT tests share: the tiny Argos packages, built once per test session."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.argos_tiny import build_all, build_variants
from workbench.translate.apertium_pipeline import Pipeline
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


# --- killing an Apertium pipeline for real, and waiting for it to be dead ------------------


def group_members(group: int) -> list[str]:
    """The commands of the live (not zombie) processes of a process group, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while being read
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            found.append(stat.with_name("comm").read_text().strip())
    return found


def left_in_group(group: int, within: float = 10.0) -> list[str]:
    """``group_members`` once the group is empty, or what is still there after ``within``
    seconds: processes sent SIGKILL with their group leave it a moment later, and on a
    busy machine that moment can outlast the call that killed them."""
    deadline = time.monotonic() + within
    while (members := group_members(group)) and time.monotonic() < deadline:
        time.sleep(0.02)
    return members


def wait_gone(pid: int) -> None:
    """Return once ``pid`` has exited (gone, or a zombie); fails after 30 s."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return
        except OSError:
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} is still running")


def kill_group(pipeline: Pipeline) -> None:
    """Kill every process of the pipeline (one signal to its group) and wait until its
    bash is dead, without reaping it (the translator does that)."""
    os.killpg(pipeline.process.pid, signal.SIGKILL)
    os.waitid(os.P_PID, pipeline.process.pid, os.WEXITED | os.WNOWAIT)


def kill_stage(pipeline: Pipeline, command: str) -> None:
    """Kill one stage of the pipeline and wait until it and the shell running it have ended
    (that shell reports the stage's end on the error output as it exits)."""
    [pid] = [
        int(stat.parent.name)
        for stat in Path("/proc").glob("[0-9]*/stat")
        if stat.exists()
        and int(stat.read_text().rsplit(")", 1)[1].split()[2]) == pipeline.process.pid
        and (stat.parent / "comm").read_text().strip() == command[:15]
    ]
    shell = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    os.kill(pid, signal.SIGKILL)
    wait_gone(pid)
    wait_gone(shell)
