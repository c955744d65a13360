"""Regenerate the translation catalogues in resources/translations/ from the source.

    .venv/bin/python tools/update_translations.py           # update the .ts files, then compile .qm
    .venv/bin/python tools/update_translations.py --check   # exit 1 when a .qm is older than its .ts

The source strings are Dutch. `wsedesk_en.ts` holds the English of every `self.tr()` in views/
and app.py (context: the class) and of every `N_()` string of the Qt-free code (context
"wsedesk", translated by views/common.tr_data). pyside6-lupdate keeps the translations already
made and adds new strings as unfinished; translate them in pyside6-linguist (or the XML), then
run this script again to compile the .qm files the program loads (pyside6-lrelease; both tools
ship in the PySide6 wheel). `qt_fixes_nl.ts` translates the few strings of Qt's own dialogs that
Qt's qtbase_nl catalogue lacks ("&Look in:"); it is kept by hand and only compiled here.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "wsedesk"
LANGUAGES = ("en",)
DATA_CONTEXT = "wsedesk"  # views/common.DATA_CONTEXT


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this interpreter (the venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install pyside6-essentials in this environment")
    return found


def qt_sources() -> list[Path]:
    """Files whose self.tr()/translate() calls lupdate reads: views/ and app.py."""
    return [*sorted((PACKAGE / "views").rglob("*.py")), PACKAGE / "app.py"]


def marked_strings() -> list[str]:
    """Every literal passed to N_() in the Qt-free code, in first-seen order."""
    found: dict[str, None] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "views" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "N_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value)
    return list(found)


def write_marked_stub(folder: Path) -> Path:
    """A Python file lupdate can read: one QCoreApplication.translate call per N_() string."""
    stub = folder / "marked_strings.py"
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({DATA_CONTEXT!r}, {text!r})" for text in marked_strings()]
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def update(language: str) -> Path:
    ts = TRANSLATIONS / f"wsedesk_{language}.ts"
    with tempfile.TemporaryDirectory() as tmp:
        stub = write_marked_stub(Path(tmp))
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "nl_BE",
                "-target-language",
                language,
                *map(str, qt_sources()),
                str(stub),
                "-ts",
                str(ts),
            ],
            check=True,
        )
    return ts


def compile_all() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def stale() -> list[Path]:
    return [
        ts
        for ts in sorted(TRANSLATIONS.glob("*.ts"))
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]


def coverage(ts: Path) -> tuple[int, int]:
    """(translated, total) of a catalogue's current messages (vanished and obsolete ones left out)."""
    translated = total = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        total += 1
        if kind != "unfinished" and translation is not None and (translation.text or "").strip():
            translated += 1
    return translated, total


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report .qm files older than their .ts")
    parser.add_argument("--count", action="store_true", help="only say how many strings are translated")
    args = parser.parse_args()
    if args.count:
        for language in LANGUAGES:
            ts = TRANSLATIONS / f"wsedesk_{language}.ts"
            done, total = coverage(ts)
            print(f"{ts.relative_to(ROOT)}: {done} of {total} translated, {total - done} to go")
        return 0
    if args.check:
        old = stale()
        for ts in old:
            print(f"{ts.relative_to(ROOT)}: .qm missing or older; run tools/update_translations.py")
        return 1 if old else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = update(language)
        done, total = coverage(ts)
        print(f"updated {ts.relative_to(ROOT)}: {done} of {total} translated, {total - done} to go")
    compile_all()
    print("compiled " + ", ".join(p.name for p in sorted(TRANSLATIONS.glob("*.qm"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
