"""Sign-off records: who (by role) approved or returned which exact document, and when.

The record sits beside the document (``draft.docx.signoff.json``) and holds a SHA-256
hash of the document's bytes, so the QA sheet can say plainly when the document has
changed since it was signed off (seed 003, "Agreeing and signing off").
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from ..errors import InputError
from ..fileio import write_atomic

SUFFIX = ".signoff.json"


def record_path(document: Path) -> Path:
    return document.with_name(document.name + SUFFIX)


def digest(document: Path) -> str:
    return hashlib.sha256(document.read_bytes()).hexdigest()


def write_record(document: Path, role: str, decision: str, note: str, versions: dict) -> Path:
    records = read_records(document)
    records.append(
        {
            "role": role,
            "decision": decision,
            "note": note,
            "when": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "document": document.name,
            "sha256": digest(document),
            **versions,
        }
    )
    path = record_path(document)
    write_atomic(path, json.dumps(records, indent=2, ensure_ascii=False) + "\n")
    return path


def read_records(document: Path) -> list[dict]:
    path = record_path(document)
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"sign-off record is not valid JSON ({e})", str(path)) from None
    if not isinstance(data, list):
        raise InputError("sign-off record must be a list of sign-offs", str(path))
    return data


def status(document: Path) -> list[dict]:
    """Each sign-off, with ``current``: whether the document is unchanged since."""
    now = digest(document)
    return [{**r, "current": r.get("sha256") == now} for r in read_records(document)]
