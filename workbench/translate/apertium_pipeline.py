"""A running Apertium mode: its stages under ``bash`` in a process group of their own, fed a
block of lines at a time, and told apart when one dies (`apertium.ApertiumTranslator`).
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import signal
import subprocess
import threading
import time
from typing import IO

from workbench.model import EngineError


class PipelineDied(EngineError):
    """The pipeline ended while it held a batch (``Pipeline.what_died`` says how)."""


# Each stage reports its own end on the error output: "<mark> <stage index> <exit status>".
_ENDED = "\x1eapertium-stage-ended"
# bash's own notice of a stage killed by a signal ("apertium: line 1: 2049 Killed  lt-proc …"),
# which says no more than the stage's report.
_BASH_NOTICE = re.compile(r"apertium: line \d+: +\d+ ")
_ENDED_LINE = re.compile(rb"\x1eapertium-stage-ended (\d+) (\d+)")


class Pipeline:
    """A mode's running pipeline: ``bash`` over its stages, in a process group of its own.

    Each stage runs as ``{ stage; echo <mark> i $? >&2; }``, so the moment any stage
    ends (which none does while its input is open) a line on the error output says
    which one and with what status: a batch in flight fails at once instead of
    waiting on the stages upstream of a dead one. The group lets ``stop`` kill every
    stage together, so none outlives a dead ``bash``; a terminal's Ctrl-C reaches
    Python only, which then closes the pipeline.
    """

    def __init__(self, script: str) -> None:
        self.stages = [stage.strip() for stage in script.strip().split(" | ")]
        wrapped = " | ".join(
            f'{{ {stage}; echo "{_ENDED} {i} $?" >&2; }}' for i, stage in enumerate(self.stages)
        )
        # $1 is the generator's option (-n: no * on unknown words, as `apertium -u`),
        # $2 the tagger's (none).
        self.process = subprocess.Popen(
            ["bash", "-c", wrapped, "apertium", "-n", ""],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            process_group=0,
        )
        self.answered = 0  # batches answered
        self.errors = bytearray()  # what the stages wrote on their error output

    def alive(self) -> bool:
        """``bash`` is running (not reaped: its pid names the group until ``stop``) and no
        stage has reported its end."""
        try:
            ended = os.waitid(os.P_PID, self.process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return False
        return ended is None and not self._read_errors(0)

    def exchange(self, block: bytes, timeout: float, segments: int = 1) -> bytes:
        """Send ``block`` and a NUL; the pipeline's answer, up to its NUL.

        ``block`` may hold ``segments - 1`` NULs of its own (each ends a segment the
        stages flush on its own); the answer then holds as many, one after each
        segment's translation, and the reading goes on to its last NUL.

        A thread writes while this one reads, so a block larger than the pipes'
        buffers cannot deadlock. ``PipelineDied`` when a stage ends or the output
        closes; ``EngineError`` when no answer comes in ``timeout`` seconds.
        """
        assert self.process.stdin is not None and self.process.stdout is not None
        assert self.process.stderr is not None
        stdin, stdout, stderr = self.process.stdin, self.process.stdout, self.process.stderr
        failed: list[OSError] = []

        def write() -> None:
            try:
                stdin.write(block + b"\0")
                stdin.flush()
            except OSError as err:
                failed.append(err)

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        deadline = time.monotonic() + timeout
        answer = bytearray()
        ended = 0  # NULs answered
        while ended < segments:
            left = deadline - time.monotonic()
            ready = select.select([stdout, stderr], [], [], max(left, 0))[0] if left > 0 else []
            if not ready:
                raise EngineError(f"no answer in {timeout:g} s")
            if stderr in ready and self._read_errors(None):
                raise PipelineDied("a stage ended")
            if stdout in ready:
                chunk = os.read(stdout.fileno(), 1 << 16)
                if not chunk:
                    raise PipelineDied("the output closed")
                answer += chunk
                ended += chunk.count(b"\0")
        writer.join()
        if failed:
            raise PipelineDied(str(failed[0]))
        self.answered += 1
        return bytes(answer[:-1])

    def _read_errors(self, timeout: float | None) -> bool:
        """Take in what is waiting on the error output (waiting at most ``timeout`` s; None:
        it is known to be ready); whether a stage has reported its end."""
        assert self.process.stderr is not None
        stderr = self.process.stderr
        if timeout is not None and not select.select([stderr], [], [], timeout)[0]:
            return bool(_ENDED_LINE.search(self.errors))
        with contextlib.suppress(OSError):
            self.errors += os.read(stderr.fileno(), 1 << 16)
        del self.errors[: -(1 << 16)]  # a chatty stage's messages: the last 64 kB
        return bool(_ENDED_LINE.search(self.errors))

    def stop(self, kill: bool = False) -> None:
        """Close the input, let the stages end (at most 5 s; at once with ``kill``), then
        kill whatever is left of the process group and wait for ``bash``."""
        assert self.process.stdout is not None and self.process.stderr is not None
        with contextlib.suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        if self.process.returncode is None:
            # The output closes when bash and the last stage have exited; bash is not
            # reaped until after the kill, so its pid still names the group.
            if not kill:
                _read_to_end(self.process.stdout, 5)
            with contextlib.suppress(OSError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if not self.process.stderr.closed:
            self.errors += _read_to_end(self.process.stderr, 1)
        self.process.stdout.close()
        self.process.stderr.close()

    def what_died(self) -> str:
        """What ended the pipeline, in a few words: the stage that failed and how, with its
        last message, or the signal that killed the whole group."""
        ended = {int(i): int(code) for i, code in _ENDED_LINE.findall(self.errors)}
        messages = [
            line.strip()
            for line in _ENDED_LINE.sub(b"", self.errors).decode(errors="replace").splitlines()
            if line.strip() and not _BASH_NOTICE.match(line)
        ]
        said = f" ({messages[-1][:200]})" if messages else ""
        if not ended:
            code = self.process.returncode
            if code is not None and code < 0:
                return f"all its processes were killed by {_signal_name(-code)}{said}"
            return f"its output closed (bash exited with code {code}){said}"
        # the stage that failed, not the ones that only lost their neighbour (SIGPIPE)
        culprit = min(
            ended,
            key=lambda i: (ended[i] == 0, ended[i] == 128 + signal.SIGPIPE, i),
        )
        code = ended[culprit]
        how = (
            f"was killed by {_signal_name(code - 128)}"
            if code > 128
            else f"exited with code {code}"
        )
        name = os.path.basename(self.stages[culprit].split()[0])
        return f"{name} (stage {culprit + 1} of {len(self.stages)}) {how}{said}"


def _read_to_end(stream: IO[bytes], timeout: float) -> bytes:
    """What ``stream`` gives until its end or for ``timeout`` seconds, whichever is first."""
    data = bytearray()
    deadline = time.monotonic() + timeout
    with contextlib.suppress(OSError, ValueError):
        while (left := deadline - time.monotonic()) > 0 and select.select([stream], [], [], left)[
            0
        ]:
            chunk = os.read(stream.fileno(), 1 << 16)
            if not chunk:
                break
            data += chunk
    return bytes(data)


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
