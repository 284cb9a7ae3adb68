"""Just enough of a Standard MIDI File reader to know how long the music is.

FluidSynth renders past the last note (the release and the reverb tail), so the
loop length has to come from the MIDI itself: the latest end-of-track, in
seconds, through the file's tempo map.
"""

from __future__ import annotations

import struct


class MidiError(ValueError):
    pass


def _varlen(data: bytes, i: int) -> tuple[int, int]:
    value = 0
    while True:
        if i >= len(data):
            raise MidiError("truncated variable-length number")
        b = data[i]
        i += 1
        value = (value << 7) | (b & 0x7F)
        if not b & 0x80:
            return value, i


def _track_events(data: bytes) -> tuple[list[tuple[int, int]], int]:
    """(tick, tempo) changes and the track's end tick."""
    tempos: list[tuple[int, int]] = []
    tick, i, status = 0, 0, 0
    while i < len(data):
        delta, i = _varlen(data, i)
        tick += delta
        b = data[i]
        if b == 0xFF:
            kind = data[i + 1]
            length, i = _varlen(data, i + 2)
            if kind == 0x51 and length == 3:
                tempos.append((tick, int.from_bytes(data[i:i + 3], "big")))
            i += length
            if kind == 0x2F:
                break
        elif b in (0xF0, 0xF7):
            length, i = _varlen(data, i + 1)
            i += length
        else:
            if b & 0x80:
                status = b
                i += 1
            if status == 0:
                raise MidiError("running status before any status byte")
            i += 1 if (status & 0xF0) in (0xC0, 0xD0) else 2
    return tempos, tick


def length_seconds(midi: bytes) -> float:
    """The time of the latest end-of-track, following every tempo change, rounded to the
    nearest eighth note (abc2midi ends a track a few ticks after the last bar line)."""
    if midi[:4] != b"MThd":
        raise MidiError("not a MIDI file")
    ntracks: int
    division: int
    _, ntracks, division = struct.unpack(">HHH", midi[8:14])
    if division & 0x8000:
        raise MidiError("SMPTE time division is not supported")
    pos = 8 + struct.unpack(">I", midi[4:8])[0]
    tempos: list[tuple[int, int]] = []
    end = 0
    for _ in range(ntracks):
        if midi[pos:pos + 4] != b"MTrk":
            raise MidiError("missing track chunk")
        size = struct.unpack(">I", midi[pos + 4:pos + 8])[0]
        t, e = _track_events(midi[pos + 8:pos + 8 + size])
        tempos += t
        end = max(end, e)
        pos += 8 + size
    step = max(1, division // 2)
    end = round(end / step) * step
    tempos.sort()
    seconds, last_tick, tempo = 0.0, 0, 500000
    for tick, value in tempos:
        if tick >= end:
            break
        seconds += (tick - last_tick) * tempo / division / 1e6
        last_tick, tempo = tick, value
    return seconds + (end - last_tick) * tempo / division / 1e6
