"""Stroke recordings for the handwriting bench: two sets for the same 200 characters.

``medians``: the stroke centre lines, in the standard stroke order, of Make Me a Hanzi as published in
the npm package hanzi-writer-data 2.0.1 (Arphic Public License, bench/data/ARPHICPL.TXT; the strokes
derive from Arphic's fonts). Each is resampled every ~24 units of its 1024 square, with a hand's jitter
(a fixed seed). Debian packages no stroke-order data for Simplified Chinese (tegaki ships only the
trained model), so this is the nearest to real writing an open source gives.

``skeleton``: drawn synthetically, with no stroke-order data at all: each character is drawn in
Noto Sans CJK SC (fonts-noto-cjk), thinned to a one-pixel skeleton (Zhang-Suen), cut into pieces at
the junctions, and the pieces that run straight on through a junction are joined again: a crossing
(十) becomes two strokes, not four; a closed outline (口) becomes its left side, top-and-right,
bottom. Each stroke starts at its top end (its left end when it is mostly horizontal), and strokes
are ordered top to bottom, then left to right, a horizontal before a vertical that crosses it. A
few points of hand-like jitter are added with a fixed seed. These are not real handwriting: a hand's
stroke order and joins where they differ from these rules are not reproduced, so the bench
measures the recognizer on plausible but imperfect input.

``python bench/handwriting_strokes.py DIR`` (DIR: the unpacked hanzi-writer-data package, from
``npm pack hanzi-writer-data@2.0.1``) writes bench/data/handwriting-200.json.
"""

from __future__ import annotations

import itertools
import json
import math
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FONT_INDEX = 2  # Noto Sans CJK SC in the collection
SIZE = 96
BOX = 300
OUT = Path(__file__).resolve().parent / "data" / "handwriting-200.json"

# The 200 characters: the 100 commonest surnames (公安部 户籍 name statistics, as widely published),
# frequent given-name characters, and the characters of Henan / Xinyang place names and of addresses
# (省 市 县 乡 镇 村 组 路 号 ...), the demo catalog's area. Assembled by hand; duplicates removed.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国玉红文志荣新春海梅凤云东"
PLACES = (
    "省市县州府道巷院家坊园湖岭堂区乡镇村组路街号楼单元室"
    "河南信阳光山商城固始潢川淮滨息平桥浉西北中大小口门前后里屯庄沟湾坡岗店集寨营"
)


def characters() -> list[str]:
    seen: list[str] = []
    for ch in SURNAMES + GIVEN + PLACES:
        if ch not in seen:
            seen.append(ch)
    return seen[:200]


def render(ch: str) -> np.ndarray:
    font = ImageFont.truetype(str(FONT), int(SIZE * 0.8), index=FONT_INDEX)
    image = Image.new("L", (SIZE, SIZE), 0)
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = draw.textbbox((0, 0), ch, font=font)
    draw.text(
        ((SIZE - (right - left)) / 2 - left, (SIZE - (bottom - top)) / 2 - top), ch, fill=255, font=font
    )
    return np.array(image) > 127


def thin(img: np.ndarray) -> np.ndarray:
    """Zhang-Suen thinning."""
    img = np.pad(img.astype(np.uint8), 1)
    while True:
        changed = False
        for step in (0, 1):
            p = img
            n = [np.roll(np.roll(p, -dy, 0), -dx, 1) for dy, dx in
                 ((-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1))]  # fmt: skip
            b = sum(n)
            a = sum(((n[i] == 0) & (n[(i + 1) % 8] == 1)).astype(np.uint8) for i in range(8))
            if step == 0:
                c = (n[0] * n[2] * n[4] == 0) & (n[2] * n[4] * n[6] == 0)
            else:
                c = (n[0] * n[2] * n[6] == 0) & (n[0] * n[4] * n[6] == 0)
            kill = (p == 1) & (b >= 2) & (b <= 6) & (a == 1) & c
            if kill.any():
                img = img & ~kill.astype(bool)
                img = img.astype(np.uint8)
                changed = True
        if not changed:
            return img[1:-1, 1:-1].astype(bool)


_N8 = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def _neighbours(px: set[tuple[int, int]], p: tuple[int, int]) -> list[tuple[int, int]]:
    return [(p[0] + dy, p[1] + dx) for dy, dx in _N8 if (p[0] + dy, p[1] + dx) in px]


_RING = [(-1, -1), (-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1)]


