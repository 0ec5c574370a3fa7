"""A deterministic ZIP writer for DOCX packages."""

import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class _ZipMember:
    """A ZIP member compressed ahead of time: its name, CRC-32, sizes and deflated bytes."""

    name: bytes
    crc: int
    size: int
    data: bytes


def _deflate(name: str, blob: bytes) -> _ZipMember:
    """Compress one member as zipfile does (raw deflate at the default level)."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    data = compressor.compress(blob) + compressor.flush()
    return _ZipMember(name.encode(), zlib.crc32(blob), len(blob), data)


def _write_zip(members: Iterable[_ZipMember], when: date) -> bytes:
    """A ZIP (a DOCX) of already compressed members, every entry time set to the given date.

    The layout is the one zipfile writes (deflate, Unix, mode 0600, no data descriptors), so
    equal content gives equal bytes, and members that never change are compressed only once.
    """
    dos_time = 0
    dos_date = ((max(when.year, 1980) - 1980) << 9) | (when.month << 5) | when.day
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for member in members:
        header = struct.pack(
            "<4s2B4HL2L2H",
            b"PK\x03\x04",
            20,
            0,
            0,
            zipfile.ZIP_DEFLATED,
            dos_time,
            dos_date,
            member.crc,
            len(member.data),
            member.size,
            len(member.name),
            0,
        )
        central.append(
            struct.pack(
                "<4s4B4HL2L5H2L",
                b"PK\x01\x02",
                20,
                3,
                20,
                0,
                0,
                zipfile.ZIP_DEFLATED,
                dos_time,
                dos_date,
                member.crc,
                len(member.data),
                member.size,
                len(member.name),
                0,
                0,
                0,
                0,
                0o600 << 16,
                offset,
            )
            + member.name
        )
        local += (header, member.name, member.data)
        offset += len(header) + len(member.name) + len(member.data)
        count += 1
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
    return b"".join(local) + directory + end
