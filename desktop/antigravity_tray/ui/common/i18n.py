"""The app in the person's language: our translations (resources/i18n/*.qm) and Qt's own
(qtbase_*.qm, so standard buttons and dialogs match), chosen from the Language preference or,
with "system", from the system's UI languages. Applied at start; a change shows at the next."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ... import RESOURCES

log = logging.getLogger("antigravity_tray")

SOURCE_LANGUAGE = "en"
TRANSLATED = ("ko", "fr", "es")
# The Language preference's choices, each named in its own language.
LANGUAGES = (("system", None), ("en", "English"), ("ko", "한국어"), ("fr", "Français"), ("es", "Español"))


def translations_dir() -> Path:
    return RESOURCES / "i18n"


def chosen_language(preference: str, system: QLocale | None = None) -> str:
    """The language to show: the preference, or the first system UI language we have."""
    if preference in (SOURCE_LANGUAGE, *TRANSLATED):
        return preference
    for name in (system or QLocale.system()).uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in (SOURCE_LANGUAGE, *TRANSLATED):
            return language
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, preference: str) -> str:
    """Load the translators for the chosen language into ``app``; returns the language."""
    language = chosen_language(preference)
    if language == SOURCE_LANGUAGE:
        if preference == SOURCE_LANGUAGE:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    if preference != "system":
        QLocale.setDefault(QLocale(language))  # dates and numbers follow the chosen language too
    ours = QTranslator(app)
    if ours.load(f"antigravity_tray_{language}", str(translations_dir())):
        app.installTranslator(ours)
    else:
        log.warning("no translation for %s in %s", language, translations_dir())
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
    log.info("language: %s", language)
    return language


__all__ = ["LANGUAGES", "TRANSLATED", "chosen_language", "install_translations", "translations_dir"]