def _crossings(px: set[tuple[int, int]], p: tuple[int, int]) -> int:
    """Branches leaving a skeleton pixel: 0 -> 1 changes around its ring (a staircase step is not a fork)."""
    ring = [(p[0] + dy, p[1] + dx) in px for dy, dx in _RING]
    return sum(1 for i in range(8) if not ring[i] and ring[(i + 1) % 8])


def trace(skel: np.ndarray) -> list[list[tuple[int, int]]]:
    """Skeleton -> strokes as (row, col) paths."""
    px = {(int(y), int(x)) for y, x in zip(*np.nonzero(skel), strict=True)}
    degree = {p: _crossings(px, p) for p in px}
    junction = {p for p in px if degree[p] >= 3}
    # Junction pixels that touch are one junction.
    cluster: dict[tuple[int, int], int] = {}
    for p in junction:
        if p in cluster:
            continue
        cid, stack = len(set(cluster.values())), [p]
        while stack:
            q = stack.pop()
            if q in cluster:
                continue
            cluster[q] = cid
            stack.extend(n for n in _neighbours(px, q) if n in junction and n not in cluster)
    nodes = junction | {p for p in px if degree[p] <= 1}
    edges: list[list[tuple[int, int]]] = []
    used: set[frozenset[tuple[int, int]]] = set()
    for start in nodes:
        for nxt in _neighbours(px, start):
            if nxt in junction and start in junction:
                continue
            if frozenset((start, nxt)) in used:
                continue
            path = [start, nxt]
            used.add(frozenset((start, nxt)))
            while path[-1] not in nodes:
                options = [
                    n
                    for n in _neighbours(px, path[-1])
                    if n != path[-2] and frozenset((path[-1], n)) not in used
                ]
                if not options:
                    break
                options.sort(key=lambda n: (n[0] - path[-1][0]) ** 2 + (n[1] - path[-1][1]) ** 2)
                used.add(frozenset((path[-1], options[0])))
                path.append(options[0])
            edges.append(path)
    seen = {p for e in edges for p in e}
    for p in px - seen:  # closed loops without a node
        if p in seen:
            continue
        path, prev = [p], None
        while True:
            options = [n for n in _neighbours(px, path[-1]) if n != prev and n not in path[1:]]
            if not options or (len(path) > 2 and path[0] in _neighbours(px, path[-1]) and options == []):
                break
            prev = path[-1]
            path.append(options[0])
            if options[0] == p:
                break
        seen.update(path)
        edges.append(path)
    # Spurs: short pieces ending in the open (thinning leaves them at stroke ends).
    edges = [e for e in edges if len(e) >= 5 or not (degree[e[0]] <= 1 or degree[e[-1]] <= 1)]
    edges = [e for e in edges if len(e) >= 3]
    return _join_through_junctions(edges, cluster)


def _direction(path: list[tuple[int, int]], from_start: bool) -> tuple[float, float]:
    seg = path if from_start else path[::-1]
    a, b = seg[0], seg[min(6, len(seg) - 1)]
    dy, dx = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dy, dx) or 1.0
    return dy / n, dx / n


def _join_through_junctions(
    edges: list[list[tuple[int, int]]], cluster: dict[tuple[int, int], int]
) -> list[list[tuple[int, int]]]:
    ends: dict[int, list[tuple[int, bool]]] = {}
    for i, e in enumerate(edges):
        for at_start, p in ((True, e[0]), (False, e[-1])):
            if p in cluster:
                ends.setdefault(cluster[p], []).append((i, at_start))
    partner: dict[tuple[int, bool], tuple[int, bool]] = {}
    for members in ends.values():
        pairs = []
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                (i, si), (j, sj) = members[a], members[b]
                if i == j:
                    continue
                da, db = _direction(edges[i], si), _direction(edges[j], sj)
                pairs.append((da[0] * db[0] + da[1] * db[1], members[a], members[b]))
        for cos, x, y in sorted(pairs):
            if cos > -0.75:
                break
            if x not in partner and y not in partner:
                partner[x], partner[y] = y, x
    strokes, done = [], set()
    for i in range(len(edges)):
        if i in done:
            continue
        # Walk to one free end of the chain, then collect along it.
        cur, at_start = i, True
        visited = {i}
        while (cur, at_start) in partner:
            j, sj = partner[(cur, at_start)]
            if j in visited:
                break
            visited.add(j)
            cur, at_start = j, not sj
        path: list[tuple[int, int]] = []
        seg, from_start = cur, at_start
        while True:
            done.add(seg)
            e = edges[seg] if from_start else edges[seg][::-1]
            path.extend(e)
            far_end = (seg, not from_start)
            if far_end not in partner:
                break
            nseg, ns = partner[far_end]
            if nseg in done:
                break
            seg, from_start = nseg, ns
        strokes.append(path)
    return strokes


