"""Camera commands for the diagnostics CLI: ``qr decode``, ``face check``, ``document crop``.

``register_cli(subparsers)`` adds them to the parent parser; each sets ``func(args) -> int`` (the
exit code). Exit codes: 0 found/ok, 1 nothing found or quality not ok, 2 unreadable input.

Reports carry the verdict and its message code; the resident's words for a code are the kiosk's
(Qt Linguist), so the technician reads a short English hint from this module instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from devices.camera import document, face, qr
from devices.camera.capture import Frame

#: what a document verdict means, for the technician at the console
DOCUMENT_HINTS = {
    document.Verdict.OK: "page found and readable",
    document.Verdict.NO_PAGE: "no whole page found in the picture",
    document.Verdict.BLURRED: "page found but blurred",
    document.Verdict.TOO_DARK: "page found but too dark to read",
}


class ImageInputError(ValueError):
    pass


def _read(path: str) -> Frame:
    if not Path(path).is_file():
        raise ImageInputError(f"no such file: {path}")
    image = cv2.imread(path, cv2.IMREAD_COLOR)
    if image is None:
        raise ImageInputError(f"not an image OpenCV can read: {path}")
    return np.asarray(image, dtype=np.uint8)


def _json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))


def _guarded(handler: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(handler(args))
        except (ImageInputError, qr.QrInputError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2

    return run


def cmd_qr_decode(args: argparse.Namespace) -> int:
    texts, engine = qr.decode_detailed(_read(args.image), budget_ms=float("inf"))
    if _json(args):
        _print_json({"payloads": texts, "decoder": engine or None})
    else:
        for text in texts:
            print(text)
    if not texts:
        if not _json(args):
            print("no QR code found", file=sys.stderr)
        return 1
    return 0


def cmd_face_check(args: argparse.Namespace) -> int:
    image = _read(args.image)
    quality = face.assess(image)
    report = {"image": {"width": image.shape[1], "height": image.shape[0]}} | quality.as_dict()
    _print_json(report)  # always JSON: the technician screen parses it
    return 0 if quality.ok else 1


def cmd_document_crop(args: argparse.Namespace) -> int:
    capture = document.crop_document(_read(args.image))
    report: dict[str, Any] = capture.quality.as_dict()
    report["corners"] = None if capture.corners is None else capture.corners.round(1).tolist()
    report["written"] = None
    if capture.page is not None:
        if not cv2.imwrite(args.out, capture.page):
            raise ImageInputError(f"cannot write {args.out} (unknown extension or no permission)")
        report["written"] = args.out
    if _json(args):
        _print_json(report)
    else:
        q = capture.quality
        print(f"{q.code}: {DOCUMENT_HINTS[q.verdict]}")
        if report["written"]:
            print(f"page written to {args.out}")
    return 0 if capture.quality.ok else 1


def _json_flag(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: do not overwrite a --json given to the parent parser.
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")


def register_cli(subparsers: Any) -> None:
    """Add the ``qr``, ``face`` and ``document`` command groups to an argparse subparsers object."""
    qr_p = subparsers.add_parser("qr", help="QR codes in pictures")
    qr_sub = qr_p.add_subparsers(dest="qr_command", required=True)
    p = qr_sub.add_parser("decode", help="print each QR payload in IMAGE on its own line (exit 1: none)")
    p.add_argument("image")
    _json_flag(p)
    p.set_defaults(func=_guarded(cmd_qr_decode))

    face_p = subparsers.add_parser("face", help="faces in pictures")
    face_sub = face_p.add_subparsers(dest="face_command", required=True)
    p = face_sub.add_parser("check", help="JSON: faces found, boxes, quality verdict (exit 1: not ok)")
    p.add_argument("image")
    _json_flag(p)
    p.set_defaults(func=_guarded(cmd_face_check))

    doc_p = subparsers.add_parser("document", help="document pictures")
    doc_sub = doc_p.add_subparsers(dest="document_command", required=True)
    p = doc_sub.add_parser("crop", help="find, straighten and enhance the page; write it to OUT")
    p.add_argument("image")
    p.add_argument("out")
    _json_flag(p)
    p.set_defaults(func=_guarded(cmd_document_crop))


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m devices.camera.cli``) until the kiosk-devices CLI wires us in."""
    parser = argparse.ArgumentParser(prog="camera")
    register_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
