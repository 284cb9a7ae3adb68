## saves.rpy: what a save made on an earlier version of the script becomes.
##
## A save remembers the statement the player was on, by its name, and the
## statements before it (the rollback log). Ren'Py names a label after itself
## and every other statement through the .rpyc files it keeps beside each
## script, which carry the old names over an edit wherever the statements still
## match (on Debian's 8.0.x, game/0vn_stable_names.rpy writes them). So, as
## tests/test_saves.py checks in the real engine:
## - lines, scenes and menus added before or after the save: it loads at its
##   own line or menu;
## - its label renamed: the same (a call's `from` label, the call stack's
##   return point, must keep its name: never rename one);
## - its scene deleted: Ren'Py rolls back to the last statement before it that
##   still exists, and the story goes on from there;
## - nothing of its rollback log left: config.load_failed_label below.
## A `default` added later gets its value in old saves; a variable renamed
## keeps its value only if SAVE_RENAMES says so.

## Variables renamed since a save could have been made: old name -> new name.
## After a load, the value an old save holds under the old name moves to the
## new one (and the old name leaves the store).
define SAVE_RENAMES = {}

init python:

    def move_renamed_variables():
        """config.after_load_callbacks: carry old saves' values over renames."""
        for old, new in SAVE_RENAMES.items():
            if hasattr(store, old):
                value = getattr(store, old)
                delattr(store, old)
                setattr(store, new, value)

    config.after_load_callbacks.append(move_renamed_variables)

## Where a load goes when nothing its save remembers exists any more (Ren'Py
## would stop with "Couldn't find a place to stop rolling back").
define config.load_failed_label = "save_outdated"

label save_outdated:

    "This save was made in a part of the story that has been rewritten since, so it cannot go on from where it stopped. Please start again, or load another save."
    return
