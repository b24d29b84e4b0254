"""Write output files atomically: all to temporary files first, then rename each.

A failure before the renames leaves the previous outputs untouched.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_all(files: dict[Path, str | bytes]) -> None:
    """Write every file to a temp file beside it, fsync, then rename them into place."""
    temps: list[tuple[Path, Path]] = []
    for path in files:  # temp files left by a build that was killed
        for stale in Path(path).parent.glob(f".{Path(path).name}.*.tmp"):
            stale.unlink(missing_ok=True)
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content.encode("utf-8") if isinstance(content, str) else content)
                fh.flush()
                os.fsync(fh.fileno())
            temps.append((Path(tmp), path))
        for tmp, path in temps:
            os.replace(tmp, path)
        temps = []
    finally:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
