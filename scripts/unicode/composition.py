#!/usr/bin/env python3
"""Writes src/Simulation.Application/Games/unicode-composition.txt, the Unicode data that StudentName.Normalize needs to put a name
into normalization form C without ICU (the server runs with invariant globalization, where string.Normalize does nothing):
every canonical decomposition of a character of the Basic Multilingual Plane and every non-zero canonical combining class.

Run from the repository root: python3 scripts/unicode/composition.py
Lines: "D cccc dddd [eeee]" (cccc decomposes canonically into dddd eeee), "X cccc" (cccc is never composed again: a
composition exclusion, a singleton or a non-starter decomposition), "C cccc n" (combining class n). Hex, no prefix.
Hangul syllables are left out: the code composes and decomposes them by Unicode's algorithm."""
import unicodedata

lines = [f"# Unicode {unicodedata.unidata_version}, written by scripts/unicode/composition.py; do not edit by hand."]
for code in range(0x10000):
    if 0xAC00 <= code <= 0xD7A3 or 0xD800 <= code <= 0xDFFF:
        continue
    c = chr(code)
    decomposition = unicodedata.decomposition(c)
    if decomposition and not decomposition.startswith("<"):
        parts = decomposition.split()
        lines.append(f"D {code:04X} {' '.join(parts)}")
        if unicodedata.normalize("NFC", c) != c or len(parts) == 1:
            lines.append(f"X {code:04X}")
    combining = unicodedata.combining(c)
    if combining:
        lines.append(f"C {code:04X} {combining}")
with open("src/Simulation.Application/Games/unicode-composition.txt", "w", encoding="ascii", newline="\n") as out:
    out.write("\n".join(lines) + "\n")
