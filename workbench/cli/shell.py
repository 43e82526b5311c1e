"""The click group the `workbench` app runs in: clean errors, and a start-up cost kept low.

- A library error (`WorkbenchError`) prints ``error: …`` and exits with 1; a
  `outcome.BadValue` prints the same way and exits with 2.
- A usage error (unknown option, bad value, missing argument) prints one
  line that says what is wrong and where the usage is, and exits with 2, the
  convention for usage errors; typer's boxed panel would need rich.
- typer 0.29 coerces every parameter through a pydantic ``TypeAdapter``, and
  importing pydantic costs more than the rest of ``workbench docs``
  (bench/cli_startup.py). Plain ``str``, ``bool``, enum and ``Path``
  parameters, all of the command line's, are coerced here (enums by typer's
  own choice rule, paths by its own path checks); any other parameter, or a
  value of another type, keeps typer's adapter.
  This is the one module that uses typer's internals (``typer.core``,
  ``typer._coercion``, ``typer._param_types``, ``typer._click``), hence the
  pin ``typer>=0.29,<0.30`` in pyproject.toml; tests/test_startup.py fails if
  an upgrade brings pydantic back into ``workbench docs``.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Any, get_args, get_origin

import typer
from typer import core as typer_core
from typer._click import Context
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer._coercion import RuntimeParam, TypeDescriptor
from typer._coercion import build_runtime_param as _TYPER_BUILD
from typer._param_types import (
    coerce_cli_choice,
    coerce_cli_path,
    lenient_issubclass,
    routes_to_path,
)
from typer.core import TyperGroup, _TyperParameter

from workbench.cli.outcome import BadValue, Outcome
from workbench.model import WorkbenchError


class Group(TyperGroup):
    """The top-level group: library errors exit 1, usage errors print one line and exit 2."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: Context | None = None,
        **extra: Any,
    ) -> Context:
        _install_plain_params()
        with _one_line_usage_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Context) -> Any:
        try:
            with _one_line_usage_errors():  # a sub-command's options are parsed in here
                return super().invoke(ctx)
        except WorkbenchError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(int(Outcome.USAGE) if isinstance(exc, BadValue) else 1) from None
        except BrokenPipeError:
            # The reader closed the pipe (`| head`, `| grep -q`): no error of ours, so not
            # exit 1; end as a Unix tool killed by SIGPIPE does, 128 + 13, and send the
            # rest of the output, and the interpreter's last flush, to /dev/null.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(128 + signal.SIGPIPE) from None


class OneLineUsageError(UsageError):
    """A usage error shown as one line, ``error: <what>. Run `<command> --help` …``; exit 2."""

    def show(self, file: IO[Any] | None = None) -> None:
        what = " ".join(self.format_message().split()).rstrip(".")
        todo = f" Run `{self.ctx.command_path} --help` for its usage." if self.ctx else ""
        typer.echo(f"error: {what}.{todo}", file=file, err=True)


@contextmanager
def _one_line_usage_errors() -> Iterator[None]:
    try:
        yield
    except (NoArgsIsHelpError, OneLineUsageError):
        raise  # the help itself, or an error already made one line deeper down
    except UsageError as exc:
        raise OneLineUsageError(exc.format_message(), exc.ctx) from None


@dataclass(frozen=True)
class _PlainParam(RuntimeParam):
    """A str, bool, Path, enum or list-of-enum value coerced as typer's adapter would, without
    pydantic.

    This is the one place a value outside an option's fixed set becomes a
    usage error: ``Invalid value for '--kind': 'foo' is not one of 'body', …``
    (exit 2, `Group`).

    A value of another type (a bool option given as text, say) goes to typer's
    own adapter, built on first use.
    """

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        annotation = self.annotation
        if isinstance(value, str) and annotation is str:
            return value
        if isinstance(value, bool) and annotation is bool:
            return value
        if isinstance(value, str) and annotation is Path:
            # typer's path adapter makes the Path with pydantic (str → Path(str), as
            # here), then checks it with this function, which skips pydantic for a Path
            return coerce_cli_path(
                Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx
            )
        choices = _choices(annotation)
        if choices is not None:
            many = choices is not annotation
            try:
                chosen = [
                    coerce_cli_choice(
                        one,
                        choices=tuple(choices),
                        case_sensitive=self.parameter_info.case_sensitive,
                        ctx=ctx,
                    )
                    for one in (value if many else [value])
                ]
            except ValueError as exc:
                raise typer.BadParameter(str(exc), ctx=ctx, param=param) from None
            return chosen if many else chosen[0]
        typers = _TYPER_BUILD(TypeDescriptor(annotation, self.parameter_info, None))
        return typers._coerce_value(value, param=param, ctx=ctx)


def _choices(annotation: Any) -> type[Enum] | None:
    """The enum of an enum or ``list[enum]`` annotation, else None."""
    if lenient_issubclass(annotation, Enum):
        return annotation  # type: ignore[no-any-return]
    args = get_args(annotation)
    if get_origin(annotation) is list and len(args) == 1 and lenient_issubclass(args[0], Enum):
        return args[0]  # type: ignore[no-any-return]
    return None


def _build_runtime_param(descriptor: TypeDescriptor) -> RuntimeParam:
    """typer's `build_runtime_param`, with `_PlainParam` for str, bool, Path and enum values."""
    annotation, info = descriptor.annotation, descriptor.parameter_info
    path = routes_to_path(annotation, info)
    plain = (
        descriptor.file_annotation is None
        and info.parser is None
        and (
            (path and annotation is Path and info.path_type is None)
            or (not path and (annotation in (str, bool) or _choices(annotation) is not None))
        )
    )
    if plain:
        return _PlainParam(annotation=annotation, parameter_info=info)
    if descriptor.file_annotation is None:
        return _DeferredParam(annotation=annotation, parameter_info=info, descriptor=descriptor)
    return _TYPER_BUILD(descriptor)


@dataclass(frozen=True)
class _DeferredParam(RuntimeParam):
    """Any other parameter, coerced by typer's own adapter, built when a value comes.

    An option not given is None, which typer's `RuntimeParam.coerce` answers without
    coercing: ``workbench translate`` without ``--models-dir`` or ``--glossary`` (Path
    options) then imports no pydantic (0.19 s of CPU, bench/mt_apertium.py).
    """

    descriptor: TypeDescriptor

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Context) -> Any:
        return _TYPER_BUILD(self.descriptor)._coerce_value(value, param=param, ctx=ctx)


def _install_plain_params() -> None:
    # typer's parameters look `build_runtime_param` up in typer.core when they
    # first coerce a value, which is after the top-level context is made. The
    # replacement is process-wide and idempotent; it coerces as typer would.
    typer_core.build_runtime_param = _build_runtime_param  # type: ignore[attr-defined]
