"""Translations of game/tl/<language>/, as the engine parsed them, for the player.

The engine dump (`vn_web_export.rpy`) gives, per language, every `translate
<language> <id>:` block (its say statements, with file and line) and the
`translate <language> strings:` map. Here they are cut down to what the player
shows: dialogue blocks of the say statements it can reach, and the strings it
looks up (character names, menu choices, the interface labels below).
"""

from __future__ import annotations

from typing import Any

from .compile import LocatedError, StoryCompiler

# The player's interface labels: Ren'Py's own English strings, so a game's
# tl/<lang>/screens.rpy and common.rpy translate them with no extra work.
UI_STRINGS = [
    "Start", "Load", "Save", "Preferences", "About", "Help", "Return", "History", "Main Menu",
    "Back", "Skip", "Auto", "Q.Save", "Q.Load", "Prefs", "Menu", "Language", "Text Speed",
    "Auto-Forward Time", "Unseen Text", "Transitions", "Quick saves", "empty slot",
    "The dialogue history is empty.", "Yes", "No", "Keyboard", "Mouse", "Enter", "Space",
    "Arrow Keys", "Escape", "Ctrl", "Tab", "Page Up", "Left Click", "Right Click",
    "Advances dialogue and activates the interface.", "Advances dialogue without selecting choices.",
    "Navigate the interface.", "Accesses the game menu.", "Skips dialogue while held down.",
    "Toggles dialogue skipping.", "Rolls back to earlier dialogue.",
    "Skip Mode", "Quick save complete.", "Skip", "After Choices",
    "Volume", "Music Volume", "Sound Volume", "Ambience Volume", "Mute All",
    "Are you sure you want to return to the main menu?\nThis will lose unsaved progress.",
    "Are you sure you want to overwrite your save?", "Are you sure you want to delete this save?",
    "Loading will lose unsaved progress.\nAre you sure you want to do this?",
    # Accessibility (Ren'Py's own accessibility menu strings first, then the player's own).
    "Text Size Scaling", "High Contrast Text", "Font Override", "Default", "Self-Voicing",
    "Accessibility", "Reduce Motion", "Voice Rate", "Scene", "On screen", "Choices", "unavailable",
    "Continue", "Dialogue", "Unavailable: your earlier choices keep this one closed.", "Locked",
    "Quick menu", "Main menu", "Game menu", "Delete", "Shift+Tab", "Mouse Wheel Up",
    "Picks the menu choice with that number.",
    "Moves to the quick menu (Tab moves on, Escape returns to the story).",
    # A refused save or load (player/js/saves.js, SAVE_MESSAGES).
    ("The browser's storage for this game is full: the save was not written"
     " (an earlier save in this slot is kept). Delete a save and try again."),
    "The browser refused to store the save (storage disabled): the save was not written.",
    "This save could not be read.",
    "This save is damaged and cannot be loaded.",
    "This save was made by another version of the web player and cannot be loaded.",
    "This save was made with a different version of the game and cannot be loaded.",
    # The Endings screen (game/gallery.rpy gives the endings' own names).
    "Endings", "Not reached yet", "[reached] of [total] endings reached",
]

# How Ren'Py games conventionally name their tl/ folders, and the language's own name.
ENDONYMS = {
    "english": "English", "spanish": "Español", "french": "Français", "german": "Deutsch",
    "italian": "Italiano", "portuguese": "Português", "brazilian": "Português (Brasil)",
    "russian": "Русский", "ukrainian": "Українська", "polish": "Polski", "czech": "Čeština",
    "dutch": "Nederlands", "swedish": "Svenska", "finnish": "Suomi", "danish": "Dansk",
    "norwegian": "Norsk", "turkish": "Türkçe", "greek": "Ελληνικά", "japanese": "日本語",
    "korean": "한국어", "chinese": "中文", "schinese": "简体中文", "tchinese": "繁體中文",
    "vietnamese": "Tiếng Việt", "indonesian": "Bahasa Indonesia", "arabic": "العربية",
    "hebrew": "עברית", "hungarian": "Magyar", "romanian": "Română", "catalan": "Català",
}


