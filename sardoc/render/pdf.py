"""PDF through LibreOffice in headless mode: the Word file, converted as Word would print it.

LibreOffice runs with a private, throw-away profile (so two conversions at once do
not collide and nothing of the user's is touched), in a private temporary folder
that is removed afterwards, with a time limit. It makes no network connection: it is
given a local file and writes a local file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import SardocError

TIMEOUT_SECONDS = 120
#: Tagged PDF (a structure tree screen readers follow), PDF/UA where LibreOffice can
#: (PSBAR 2018: a public body's published documents must be accessible), and the
#: document's title, not its file name, in the window bar. The title and the language
#: come from the Word file's core properties and default language.
EXPORT_FILTER = "pdf:writer_pdf_Export:" + json.dumps(
    {
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "PDFUACompliance": {"type": "boolean", "value": "true"},
        "ExportBookmarks": {"type": "boolean", "value": "true"},
        "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
    },
    separators=(",", ":"),
)
_CANDIDATES = ("soffice", "libreoffice")


def converter() -> str | None:
    """The LibreOffice program, from ``SARDOC_SOFFICE`` or the PATH."""
    configured = os.environ.get("SARDOC_SOFFICE")
    if configured:
        return configured
    return next((p for p in map(shutil.which, _CANDIDATES) if p), None)


def docx_to_pdf(docx: bytes) -> bytes:
    program = converter()
    if program is None:
        raise SardocError(
            "PDF needs LibreOffice: install it (Debian and Ubuntu: "
            "apt-get install libreoffice-writer-nogui) or set SARDOC_SOFFICE"
        )
    with tempfile.TemporaryDirectory(prefix="sardoc-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "document.docx"
        source.write_bytes(docx)
        profile = (folder / "profile").as_uri()
        try:
            subprocess.run(
                [
                    program,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    EXPORT_FILTER,
                    "--outdir",
                    str(folder),
                    str(source),
                ],
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            raise SardocError(f"LibreOffice took more than {TIMEOUT_SECONDS} s; gave up") from None
        except OSError as e:
            raise SardocError(f"cannot run LibreOffice ({program}): {e.strerror}") from None
        pdf = folder / "document.pdf"
        if not pdf.is_file():
            raise SardocError("LibreOffice did not produce a PDF (is the installation complete?)")
        return pdf.read_bytes()


def heading_pages(pdf: bytes, headings: list[str]) -> dict[str, int]:
    """The page each heading starts on, searched in order after the contents page.

    A heading is looked for as the start of a line, from the page where the previous
    one was found, so the contents page's own list of headings is never taken for them.
    """
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in doc:
            tp = page.get_textpage()
            texts.append([" ".join(line.split()) for line in tp.get_text_range().splitlines()])
            tp.close()
            page.close()
    finally:
        doc.close()
    found: dict[str, int] = {}
    start = 0
    for heading in headings:
        want = " ".join(heading.split())
        for n in range(start, len(texts)):
            # the contents page lists every heading; a heading on it is followed by a tab
            # and a number, so skip the pages before the body starts
            if n > 0 and any(line == want for line in texts[n]) and not _is_contents(texts[n]):
                found[heading] = n + 1
                start = n
                break
    return found


def _is_contents(lines: list[str]) -> bool:
    return any(line.strip() == "Contents" for line in lines[:3])
