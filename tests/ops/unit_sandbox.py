"""Run a program under the system-call sandbox a systemd unit file declares, without systemd.

The test machines have no systemd as PID 1, so a unit cannot be started; but its sandbox is seccomp,
which any process can install on itself. From the unit file: `SystemCallFilter=` (the allow list
and the `~` removals, groups expanded by `systemd-analyze syscall-filter`, the same tables systemd
uses), `SystemCallErrorNumber=EPERM`, `RestrictAddressFamilies=` (the families `socket()` may make) and
`MemoryDenyWriteExecute=yes` (no mapping both writable and executable, no mprotect to executable),
with the rules systemd installs for each. Loaded through libseccomp (systemd's own dependency) by
this file run as a launcher, which then execs the program:

    python unit_sandbox.py POLICY.json -- program args...
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

PROT_WRITE, PROT_EXEC = 0x2, 0x4
SHM_EXEC = 0o100000
ACT_ALLOW = 0x7FFF0000
CMP_EQ, CMP_MASKED_EQ = 4, 7


def _groups() -> dict[str, list[str]]:
    listing = subprocess.run(
        ["systemd-analyze", "syscall-filter", "--no-pager"], capture_output=True, text=True, check=True
    ).stdout
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in listing.splitlines():
        if line.startswith("@"):
            current = groups.setdefault(line.strip(), [])
        elif line.startswith("#"):
            current = None  # the trailing "ungrouped" lists
        elif current is not None and line.strip() and not line.strip().startswith("#"):
            current.append(line.strip())
    return groups


def _expand(names: list[str], groups: dict[str, list[str]]) -> set[str]:
    found: set[str] = set()
    for name in names:
        found |= _expand(groups[name], groups) if name.startswith("@") else {name}
    return found


def unit_settings(unit: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in unit.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def policy(unit: Path) -> dict[str, object]:
    """The unit's sandbox as data for the launcher."""
    settings = unit_settings(unit)
    groups = _groups()
    allowed: set[str] = set()
    for value in settings.get("SystemCallFilter", []):
        if value.startswith("~"):
            allowed -= _expand(value[1:].split(), groups)
        else:
            allowed |= _expand(value.split(), groups)
    assert allowed, f"{unit.name} declares no system-call allow list"
    assert settings.get("SystemCallErrorNumber") == ["EPERM"]
    families = settings.get("RestrictAddressFamilies", [""])[0].split()
    return {
        "allow": sorted(allowed),
        "families": [int(getattr(socket, f)) for f in families],
        "deny_write_execute": settings.get("MemoryDenyWriteExecute") == ["yes"],
    }


def command(unit: Path, tmp_dir: Path, program: list[str]) -> list[str]:
    """``program`` as a command line that runs it inside ``unit``'s sandbox."""
    path = tmp_dir / f"{unit.stem}.sandbox.json"
    path.write_text(json.dumps(policy(unit)))
    return [sys.executable, str(Path(__file__).resolve()), str(path), "--", *program]


class _ArgCmp(ctypes.Structure):
    _fields_ = [
        ("arg", ctypes.c_uint),
        ("op", ctypes.c_int),
        ("datum_a", ctypes.c_uint64),
        ("datum_b", ctypes.c_uint64),
    ]


def _install(spec: dict[str, object]) -> None:
    lib = ctypes.CDLL("libseccomp.so.2", use_errno=True)
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_rule_add_array.argtypes = [
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint, ctypes.POINTER(_ArgCmp),
    ]  # fmt: skip
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    ctx = lib.seccomp_init(0x00050000 | errno.EPERM)  # SCMP_ACT_ERRNO(EPERM) for everything else

    def allow(name: str, *conditions: tuple[int, int, int, int]) -> None:
        number = lib.seccomp_syscall_resolve_name(name.encode())
        if number < 0:
            return  # not a system call on this architecture
        array = (_ArgCmp * max(1, len(conditions)))(*[_ArgCmp(*c) for c in conditions])
        if lib.seccomp_rule_add_array(ctx, ACT_ALLOW, number, len(conditions), array) != 0:
            raise OSError(f"seccomp rule for {name} refused")

    conditional = {"socket"}
    if spec["deny_write_execute"]:
        conditional |= {"mmap", "mprotect", "pkey_mprotect", "shmat"}
    allowed = [str(n) for n in spec["allow"]]  # type: ignore[attr-defined]
    for name in allowed:
        if name not in conditional:
            allow(name)
    families = [int(f) for f in spec["families"]] or None  # type: ignore[attr-defined]
    if "socket" in allowed:
        for family in families or []:
            allow("socket", (0, CMP_EQ, family, 0))
        if families is None:
            allow("socket")
    if spec["deny_write_execute"]:
        both = PROT_WRITE | PROT_EXEC
        for prot in (0, PROT_WRITE, PROT_EXEC):  # never both
            if "mmap" in allowed:
                allow("mmap", (2, CMP_MASKED_EQ, both, prot))
        for name in ("mprotect", "pkey_mprotect"):  # never to executable
            if name in allowed:
                allow(name, (2, CMP_MASKED_EQ, PROT_EXEC, 0))
        if "shmat" in allowed:
            allow("shmat", (2, CMP_MASKED_EQ, SHM_EXEC, 0))
    if lib.seccomp_load(ctx) != 0:
        raise OSError("seccomp filter not loaded")


if __name__ == "__main__":
    spec_path, separator, *program = sys.argv[1:]
    assert separator == "--" and program, __doc__
    _install(json.loads(Path(spec_path).read_text()))
    os.execvp(program[0], program)