LANGUAGE_CODES = {
    "english": "en", "spanish": "es", "french": "fr", "german": "de", "italian": "it",
    "portuguese": "pt", "brazilian": "pt-BR", "russian": "ru", "ukrainian": "uk", "polish": "pl",
    "czech": "cs", "dutch": "nl", "swedish": "sv", "finnish": "fi", "danish": "da", "norwegian": "no",
    "turkish": "tr", "greek": "el", "japanese": "ja", "korean": "ko", "chinese": "zh",
    "schinese": "zh-Hans", "tchinese": "zh-Hant", "vietnamese": "vi", "indonesian": "id",
    "arabic": "ar", "hebrew": "he", "hungarian": "hu", "romanian": "ro", "catalan": "ca",
}


def language_code(lang: str) -> str:
    return LANGUAGE_CODES.get(lang.lower(), "und")


def language_name(lang: str) -> str:
    return ENDONYMS.get(lang.lower(), lang.replace("_", " ").title())


def compile_translations(compiler: StoryCompiler, translations: dict[str, Any],
                         extra_strings: set[str]) -> dict[str, dict[str, Any]]:
    """lang -> {"name", "dialogue": {id: [say...]}, "strings": {old: new}} for the player."""
    rv: dict[str, dict[str, Any]] = {}
    wanted_strings = set(compiler.strings_needed) | set(UI_STRINGS) | set(extra_strings)
    for lang, tl in sorted(translations.items()):
        dialogue: dict[str, list[dict[str, Any]]] = {}
        for tid in sorted(compiler.translate_ids):
            block = tl.get("dialogue", {}).get(tid)
            if block is None:
                continue
            try:
                says = _translated_says(compiler, tid, block)
            except LocatedError as e:
                if compiler.strict:
                    raise
                # without --strict: a warning, and the block is shown in the original language
                compiler.warnings.append(f"{e} (shown untranslated in {lang})")
                continue
            dialogue[tid] = says
        strings = {}
        for old, entry in sorted(tl.get("strings", {}).items()):
            if old in wanted_strings:
                new = entry.get("new")
                if new is None:
                    continue
                if old in compiler.strings_needed:
                    try:   # (a screen's string may interpolate the screen's scope)
                        compiler.check_text({"file": entry.get("file"), "line": entry.get("line")}, new,
                                            compiler.string_scopes.get(old))
                    except LocatedError as e:
                        if compiler.strict:
                            raise
                        compiler.warnings.append(f"{e} (shown untranslated in {lang})")
                        continue
                compiler.texts.append(new)
                strings[old] = new
        if not dialogue and not strings:
            continue
        rv[lang] = {"name": language_name(lang), "dialogue": dialogue, "strings": strings}
    return rv


def _translated_says(compiler: StoryCompiler, tid: str, block: dict[str, Any]) -> list[dict[str, Any]]:
    """The say records of one translated block (LocatedError for what the player cannot show)."""
    says: list[dict[str, Any]] = []
    for stmt in block.get("block", []):
        if stmt.get("kind") != "say":
            raise LocatedError(stmt.get("file"), stmt.get("line"),
                               f"translation {tid}: statement {stmt.get('kind')!r} in a translate "
                               "block is not supported by the web player")
        if not stmt.get("interact", True) and len(block.get("block", [])) != 1:
            # (one non-interacting say, as a menu's question is, translates the one shown)
            raise LocatedError(stmt.get("file"), stmt.get("line"),
                               "non-interacting say among others in a translation is not supported")
        extend = stmt.get("who") == "extend" and "extend" not in (compiler.story.get("characters") or {})
        says.append(compiler.say_record(stmt, None if extend else stmt.get("who"), stmt.get("what") or "",
                                        stmt.get("attributes") or [], stmt))
        if extend:   # Ren'Py's extend: the last line goes on (as StoryCompiler.s_say)
            says[-1]["ext"] = 1
    return says
