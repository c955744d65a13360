"""The user guide (docs/guide/): every page the index names exists, every link and picture on a page
points at a file that is there, every picture is shown somewhere, and the pictures stay small."""

from __future__ import annotations

import re
from pathlib import Path

from wsedesk.paths import guide_dir

GUIDE = guide_dir()
LINK = re.compile(r"\]\(([^)#\s]+)\)")
TASKS = (
    "aanvraag-inschrijven.md",
    "klok-stilzetten.md",
    "advies-schrijven.md",
    "verslagen-inlezen.md",
    "bezoek-plannen.md",
    "organisatie-inschrijven.md",
)


def targets(page: Path) -> list[str]:
    return [
        t for t in LINK.findall(page.read_text(encoding="utf-8")) if not t.startswith(("http:", "https:"))
    ]


def test_the_index_names_one_page_per_task_and_every_page_links_back() -> None:
    index = targets(GUIDE / "index.md")
    for task in TASKS:
        assert task in index, task
        page = GUIDE / task
        assert page.is_file(), task
        assert "index.md" in targets(page), f"{task} has no link back to the index"
        assert any(t.startswith("img/") for t in targets(page)), f"{task} shows no screenshot"


def test_every_link_and_picture_points_at_a_file_and_every_picture_is_shown() -> None:
    shown: set[Path] = set()
    for page in sorted(GUIDE.glob("*.md")):
        for target in targets(page):
            path = (page.parent / target).resolve()
            assert path.exists(), f"{page.name}: {target} does not exist"
            if target.startswith("img/"):
                shown.add(path)
    pictures = {p.resolve() for p in (GUIDE / "img").glob("*.png")}
    assert pictures, "no screenshots: run tools/guide_screenshots.py"
    assert pictures <= shown, f"not shown on any page: {sorted(p.name for p in pictures - shown)}"


def test_the_screenshots_stay_small() -> None:
    sizes = [p.stat().st_size for p in (GUIDE / "img").glob("*.png")]
    assert max(sizes) < 150_000 and sum(sizes) < 2_000_000, "run tools/guide_screenshots.py (it shrinks them)"
