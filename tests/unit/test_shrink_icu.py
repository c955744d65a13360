"""tools/shrink_icu.py: the bundle's smaller ICU data library sorts and cases Dutch as the full one."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(tool) for tool in ("nm", "as", "ld")),
    reason="the ICU shrink is a Linux build step that needs binutils",
)

PROBE = r"""
import json
from PySide6.QtCore import QCollator, QLocale, QStringConverter, QUrl
maps = open("/proc/self/maps").read()
words = ["Zeeman", "één", "appel", "IJzer", "ijs", "Ève", "eerste", "Ängel", "zomer", "Yves", "Œuvre"]
nl = QCollator(QLocale("nl_BE"))
print(json.dumps({
    "library": sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line}),
    "nl": sorted(words, key=nl.sortKey),
    "upper": QLocale("nl_BE").toUpper("ijsje straße"),
    "idna": QUrl.fromUserInput("http://bücher.be").toEncoded().data().decode(),
    "codecs": sorted(c for c in QStringConverter.availableCodecs() if c in ("windows-1252", "ISO-8859-15")),
}))
"""


def _shrink_module():
    spec = importlib.util.spec_from_file_location("shrink_icu", ROOT / "tools" / "shrink_icu.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _probe(library_dir: Path | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # searched before Qt's RUNPATH ($ORIGIN)
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def test_small_icu_library_keeps_dutch_sorting_case_idna_and_latin_codecs(tmp_path: Path) -> None:
    from PySide6.QtCore import QLibraryInfo

    libs = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    full = next(libs.glob("libicudata.so.*"), None)
    if full is None:
        pytest.skip("this PySide6 links no ICU data library")
    small = tmp_path / full.name
    before, after = _shrink_module().shrink(full, small)
    assert after < 8_000_000 < before  # ~4.9 MB of ~32 MB

    expected, got = _probe(None), _probe(tmp_path)
    assert got["library"] == [str(small)]
    assert expected["library"] != got["library"]
    for key in ("nl", "upper", "idna", "codecs"):
        assert got[key] == expected[key], key
    assert got["nl"][:3] == ["Ängel", "appel", "één"]
    assert got["upper"] == "IJSJE STRASSE"
    assert got["idna"] == "http://xn--bcher-kva.be"
    assert got["codecs"] == ["ISO-8859-15", "windows-1252"]


def test_keep_rules() -> None:
    keep = _shrink_module().keep
    assert keep("icudt73l/coll/nl.res") and keep("icudt73l/nl_BE.res") and keep("icudt73l/root.res")
    assert (
        keep("icudt73l/unames.icu")
        and keep("icudt73l/supplementalData.res")
        and keep("icudt73l/coll/ucadata.icu")
    )
    assert keep("icudt73l/brkitr/word.brk") and keep("icudt73l/zone/pool.res")
    assert not keep("icudt73l/coll/ja.res") and not keep("icudt73l/zh_Hant_TW.res")
    assert not keep("icudt73l/brkitr/cjdict.dict") and not keep("icudt73l/translit/Latin_ASCII.res")
    assert not keep("icudt73l/gb18030.cnv") and keep("icudt73l/ibm-5348_P100-1997.cnv")
    assert not keep("icudt73l/coll/es_.res")
