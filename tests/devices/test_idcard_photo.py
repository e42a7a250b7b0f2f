"""The WLT photo stays opaque; a vendor decoder is optional and loaded by path."""

import shutil
import subprocess

import pytest

from devices.idcard import create_driver
from devices.idcard.photo import CardPhoto, PhotoDecoder, PhotoDecoderUnavailable

PHOTO = CardPhoto(bytes(range(256)) * 4)


def test_without_a_decoder_nothing_pretends_to_decode():
    decoder = PhotoDecoder(None)
    assert decoder.can_decode is False
    with pytest.raises(PhotoDecoderUnavailable, match="no vendor photo decoder"):
        decoder.decode(PHOTO)
    assert "1024 bytes" in repr(PHOTO) and "\\x" not in repr(PHOTO)


def test_configured_but_missing_or_broken_library(tmp_path):
    missing = PhotoDecoder(str(tmp_path / "libwlt.so"))
    assert not missing.can_decode and "not found" in missing.problem
    junk = tmp_path / "junk.so"
    junk.write_bytes(b"not a shared object")
    broken = PhotoDecoder(str(junk))
    assert not broken.can_decode and "cannot be loaded" in broken.problem
    with pytest.raises(PhotoDecoderUnavailable, match="cannot be loaded"):
        broken.decode(PHOTO)


# No vendor WLT library can exist in this repository (it is proprietary), so a stub with the same C
# signature is compiled here; it checks the ctypes plumbing and error handling, not WLT decoding.
STUB = r"""
#include <string.h>
int unpack(const char *wlt, char *bmp, int flags) {
    if ((unsigned char)wlt[0] == 0xEE) return -3;
    int size = 54 + 102 * 126 * 3;
    memset(bmp, 0, size);
    bmp[0] = 'B'; bmp[1] = 'M';
    bmp[2] = size & 0xFF; bmp[3] = (size >> 8) & 0xFF; bmp[4] = (size >> 16) & 0xFF;
    bmp[54] = wlt[1];
    return 1;
}
"""


@pytest.fixture
def stub_library(tmp_path):
    if shutil.which("cc") is None:
        pytest.skip("no C compiler to build the stand-in vendor library")
    source = tmp_path / "stub.c"
    source.write_text(STUB)
    library = tmp_path / "libwltstub.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(library), str(source)], check=True, timeout=60)
    return library


def test_a_loaded_decoder_is_called_and_checked(stub_library):
    decoder = PhotoDecoder(str(stub_library))
    assert decoder.can_decode
    bmp = decoder.decode(PHOTO)
    assert bmp[:2] == b"BM" and len(bmp) == 54 + 102 * 126 * 3
    assert bmp[54] == PHOTO.wlt[1]
    with pytest.raises(PhotoDecoderUnavailable, match="returned -3"):
        decoder.decode(CardPhoto(b"\xee" + bytes(1023)))


def test_create_driver_takes_the_decoder_path_from_config(stub_library):
    reader = create_driver({"emulated": True, "vendor_photo_decoder": str(stub_library)}, None)
    try:
        assert reader.capabilities["photo_decoding"] is True
    finally:
        reader.close()
