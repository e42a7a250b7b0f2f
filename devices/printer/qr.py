"""QR symbol geometry shared by the emulator (drawing what the printer prints) and the raster fallback
for models without native QR. Uses the pinned ``qrcode`` package for the encoding itself."""

from __future__ import annotations

import qrcode
import qrcode.constants
from PIL import Image

from devices.printer.escpos import QrErrorCorrection

_LEVELS = {
    QrErrorCorrection.L: qrcode.constants.ERROR_CORRECT_L,
    QrErrorCorrection.M: qrcode.constants.ERROR_CORRECT_M,
    QrErrorCorrection.Q: qrcode.constants.ERROR_CORRECT_Q,
    QrErrorCorrection.H: qrcode.constants.ERROR_CORRECT_H,
}


class QrTooLarge(ValueError):
    pass


def qr_matrix(data: bytes, level: QrErrorCorrection) -> list[list[bool]]:
    """Module matrix without quiet zone (a printer prints none; the paper around it is the quiet zone)."""
    code = qrcode.QRCode(version=None, error_correction=_LEVELS[level], border=0)
    code.add_data(data)
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError) as exc:
        raise QrTooLarge(f"{len(data)} bytes do not fit in a QR symbol at level {level.name}") from exc
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_image(data: bytes, level: QrErrorCorrection, module: int, quiet_modules: int = 0) -> Image.Image:
    """A 1-bit image of the symbol, ``module`` dots per module, black modules as 0."""
    matrix = qr_matrix(data, level)
    count = len(matrix) + 2 * quiet_modules
    small = Image.new("1", (count, count), 1)
    small.putdata(
        [
            0
            if quiet_modules <= y < count - quiet_modules
            and quiet_modules <= x < count - quiet_modules
            and matrix[y - quiet_modules][x - quiet_modules]
            else 1
            for y in range(count)
            for x in range(count)
        ]
    )
    return small.resize((count * module, count * module), Image.Resampling.NEAREST)
