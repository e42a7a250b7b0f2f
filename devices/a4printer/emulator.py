"""A throwaway CUPS server with a virtual PDF printer: the A4 printer's emulator.

Nothing here imitates CUPS. It starts Debian's real ``cupsd`` with its own ServerRoot, spool, cache and
logs in a private directory, listening on a free loopback port, and adds a queue whose backend is
``cups-pdf`` (printer-driver-cups-pdf), so a job goes through the real filter chain and comes out as a
PDF file that tests read back.

cups-pdf reads its settings from a directory fixed when it was built (``/etc/cups``), not from the
ServerRoot of the cupsd that runs it; for a queue whose device URI is ``cups-pdf:/NAME`` it reads
``/etc/cups/cups-pdf-NAME.conf``. The emulator writes that one file (a unique NAME, removed on close) so
the output lands in its own directory; nothing else outside the private directory is touched.

What is simulated: a printer's trouble (paper out, jam, toner). A real USB or network printer's backend
reports it by setting ``printer-state-reasons``; :meth:`ThrowawayCups.set_state_reasons` sets the same
attribute through CUPS' own CUPS-Add-Modify-Printer operation, so the driver reads it exactly as it
would from a real printer. Pausing and rejecting are real (cupsdisable / cupsreject equivalents).
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = "/usr/lib/cups/backend/cups-pdf"
CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")


class CupsUnavailable(RuntimeError):
    """cupsd or cups-pdf is not installed, or cupsd would not start."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ipp_attribute(tag: int, name: str, values: list[str]) -> bytes:
    out = b""
    for i, value in enumerate(values):
        key = name.encode() if i == 0 else b""
        data = value.encode()
        out += struct.pack(">BH", tag, len(key)) + key + struct.pack(">H", len(data)) + data
    return out


class ThrowawayCups:
    """``with ThrowawayCups() as cups: cups.server, cups.queue, cups.output_dir``."""

    def __init__(self, queue: str | None = None) -> None:
        for needed in (CUPSD, CUPS_PDF_BACKEND, CUPS_PDF_PPD):
            if not os.path.exists(needed):
                raise CupsUnavailable(f"{needed} is missing (install cups and printer-driver-cups-pdf)")
        self.queue = queue or f"kiosk-a4-{uuid.uuid4().hex[:8]}"
        self.port = _free_port()
        self.server = f"127.0.0.1:{self.port}"
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.output_dir = self.root / "pdf"
        self._pdf_conf = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{self.queue}.conf"
        self._process: subprocess.Popen[bytes] | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self, timeout_s: float = 15.0) -> ThrowawayCups:
        conf = self.root / "conf"
        self.root.chmod(0o755)  # filters run as lp and read the spool below it
        for sub in ("conf/ppd", "spool/tmp", "cache", "state/certs", "log"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self.output_dir.mkdir()
        # cups-pdf drops to the job's user before writing: the directory must take anyone's file.
        self.output_dir.chmod(0o777)
        (conf / "cups-files.conf").write_text(
            f"ServerRoot {conf}\nRequestRoot {self.root / 'spool'}\nTempDir {self.root / 'spool/tmp'}\n"
            f"CacheDir {self.root / 'cache'}\nStateDir {self.root / 'state'}\n"
            f"ErrorLog {self.root / 'log/error_log'}\nAccessLog {self.root / 'log/access_log'}\n"
            f"PageLog {self.root / 'log/page_log'}\nPrintcap {self.root / 'printcap'}\n"
            "User lp\nGroup lp\nSystemGroup root\nFileDevice No\n"
        )
        (conf / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nLogLevel info\nBrowsing Off\nWebInterface No\n"
            "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        self._pdf_conf.write_text(f"Out {self.output_dir}\nAnonDirName {self.output_dir}\nUserUMask 0000\n")
        self._process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout_s
        while not self._answers():
            if self._process.poll() is not None or time.monotonic() > deadline:
                log = self.log_tail()
                self.close()
                raise CupsUnavailable(f"cupsd did not start: {log}")
            time.sleep(0.05)
        self._lpadmin(
            "-p",
            self.queue,
            "-E",
            "-v",
            f"cups-pdf:/{self.queue}",
            "-P",
            CUPS_PDF_PPD,
            # pdftocairo keeps the text layer of CJK PDFs; the default (poppler pdftops
            # through Ghostscript) turns it into glyph shapes nobody can search or check.
            "-o",
            "pdftops-renderer-default=pdftocairo",
        )
        return self

    def close(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        self._pdf_conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ThrowawayCups:
        try:
            return self.start()
        except BaseException:
            self.close()  # never leave the /etc/cups file or a cupsd behind a failed start
            raise

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what tests and the technician's demo do to the "printer" -------------------------------
    def set_state_reasons(self, *reasons: str) -> None:
        """Set ``printer-state-reasons`` as a backend reporting a real printer's trouble would."""
        uri = f"ipp://{self.server}/printers/{self.queue}"
        body = struct.pack(">BBHI", 2, 0, 0x4003, 1)  # IPP 2.0, CUPS-Add-Modify-Printer, request 1
        body += b"\x01" + _ipp_attribute(0x47, "attributes-charset", ["utf-8"])
        body += _ipp_attribute(0x48, "attributes-natural-language", ["en"])
        body += _ipp_attribute(0x45, "printer-uri", [uri])
        body += b"\x04" + _ipp_attribute(0x44, "printer-state-reasons", list(reasons) or ["none"])
        body += b"\x03"
        request = urllib.request.Request(
            f"http://{self.server}/admin/", data=body, headers={"Content-Type": "application/ipp"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            answer = response.read()
        status = struct.unpack(">H", answer[2:4])[0]
        if status >= 0x0100:
            raise CupsUnavailable(f"cupsd refused printer-state-reasons: status 0x{status:04x}")

    def outputs(self) -> list[Path]:
        return sorted(self.output_dir.glob("*.pdf"), key=lambda p: p.stat().st_mtime)

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = (self.root / "log/error_log").read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                return True
        except OSError:
            return False

    def _lpadmin(self, *args: str) -> None:
        result = subprocess.run(
            ["lpadmin", "-h", self.server, *args], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise CupsUnavailable(f"lpadmin failed: {result.stderr.strip()}")