def _split_loop(s: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A closed outline (口) as a hand writes it: the left side, the top and right side, the bottom."""
    a, b = s[0], s[-1]
    if len(s) < 12 or max(abs(a[0] - b[0]), abs(a[1] - b[1])) > 2:
        return [s]
    top_left = min(range(len(s)), key=lambda i: s[i][0] + s[i][1])
    ring = s[top_left:] + s[:top_left]
    bottom_left = max(range(len(ring)), key=lambda i: ring[i][0] - ring[i][1])
    bottom_right = max(range(len(ring)), key=lambda i: ring[i][0] + ring[i][1])
    if bottom_left < bottom_right:  # the ring runs down the left side first
        ring = ring[:1] + ring[1:][::-1]
        bottom_left = max(range(len(ring)), key=lambda i: ring[i][0] - ring[i][1])
        bottom_right = max(range(len(ring)), key=lambda i: ring[i][0] + ring[i][1])
    return [ring[bottom_left:] + ring[:1], ring[: bottom_right + 1], ring[bottom_right : bottom_left + 1]]


def _crosses(h: list[tuple[int, int]], v: list[tuple[int, int]]) -> bool:
    hy = sum(p[0] for p in h) / len(h)
    return min(p[0] for p in v) < hy < max(p[0] for p in v) and min(p[1] for p in h) < v[0][1] < max(
        p[1] for p in h
    )


def orient_and_order(strokes: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    out = []
    pieces = [piece for s in strokes for piece in _split_loop(s)]
    for s in (p for p in pieces if len(p) >= 6):
        (y0, x0), (y1, x1) = s[0], s[-1]
        horizontal = abs(x1 - x0) > 2 * abs(y1 - y0)
        flip = (x1 < x0) if horizontal else (y1 < y0 or (y1 == y0 and x1 < x0))
        out.append(s[::-1] if flip else s)
    ordered = sorted(out, key=lambda s: (min(p[0] for p in s) // 8, s[0][1]))
    # A horizontal that a vertical crosses is written first (十, 王's middle).
    for _ in range(len(ordered)):
        moved = False
        for i in range(len(ordered) - 1):
            v, h = ordered[i], ordered[i + 1]
            if _is_horizontal(h) and not _is_horizontal(v) and _crosses(h, v):
                ordered[i], ordered[i + 1] = h, v
                moved = True
        if not moved:
            break
    return ordered


def _is_horizontal(s: list[tuple[int, int]]) -> bool:
    (y0, x0), (y1, x1) = s[0], s[-1]
    return abs(x1 - x0) > 2 * abs(y1 - y0)


def record(ch: str, rng: random.Random) -> list[list[list[int]]]:
    strokes = orient_and_order(trace(thin(render(ch))))
    scale = BOX / SIZE
    recorded = []
    for s in strokes:
        pts = s[::3] + ([s[-1]] if (len(s) - 1) % 3 else [])
        recorded.append(
            [[round(x * scale + rng.uniform(-2, 2)), round(y * scale + rng.uniform(-2, 2))] for y, x in pts]
        )
    return recorded


def from_medians(ch: str, package: Path, rng: random.Random) -> list[list[list[int]]]:
    medians = json.loads((package / f"{ch}.json").read_text(encoding="utf-8"))["medians"]
    scale = BOX / 1024
    recorded = []
    for median in medians:
        pts: list[tuple[float, float]] = []
        for (x0, y0), (x1, y1) in itertools.pairwise(median):
            steps = max(1, round(math.hypot(x1 - x0, y1 - y0) / 24))
            pts.extend((x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps) for k in range(steps))
        pts.append(tuple(median[-1]))  # type: ignore[arg-type]
        # Make Me a Hanzi's y axis points up, from -124 to 900.
        recorded.append(
            [
                [round(x * scale + rng.uniform(-3, 3)), round((900 - y) * scale + rng.uniform(-3, 3))]
                for x, y in pts
            ]
        )
    return recorded


def main() -> None:
    import sys

    package = Path(sys.argv[1])
    rng = random.Random(14)
    chars = characters()
    data = {
        "provenance": __doc__.strip().split("\n\n")[0] + " See bench/handwriting_strokes.py.",
        "box": BOX,
        "medians": {ch: from_medians(ch, package, rng) for ch in chars},
        "skeleton": {ch: record(ch, rng) for ch in chars},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters -> {OUT}")


if __name__ == "__main__":
    main()
