"""The wheel carries every data folder: a `pip install .` user has no checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_every_rule_and_sample(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("sardoc-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("rules", "elements", "quality_markers", "samples"):
        files = [p for p in (ROOT / folder).rglob("*") if p.is_file()]
        assert files, folder
        for p in files:
            assert f"sardoc/data/{p.relative_to(ROOT).as_posix()}" in names
    assert "sardoc/cli.py" in names
