"""A seeded generator of hostile documents (issue 16): what news text should never do to the build.

Each document mixes a plausible news skeleton (dateline, titled names, meetings) with hostile pieces:
impossible and extreme dates, huge tokens, control characters, markup, long lists, OCR breaks, repeated
titles, numerals, unbalanced quotes; files are written in several encodings (GB18030, Big5, UTF-16 with and
without a byte-order mark, UTF-8 with invalid bytes, two encodings in one file). A batch may carry a
``dates.tsv`` with dates at the edges of the calendar. Every name and place is invented.

    python3 bench/hostile.py --seed 3 --docs 100 --out /tmp/hostile   # writes one batch
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from pathlib import Path

SURNAMES = "龚柴冼闵莘蒯甄牟濮邝"
GIVEN = "明远思雨晓川若澜景行知秋望舒一鸣子衿"
PLACES = ("青川", "湖滨", "江北", "临沧湾", "白石岭", "沿海")
TITLES = ("书记", "市长", "省长", "主任", "副书记", "常委", "委员", "局长", "董事长", "总经理")
ORGS = ("市委", "省委", "市政府", "区委", "管委会", "集团", "人大常委会")
EVENTS = ("座谈会", "论坛", "工作会议", "签约仪式", "调研", "开幕式", "常务会议")
VERBS = ("出席", "主持", "讲话", "指出", "强调", "会见", "调研", "签署", "审议通过")
RELATIVE = (
    "昨天",
    "前天",
    "明天",
    "次日",
    "当天",
    "同年",
    "翌年",
    "上周三",
    "下周",
    "本月31日",
    "月底",
    "上半年",
)
WEEKDAYS = ("星期一", "星期三", "周日", "礼拜五")
CONTROLS = "\x01\x07\x08\x0b\x0c\x1b\x7f\u200b\u200e\u202e\ufeff\u2028\u2029\u00ad\ufffd"
MARKUP = (
    "<p>",
    "</p>",
    "<script>alert(1)</script>",
    "&nbsp;",
    "&#12290;",
    "# ",
    "###### ",
    "| 甲 | 乙 |\n|---|---|\n",
    "```\n",
    "----------\n",
    "[链接](http://example.invalid/x)",
    "**",
    "> ",
    "<!-- -->",
)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def date_text(rng: random.Random) -> str:
    """A printed date, often impossible or extreme."""
    year = rng.choice((rng.randint(1500, 2099), rng.randint(0, 9999), 2031, 2032))
    month, day = rng.randint(0, 13), rng.randint(0, 35)
    shapes = (
        f"{year}年{month}月{day}日",
        f"{month}月{day}日",
        f"{year}年2月{rng.choice((28, 29, 30, 31))}日",
        f"{rng.choice((4, 6, 9, 11))}月31日",
        f"{year}-{month:02d}-{day:02d}",
        f"{month}月{day}日至{rng.randint(0, 40)}日",
        f"{year}年{month}月{day}日{rng.choice(WEEKDAYS)}",
        f"{rng.choice(RELATIVE)}",
        f"{day}日上午",
        f"二〇{rng.choice('一二三')}{rng.choice('〇一二三四五六七八九')}年十{rng.choice('一二三四')}月三十{rng.choice('一二')}日",
    )
    return rng.choice(shapes)


def sentence(rng: random.Random) -> str:
    """A plausible news sentence with a date, titled names and an event."""
    place, person = rng.choice(PLACES), name(rng)
    title = f"{place}{rng.choice(ORGS)}{rng.choice(TITLES)}"
    return (
        f"{date_text(rng)}，{title}{person}{rng.choice(VERBS)}{place}{rng.choice(EVENTS)}"
        f"{rng.choice(('并讲话', '', '时强调', '，听取汇报'))}。"
    )


def dateline(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    return rng.choice(
        (
            f"新华社{place}{rng.randint(0, 13)}月{rng.randint(0, 35)}日电 ",
            f"本报{place}{rng.choice((2, 4, 6, 9, 11))}月{rng.choice((29, 30, 31))}日电 ",
            "本报讯 ",
            f"{place}日报 {rng.randint(1500, 2099)}年2月{rng.choice((29, 30))}日 星期三\n\n",
            f"发布时间：{rng.randint(0, 9999)}-{rng.randint(0, 13):02d}-{rng.randint(0, 35):02d}\n",
        )
    )


def huge_token(rng: random.Random) -> str:
    size = rng.choice((1_000, 2_000, 6_000))
    return rng.choice(
        (
            "".join(rng.choice(GIVEN + "".join(PLACES)) for _ in range(size)),  # Han without punctuation
            "a" * size,
            "".join(rng.choice("0123456789") for _ in range(size)),
            "《" + "规划" * (size // 2) + "》",
            "“" + "引语" * (size // 2),
            "书记" * (size // 2),
            f"{rng.choice(PLACES)}市委书记" * (size // 6),
            " ".join("某" for _ in range(size // 2)),
            "、".join(name(rng) for _ in range(size // 4)) + "出席",
            "".join(rng.choice("〇一二三四五六七八九十廿卅两百千万０１２３４５６７８９") for _ in range(size))
            + "年",
            "\u3000 \t" * (size // 3) + "5月",
            "\n".join("某" * rng.randint(1, 3) for _ in range(size // 3)),
        )
    )


def long_list(rng: random.Random) -> str:
    n = rng.randint(20, 400)
    head = f"{rng.choice(PLACES)}{rng.choice(ORGS)}{rng.choice(TITLES)}"
    return head + "、".join(name(rng) for _ in range(n)) + rng.choice(("等出席会议。", "出席", "；", ""))


def ocr_break(rng: random.Random, text: str) -> str:
    """Spaces between characters, line breaks inside words, lost characters."""
    kind = rng.randrange(3)
    if kind == 0:
        return " ".join(text)
    if kind == 1:
        return "\n".join(text[i : i + rng.randint(1, 7)] for i in range(0, len(text), 7))
    return text.replace("记", rng.choice(("", "纪", "言己", " ")))


def noise(rng: random.Random, text: str) -> str:
    """Control characters and markup sprinkled into ``text``."""
    pieces = list(text)
    for _ in range(rng.randint(1, 20)):
        at = rng.randint(0, len(pieces))
        pieces.insert(at, rng.choice((rng.choice(CONTROLS), rng.choice(MARKUP))))
    return "".join(pieces)


PIECES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: "".join(sentence(rng) for _ in range(rng.randint(1, 12))),
    lambda rng: f"{rng.choice(TITLES)}" * rng.randint(10, 3_000),
    huge_token,
    long_list,
    lambda rng: ocr_break(rng, "".join(sentence(rng) for _ in range(rng.randint(1, 4)))),
    lambda rng: noise(rng, "".join(sentence(rng) for _ in range(rng.randint(1, 4)))),
    lambda rng: "\n" * rng.randint(1, 50) + " \u3000\t" * rng.randint(0, 30),
    lambda rng: (
        "“" * rng.randint(1, 30) + sentence(rng) + "》" * rng.randint(0, 30) + "《" * rng.randint(0, 30)
    ),
    lambda rng: "".join(f"{date_text(rng)}，" for _ in range(rng.randint(5, 200))) + "。",
    lambda rng: f"（{rng.choice(PLACES)}{rng.randint(0, 13)}月{rng.randint(0, 35)}日电）（完）\n",
    lambda rng: "\x00" * rng.randint(1, 3) + sentence(rng),  # NUL: a binary file (W004), now and then
)


WEIGHTS = (*(1.0,) * (len(PIECES) - 1), 0.05)  # a NUL byte makes the file binary: rare


def document(rng: random.Random) -> str:
    parts = [dateline(rng)]
    for _ in range(rng.randint(1, 6)):
        parts.append(rng.choices(PIECES, weights=WEIGHTS)[0](rng))
        parts.append(rng.choice(("", "\n", "\n\n", "。")))
    return "".join(parts)


def mutant(rng: random.Random, base: str) -> str:
    """A real-looking text damaged: cut, lines shuffled or joined, punctuation dropped, hostile pieces in."""
    text = base
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(6)
        if kind == 0:
            a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
            text = text[a:b] or text
        elif kind == 1:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif kind == 2:
            text = text.replace("\n", "")
        elif kind == 3:
            text = "".join(c for c in text if c not in "，。、；：！？“”《》（）")
        elif kind == 4:
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choices(PIECES, weights=WEIGHTS)[0](rng) + text[at:]
        else:
            text = ocr_break(rng, text)
    return text


def encode(rng: random.Random, text: str) -> tuple[bytes, str]:
    """The bytes of a file and its suffix: mostly UTF-8, else another encoding or a damaged mix."""
    kind = rng.choices(range(7), weights=(14, 2, 1, 1, 1, 1, 1))[0]
    suffix = rng.choice((".txt", ".txt", ".md"))
    if kind == 0:
        return text.encode("utf-8", "replace"), suffix
    if kind == 1:
        return text.encode("gb18030", "replace"), suffix
    if kind == 2:
        return text.encode("big5", "replace"), suffix
    if kind == 3:
        return text.encode(rng.choice(("utf-16", "utf-16-le", "utf-32")), "replace"), suffix
    if kind == 4:  # UTF-8 with a few invalid bytes
        data = bytearray(text.encode("utf-8", "replace"))
        for _ in range(rng.randint(1, 5)):
            data.insert(rng.randint(0, len(data)), rng.choice((0xFF, 0xC3, 0x80, 0xE4)))
        return bytes(data), suffix
    if kind == 5:  # two encodings in one file
        half = len(text) // 2
        return text[:half].encode("utf-8", "replace") + text[half:].encode("gb18030", "replace"), suffix
    return b"\xef\xbb\xbf" + text.encode("utf-8", "replace"), suffix


def batch(
    seed: int, n_docs: int = 100, bases: tuple[str, ...] = ()
) -> tuple[dict[str, bytes], dict[str, str]]:
    """``n_docs`` files (name → bytes) and a manifest (name → date), from ``seed`` (and ``bases``, texts a
    third of the documents are damaged copies of) alone."""
    rng = random.Random(seed)
    files: dict[str, bytes] = {}
    for index in range(n_docs):
        text = mutant(rng, rng.choice(bases)) if bases and rng.random() < 0.35 else document(rng)
        data, suffix = encode(rng, text)
        folder = rng.choice(("", "", "sub/", "sub/deeper/"))
        files[f"{folder}doc{index:03d}{suffix}"] = data
    dated = rng.sample(sorted(files), k=min(len(files), rng.randint(0, 6)))
    edges = ("0001-01-01", "9999-12-31", "2032-02-29", "1600", "9999-12")
    manifest = {path: rng.choice(edges) for path in dated}
    return files, manifest


def read_bases(folders: list[Path]) -> tuple[str, ...]:
    """The UTF-8 texts under ``folders`` (sorted), to be damaged into mutants."""
    paths = sorted(p for folder in folders for p in folder.rglob("*") if p.suffix in (".txt", ".md"))
    return tuple(p.read_text(encoding="utf-8") for p in paths)


def write_batch(seed: int, out: Path, n_docs: int = 100, bases: tuple[str, ...] = ()) -> int:
    """Write one batch into ``out`` (a ``dates.tsv`` at its root); the number of bytes written."""
    files, manifest = batch(seed, n_docs, bases)
    total = 0
    for path, data in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        total += len(data)
    if manifest:
        lines = "".join(f"{path}\t{date}\n" for path, date in sorted(manifest.items()))
        (out / "dates.tsv").write_text(lines, encoding="utf-8")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--bases", type=Path, nargs="*", default=[], help="folders of texts to damage")
    args = parser.parse_args()
    total = write_batch(args.seed, args.out, args.docs, read_bases(args.bases))
    print(f"{args.docs} documents, {total / 1e6:.2f} MB in {args.out}")


if __name__ == "__main__":
    main()
