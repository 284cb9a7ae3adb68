## Stable statement names for saves on Debian's Ren'Py 8.0.x.
##
## A save remembers where the player is by statement name. Ren'Py names a
## statement after its label where it has one, and otherwise (file, time of
## the start, serial); it keeps those names from start to start, and across
## edits, through the .rpyc files it writes beside each script: a changed
## script gets its old names back wherever its statements still match
## (Script.merge_names, a diff). Debian's 8.0.3 never writes .rpyc files, so
## every start renamed every statement and no save made in an earlier session
## could find its place ("Couldn't find a place to stop rolling back").
##
## This writes the .rpyc file that the engine itself would have written, after
## the engine has compiled a script from source. Where the engine writes it
## itself (every official SDK), the file is already there and up to date, and
## this does nothing. It sorts before every game script (its name starts with
## "0"; the engine's own files start with "00"), so it is in place before any
## of them is compiled.
##
## The canonical copy lives in tools/vn/engine_files/; `vn` adds it to the
## games it plays, and game/ carries a copy for `vn play`.

python early in _vn_stable_names:

    import hashlib as _hashlib
    import os as _os

    def _vn_rpyc_is_current(rpyc, rpy_digest):
        """Whether `rpyc` exists and was compiled from a source with `rpy_digest`."""
        try:
            with open(rpyc, "rb") as f:
                f.seek(-_hashlib.md5().digest_size, 2)
                return f.read() == rpy_digest
        except (OSError, ValueError):
            return False

    def _vn_write_rpyc(script, rpy, data, stmts):
        """Write rpy's compiled form as the engine's own writer does: slot 1 (read back
        by merge_names after an edit) and slot 2 (loaded as is), then the source's md5."""
        with open(rpy, "rb") as f:
            digest = _hashlib.md5(f.read()).digest()
        rpyc = rpy + "c"
        if _vn_rpyc_is_current(rpyc, digest):
            return
        pickled = renpy.script.dumps((data, stmts))
        part = rpyc + ".part"
        try:
            with open(part, "wb") as f:
                script.write_rpyc_header(f)
                script.write_rpyc_data(f, 1, pickled)
                script.write_rpyc_data(f, 2, pickled)
                script.write_rpyc_md5(f, digest)
            _os.replace(part, rpyc)
        except OSError:
            # A read-only game folder (an installed game) plays on, as before.
            renpy.display.log.write("Could not write %r", rpyc)

    def _vn_install():
        Script = renpy.script.Script
        original = Script.load_file
        if getattr(original, "_vn_stable_names", False):
            return

        def load_file(self, dir, fn):
            data, stmts = original(self, dir, fn)
            if dir and stmts is not None and fn.endswith(".rpy"):
                _vn_write_rpyc(self, dir + "/" + fn, data, stmts)
            return data, stmts

        load_file._vn_stable_names = True
        load_file.__wrapped__ = original
        Script.load_file = load_file

    _vn_install()
