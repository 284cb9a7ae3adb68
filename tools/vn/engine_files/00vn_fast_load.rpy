## Faster script loading on Debian's Ren'Py 8.0.3, for the verbs that only read a game.
##
## Debian's engine never writes .rpyc files, but its Script.load_file still pickles
## every parsed file twice (`pickle_data_before_static_transforms` and `..._after_`,
## the data the official engine writes into the .rpyc) and throws both away. On a
## game of Katawa Shoujo's size that is about a fifth of the engine's time and a
## large part of its peak memory (measured with py-spy; tools/vn/routes/README.md).
## Named to sort before the game's own files, so the files loaded after it skip
## the pickles; an engine whose load_file writes .rpyc files is left alone.
## The canonical copy lives in tools/vn/engine_files/.

python early in _vn_fast_load:

    import sys as _sys

    def _vn_install_fast_load():
        import renpy.script as script

        # The engine's own load_file, under any wrappers (00000vn_script_cache.rpy's):
        # only its pickles are discarded, not a wrapper's.
        load_file = script.Script.load_file
        while hasattr(load_file, "__wrapped__"):
            load_file = load_file.__wrapped__
        if "write_rpyc_data" in load_file.__code__.co_names:
            return  # this engine writes what it pickles
        real = script.dumps
        if getattr(real, "_vn_fast_load", False):
            return

        def dumps(obj, *args, **kwargs):
            # only load_file's two discarded pickles are skipped; the bytecode cache and
            # saves still pickle for real
            if _sys._getframe(1).f_code is load_file.__code__:
                return b""
            return real(obj, *args, **kwargs)

        dumps._vn_fast_load = True
        script.dumps = dumps

    _vn_install_fast_load()
