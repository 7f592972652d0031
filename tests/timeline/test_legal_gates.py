"""The cheap checks before each citation pattern change no citation found: `find_citations`
reads every text as the same patterns read it with no check at all, on the project's own
texts (labelled items, feed fixtures) and on generated citations in many forms."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from itertools import product
from pathlib import Path
from urllib.parse import quote, unquote

from labelled_texts import labelled_texts

from timeline import legal
from timeline.legal import Reference, find_citations

ROOT = Path(__file__).resolve().parents[2]


def _every_pattern(text: str) -> list[Reference]:
    """`find_citations` as it would be with every pattern searched over every text."""
    plain = unquote(text) if "%" in text else text
    found: dict[str, tuple[int, str]] = {}
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], key: str | None) -> None:
        if key and key not in found:
            found[key] = (match.start(), match[0].strip())

    for match in legal._PROCEDURE.finditer(plain):
        add(match, f"proc:{match['year']}/{match['number']}")
        taken.append(match.span())
    for pattern in (legal._COM, legal._COM_URI):
        for match in pattern.finditer(plain):
            add(match, f"{match['kind'].lower()}:{match['year']}/{int(match['number'])}")
            taken.append(match.span())
    for match in legal._CELEX.finditer(plain):
        add(match, legal._celex_key(match))
    for match in legal._OJ.finditer(plain):
        number = match["number"] if match["sep"] else (match["number"].lstrip("0") or "0")
        add(match, f"act:{match['year']}/{int(number)}")
    for match in legal._ELI.finditer(plain):
        add(match, f"act:{match['year']}/{int(match['number'])}")
        taken.append(match.span())
    for match in legal._act_pattern().finditer(plain):
        if not any(start <= match.start("a") < end for start, end in taken):
            add(match, legal._act_of(match))
    return [Reference(k, w) for k, (_, w) in sorted(found.items(), key=lambda i: i[1][0])]


def _own_texts() -> Iterator[str]:
    """Titles, summaries and addresses of the labelled items, and the text and attribute
    pieces of every feed and page fixture (addresses, markup, prose in many languages)."""
    yield from labelled_texts()
    for path in sorted((ROOT / "quality" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                yield from (str(item.get(k) or "") for k in ("title", "summary", "url"))
    for path in sorted((ROOT / "tests").rglob("*")):
        if path.is_file() and path.suffix in {".xml", ".html", ".json", ".csv", ".md"}:
            content = path.read_text(encoding="utf-8", errors="replace")
            for piece in re.split(r"[<>\n]", html.unescape(content)):
                if piece.strip():
                    yield piece


_FORMS = [
    "Directive 1999/62/EC", "Richtlijn 1999/62/EG", "Regulation (EU) 2019/631",
    "Verordnung (EG) Nr. 715/2007", "règlement (CE) n° 715/2007", "(EU) 2023/1542",
    "Zalecenie Komisji (UE) 2025/1021", "Règlement d'exécution (UE) 2024/2754",
    "2023/1804", "96/53", "24/7", "2024/2025", "1999 / 62 / EC", "No 1230/2012",
    "COM(2025) 348", "COM (2023) 451 final", "COM/2025/348", "C(2025) 3107", "c/2025/31",
    "COM:2025:348:FIN", "uri=COM:2025:348", "c:2024:1", "2023/0284(COD)", "2025/0180 (cod)",
    "32019R0631", "52025PC0348", "52025DC0096", "320190631", "3201R0631", "OJ L, 2025/1021",
    "OJ:L_202501021", "oj l 2024 1", "Oj:l_2025", "/eli/reg/2019/631/oj", "/ELI/dir/1999/62",
    "/elı/reg/2019/631/oj", "/elİ/reg/2019/631/", "٢٠١٩/٦٣١", "２０１９/６３１", "COM(２０２５) 3",
    "1234", "12345", "(2025)", "2025:", "a/1", "1/a", "1 /", "/ 1",
]  # fmt: skip
_FRAMES = [
    "{}", "The Commission adopted {} today.", "({})", "{}.", "see {}, and 2025",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:{}",
    "https://eur-lex.europa.eu/eli/{}", "https://news.example.org/{}/2025/06/02/story-1",
]  # fmt: skip


def _generated() -> Iterator[str]:
    """Each form in each frame, alone, in pairs and percent-encoded."""
    for form, frame in product(_FORMS, _FRAMES):
        text = frame.format(form)
        yield text
        yield quote(text, safe="")
        yield text.upper()
    for first, second in product(_FORMS, repeat=2):
        yield f"{first} amending {second}"
        yield f"{first}{second}"


def test_the_checks_change_no_citation_in_the_projects_texts() -> None:
    texts = list(dict.fromkeys(_own_texts()))
    assert len(texts) > 5000
    changed = [t for t in texts if list(find_citations(t)) != _every_pattern(t)]
    assert changed == []
    assert sum(bool(_every_pattern(t)) for t in texts) > 100  # the texts do cite the law


def test_the_checks_change_no_citation_in_generated_forms() -> None:
    texts = list(dict.fromkeys(_generated()))
    changed = [t for t in texts if list(find_citations(t)) != _every_pattern(t)]
    assert changed == []
    kinds = {r.kind for t in texts for r in _every_pattern(t)}
    assert kinds == {"act", "com", "c", "proc"}
