"""Limits for processes that run untrusted work (``kg serve``'s query workers).

* :func:`deny_network` installs a seccomp filter: from then on the process cannot create any
  socket but a local (``AF_UNIX``) one, so no query can make the engine reach the network,
  whatever the query text looks like (a SPARQL ``SERVICE`` clause is an HTTP request made by
  the engine). Already open sockets (the pipe to the parent) keep working.
* :func:`limit_memory` caps the address space (``RLIMIT_AS``): a runaway query fails to
  allocate and its process dies instead of taking the machine's memory.

Linux only; elsewhere both report that they could not be applied and change nothing.
"""

from __future__ import annotations

import ctypes
import platform
import sys

# struct seccomp_data: nr (u32), arch (u32), instruction_pointer (u64), args[6] (u64)
_NR, _ARCH, _ARG0 = 0, 4, 16
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
_ALLOW = 0x7FFF0000
_EACCES = 0x00050000 | 13  # SECCOMP_RET_ERRNO | EACCES: the call fails, the process lives
_AF_UNIX = 1
_X32_BIT = 0x40000000
# machine -> (AUDIT_ARCH_*, __NR_socket, __NR_io_uring_setup)
_SYSCALLS = {
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}


class _Filter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint32),
    ]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]


def _program(arch: int, nr_socket: int, nr_io_uring: int) -> list[tuple[int, int, int, int]]:
    """BPF: socket() only for AF_UNIX; no io_uring (it can open sockets without socket());
    nothing from another ABI (x32, i386) that could reach the same calls by other numbers."""
    return [
        (_LD_W_ABS, 0, 0, _ARCH),
        (_JEQ_K, 1, 0, arch),
        (_RET_K, 0, 0, _EACCES),
        (_LD_W_ABS, 0, 0, _NR),
        (_JGE_K, 0, 1, _X32_BIT),
        (_RET_K, 0, 0, _EACCES),
        (_JEQ_K, 0, 1, nr_io_uring),
        (_RET_K, 0, 0, _EACCES),
        (_JEQ_K, 0, 3, nr_socket),
        (_LD_W_ABS, 0, 0, _ARG0),
        (_JEQ_K, 1, 0, _AF_UNIX),
        (_RET_K, 0, 0, _EACCES),
        (_RET_K, 0, 0, _ALLOW),
    ]


def deny_network() -> bool:
    """Forbid this process (and its threads and children) to open network sockets, for
    good. True when the filter is in place."""
    calls = _SYSCALLS.get(platform.machine())
    if not sys.platform.startswith("linux") or calls is None:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
    rules = _program(*calls)
    filters = (_Filter * len(rules))(*(_Filter(*r) for r in rules))
    program = _Program(len(rules), filters)
    if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(program), 0, 0) == 0


def limit_memory(megabytes: int) -> bool:
    """Cap this process's address space at ``megabytes`` MiB. True when the cap is set."""
    try:
        import resource
    except ImportError:  # not POSIX
        return False
    limit = megabytes << 20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return False
    return True
