"""Just enough of Ogg Opus to trim a loop's pre-roll and post-roll (RFC 7845, 4.2 and 4.4).

A loop is encoded with a pre-roll (its own last fraction of a second in front of
its first sample) and a post-roll (its first fraction of a second after its
last). The header's pre-skip is raised by the pre-roll and the last page's
granule position lowered by the post-roll, so every decoder (FFmpeg in Ren'Py,
Chromium) decodes both and throws them away. The codec has then converged when
the loop's first sample comes out, and has real music ahead of its last one: a
stream that starts cold on a sounding note, or stops dead on one, decodes
wrongly for tens of milliseconds there, and that error is the click at the
loop point.
"""

from __future__ import annotations

import struct

MAX_PRE_SKIP = 65535   # a 16-bit field: 1.36 s at 48 kHz


def _crc_table() -> list[int]:
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else r << 1
        table.append(r & 0xFFFFFFFF)
    return table


_TABLE = _crc_table()


def page_crc(page: bytes) -> int:
    """Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected, initial 0) with the CRC field zeroed."""
    crc = 0
    for i, b in enumerate(page):
        if 22 <= i < 26:
            b = 0
        crc = ((crc << 8) & 0xFFFFFFFF) ^ _TABLE[((crc >> 24) & 0xFF) ^ b]
    return crc


def _page_at(data: bytes, start: int) -> tuple[int, int]:
    """(offset of the page's packet data, offset of the next page) for the page at `start`."""
    if data[start:start + 4] != b"OggS" or len(data) < start + 27:
        raise ValueError(f"no Ogg page at byte {start}")
    body = start + 27 + data[start + 26]
    return body, body + sum(data[start + 27:body])


def _first_page(data: bytes) -> tuple[int, int]:
    return _page_at(data, 0)


def pre_skip(data: bytes) -> int:
    body, _ = _first_page(data)
    if data[body:body + 8] != b"OpusHead":
        raise ValueError("the first packet is not an OpusHead")
    skip: int = struct.unpack_from("<H", data, body + 10)[0]
    return skip


def add_pre_skip(data: bytes, samples: int) -> bytes:
    """The same Ogg Opus file with `samples` (at 48 kHz) more discarded at its start."""
    body, end = _first_page(data)
    value = pre_skip(data) + samples
    if not 0 <= value <= MAX_PRE_SKIP:
        raise ValueError(f"pre-skip {value} does not fit in 16 bits")
    page = bytearray(data[:end])
    struct.pack_into("<H", page, body + 10, value)
    struct.pack_into("<I", page, 22, page_crc(bytes(page)))
    return bytes(page) + data[end:]


def samples(data: bytes) -> int:
    """How many samples a decoder puts out: the last page's granule position minus pre-skip."""
    start, last = 0, 0
    while start < len(data):
        _, start_next = _page_at(data, start)
        last, start = start, start_next
    granule: int = struct.unpack_from("<q", data, last + 6)[0]
    return granule - pre_skip(data)


def trim_end(data: bytes, keep: int) -> bytes:
    """The stream cut to its first `keep` output samples: the page that holds the last of
    them becomes the last page, its granule position says where to stop (end trimming)."""
    target = pre_skip(data) + keep
    start = 0
    while start < len(data):
        _, end = _page_at(data, start)
        granule = struct.unpack_from("<q", data, start + 6)[0]
        if granule >= target:
            if data[start + 26] == 0 or data[start + 27 + data[start + 26] - 1] == 255:
                raise ValueError("the page ends inside a packet; cannot end the stream there")
            page = bytearray(data[start:end])
            page[5] |= 0x04                      # end of stream
            struct.pack_into("<q", page, 6, target)
            struct.pack_into("<I", page, 22, page_crc(bytes(page)))
            return data[:start] + bytes(page)
        start = end
    raise ValueError(f"the stream is shorter than {keep} samples")
