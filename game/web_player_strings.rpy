## web_player_strings.rpy: the interface strings only the web player shows.
##
## The web player (`vn web build`) looks every interface string up in the
## game's own translations, by its English text (tools/vn/web/translations.py,
## UI_STRINGS). Most are Ren'Py's own strings, which game/tl/LANG/common.rpy
## and screens.rpy already translate; these are the player's own (screen-reader
## announcements, its accessibility preferences, its help lines, what it says
## when a save or load is refused). Listing them here, marked with _(), gives
## translators an entry for each in game/tl/LANG/web_player_strings.rpy, like
## every other string of the game.
## The desktop game never shows them.

define web_player_strings = [
    _("Accessibility"), _("Reduce Motion"), _("Voice Rate"), _("Volume"), _("Ambience Volume"),
    _("Scene"), _("On screen"), _("Choices"), _("unavailable"),
    _("Continue"), _("Dialogue"), _("Unavailable: your earlier choices keep this one closed."),
    _("Quick menu"), _("Main menu"), _("Game menu"), _("Delete"),
    _("Shift+Tab"), _("Mouse Wheel Up"), _("Picks the menu choice with that number."),
    _("Moves to the quick menu (Tab moves on, Escape returns to the story)."),
    _("The browser's storage for this game is full: the save was not written (an earlier save in this slot is kept). Delete a save and try again."),
    _("The browser refused to store the save (storage disabled): the save was not written."),
    _("This save could not be read."),
    _("This save is damaged and cannot be loaded."),
    _("This save was made by another version of the web player and cannot be loaded."),
    _("This save was made with a different version of the game and cannot be loaded."),
    ]
