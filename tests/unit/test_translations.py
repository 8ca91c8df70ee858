"""The translations: in step with the code, complete, and faithful to every placeholder."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from support.helpers import REPO

I18N = REPO / "desktop" / "antigravity_tray" / "resources" / "i18n"
LANGUAGES = ("ko", "fr", "es")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|</?[a-zA-Z][^>]*>|&(?:[a-z]+|#\d+);")
ACCELERATOR = re.compile(r"&(?![a-z]+;|#\d+;)(?=\S)")
KEY_NAMES = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")  # the plugin's keys, such as pid_offset_enabled


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(I18N / f"antigravity_tray_{language}.ts").getroot()
    return [
        (ctx.findtext("name"), m.findtext("source"), m.find("translation"))
        for ctx in root.iter("context")
        for m in ctx.findall("message")
    ]


def test_lupdate_and_lrelease_change_nothing():
    """Strings in the code and in the .ts files cannot drift apart, nor .ts and .qm."""
    result = subprocess.run(
        [sys.executable, str(REPO / "resources" / "i18n" / "update.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def marked_in_code() -> set[tuple[str, str, str]]:
    """(context, source, where) of every literal translate(...) and QT_TRANSLATE_NOOP(...) call."""
    found = set()
    for path in (REPO / "desktop" / "antigravity_tray").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            context, source = node.args[:2]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(source, ast.Constant)
                and isinstance(source.value, str)
            ):
                found.add((context.value, source.value, f"{path.name}:{node.lineno}"))
    return found


def test_lupdate_extracts_every_marked_string():
    """pyside6-lupdate silently skips some calls (a count given as an expression such as
    ``len(x)``, a call inside an f-string); such a string would never be translated."""
    extracted = {(context, source) for context, source, _t in messages("fr")}
    missed = sorted(
        f"{where}: [{context}] {source!r}"
        for context, source, where in marked_in_code()
        if (context, source) not in extracted
    )
    assert len(marked_in_code()) > 400
    assert not missed, "\n".join(missed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_none_has_vanished(language):
    found = messages(language)
    assert len(found) > 400
    kinds = Counter(t.get("type") for _c, _s, t in found)
    assert kinds == {None: len(found)}, kinds  # no "unfinished", "vanished" or "obsolete"
    assert all((t.text or "").strip() for _c, _s, t in found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_key_names(language):
    problems = []
    for context, source, translation in messages(language):
        text = translation.text or ""
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            problems.append(f"[{context}] {source!r}: placeholders differ in {text!r}")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            problems.append(f"[{context}] {source!r}: accelerator lost in {text!r}")
        for key in KEY_NAMES.findall(re.sub(r"\{[^{}]*\}", "", source)):
            if key not in text:
                problems.append(f"[{context}] {source!r}: the key {key} is missing from {text!r}")
    assert not problems, "\n".join(problems[:20])


def latin_word(word: str) -> str:
    """``word`` standing alone in Latin script (Hangul after it, as in "sticky에서", still counts)."""
    return rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])"


# The plugin's own words, as its guides in each language write them (../shared/seeds/): a reader
# of the guide finds the same words in the app. The strategy names stay as the plugin spells them.
TERMS = [
    (r"PID offset", {"ko": r"PID 오프셋", "fr": r"décalage PID", "es": r"desplazamiento PID"}),
    (
        r"\brate limits?\b",
        {"ko": r"속도 제한", "fr": r"limitations? de débit|débit limité", "es": r"límites? de velocidad"},
    ),
    *((latin_word(name), dict.fromkeys(LANGUAGES, latin_word(name))) for name in ("sticky", "round-robin", "hybrid")),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plugins_concepts_keep_the_guides_words(language):
    problems = [
        f"[{context}] {source!r} -> {translation.text!r}: wants {wanted[language]!r}"
        for context, source, translation in messages(language)
        for pattern, wanted in TERMS
        if re.search(pattern, source, re.IGNORECASE)
        and not re.search(wanted[language], translation.text or "", re.IGNORECASE)
    ]
    assert not problems, "\n".join(problems)


def test_the_translations_ship_in_the_package():
    assert {p.name for p in I18N.glob("*.qm")} == {f"antigravity_tray_{lang}.qm" for lang in LANGUAGES}
    assert all((I18N / f"antigravity_tray_{lang}.qm").stat().st_size > 10_000 for lang in LANGUAGES)


def test_every_setting_has_a_marked_title():
    from antigravity_tray.core.schema import SETTINGS, TITLES

    assert set(TITLES) == {setting.key for setting in SETTINGS}
