"""A realistic benchmark corpus: the seed articles recombined, with invented people, places and dates.

Nothing from the seeds is written into this file: names, places and dates are *found* in seeds/ at run time
(a title word before a surname-led name; a two-character name before 省/市; digit dates) and replaced, per
generated article, by invented ones. People and places are drawn from pools that grow with the corpus, so
entities recur across documents (merging has work to do) and the graph grows with the size.

    python3 bench/generate.py --mb 10 --out bench/out/10mb
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
VERSION = 2  # bump when the output of a given (size, seed) changes: cached corpora are regenerated

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "易骆信相"
)
GIVEN = "明华建国文志海伟军平东丽红晓春立新宏永德庆峰林宇浩勇杰涛斌辉超刚磊颖静敏慧欣远航瑞祥云鹏飞岚婷"
PLACE_FIRST = "临江河清安宁平东西南北永兴昌德丰泰嘉和华新长金玉青云阳"
PLACE_SECOND = "江州阳城山川原宁安平丰泽湖陵海源溪桥川岭"
TITLES = "书记|省长|市长|县长|区长|主任|总理|主席|司长|部长|局长|厅长|常委|委员|记者|社长|董事长|院长"
NAME_AFTER_TITLE = re.compile(
    rf"(?:{TITLES})([\u4e00-\u9fff]{{2,3}}?)(?=[，、；。：\s（(]|出席|主持|表示|说|在|强调|指出)"
)
NAME_BEFORE_TITLE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{3})(?=总书记|同志)")
PHOTOGRAPHER = re.compile(r"记者\s*([\u4e00-\u9fff]{2,3})\s*摄")
PLACE_BEFORE_SUFFIX = re.compile(r"([\u4e00-\u9fff]{2})(?:省|市)(?=委|长|政府|人民|举行|[，、。；])")
NOT_PLACE_CHARS = set("个城级两民等各全本该地大超区")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(\s*年)")
MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*日)")
DAY = re.compile(r"(?<![\d月])(\d{1,2})(\s*日)")


@dataclass(frozen=True)
class SeedText:
    lines: tuple[str, ...]
    names: tuple[str, ...]
    places: tuple[str, ...]


def load_seeds(seeds: Path = SEEDS) -> list[SeedText]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed texts in {seeds}")
    joined = "\n".join(texts)
    found = {m for m in NAME_AFTER_TITLE.findall(joined) + PHOTOGRAPHER.findall(joined) if m[0] in SURNAMES}
    names = sorted(found | set(NAME_BEFORE_TITLE.findall(joined)), key=lambda s: (-len(s), s))
    places = sorted(
        {p for p in PLACE_BEFORE_SUFFIX.findall(joined) if not NOT_PLACE_CHARS & set(p)},
        key=lambda s: (-len(s), s),
    )
    return [SeedText(tuple(t.splitlines()), tuple(names), tuple(places)) for t in texts]


def invented_pool(rng: random.Random, size: int, make, avoid: set[str]) -> list[str]:
    pool: dict[str, None] = {}
    while len(pool) < size:
        name = make(rng)
        if name not in avoid:
            pool[name] = None
    return list(pool)


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def place_name(rng: random.Random) -> str:
    # a third character now and then: two-character names alone run out in a 50 MB corpus
    return rng.choice(PLACE_FIRST) + rng.choice(PLACE_SECOND) + rng.choice(("", "", rng.choice(PLACE_SECOND)))


class Recombiner:
    """Writes articles: a seed's opening (dateline, lede) followed by passages of other seeds."""

    def __init__(self, seeds: list[SeedText], n_files: int, rng: random.Random) -> None:
        self.seeds = seeds
        self.rng = rng
        avoid = set(seeds[0].names) | set(seeds[0].places)
        self.people = invented_pool(rng, max(30, 4 * n_files), person_name, avoid)
        self.places = invented_pool(rng, max(10, n_files // 2), place_name, avoid)

    def article(self, budget: int) -> str:
        """At most ``budget`` bytes (UTF-8), whole lines."""
        rng = self.rng
        head = rng.choice(self.seeds).lines
        lines = list(head[: rng.randint(min(20, len(head)), len(head))])
        for _ in range(rng.randint(0, 3)):
            other = rng.choice(self.seeds).lines
            start = rng.randrange(len(other))
            lines.extend(other[start : start + rng.randint(5, 40)])
        kept, used = [], 0
        for line in lines:
            used += len(line.encode("utf-8")) + 1
            if used > budget and kept:
                break
            kept.append(line)
        return self.substitute("\n".join(kept))

    def substitute(self, text: str) -> str:
        rng, seed = self.rng, self.seeds[0]
        for old in seed.names:
            text = text.replace(old, rng.choice(self.people))
        for old in seed.places:
            text = text.replace(old, rng.choice(self.places))
        shift = rng.randint(-8, 2)
        months = {m: rng.randint(1, 12) for m in range(1, 13)}
        days = {d: rng.randint(1, 28) for d in range(1, 32)}
        text = YEAR.sub(lambda m: f"{int(m[1]) + shift}{m[2]}", text)
        text = MONTH_DAY.sub(
            lambda m: f"{months.get(int(m[1]), 1)}{m[2]}{days.get(int(m[3]), 1)}{m[4]}", text
        )
        return DAY.sub(lambda m: f"{days.get(int(m[1]), 1)}{m[2]}", text)


def documents(mb: float, seed: int = 0, seeds: Path = SEEDS) -> Iterator[tuple[str, str]]:
    """(file name, text) pairs of ~20–50 KB each until ``mb`` megabytes (UTF-8) are reached."""
    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    recombiner = Recombiner(load_seeds(seeds), max(1, target // 35_000), rng)
    written, index = 0, 0
    while written < target:
        size = min(rng.randint(20_000, 50_000), max(target - written, 20_000))
        parts: list[str] = []
        n_bytes = 0
        while n_bytes < size * 0.9:
            part = recombiner.article(size - n_bytes)
            parts.append(part)
            n_bytes += len(part.encode("utf-8")) + 2
        text = "\n\n".join(parts) + "\n"
        written += len(text.encode("utf-8"))
        yield f"{index:05d}.txt", text
        index += 1


def generate(mb: float, out: Path, seed: int = 0) -> tuple[int, int]:
    """Write the corpus into ``out`` (reused when a previous run wrote the same one); (files, bytes)."""
    stamp = out / ".generated"
    key = f"v{VERSION} mb={mb} seed={seed}"
    if stamp.is_file() and stamp.read_text() == key:
        files = sorted(out.glob("*.txt"))
        return len(files), sum(f.stat().st_size for f in files)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    n_files = n_bytes = 0
    for name, text in documents(mb, seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        n_files += 1
        n_bytes += len(data)
    stamp.write_text(key)
    return n_files, n_bytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "corpus")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    n_files, n_bytes = generate(args.mb, args.out, args.seed)
    print(f"{n_files} files, {n_bytes / 1e6:.2f} MB in {args.out}")


if __name__ == "__main__":
    main()
