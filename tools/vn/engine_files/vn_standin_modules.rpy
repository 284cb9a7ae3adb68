## Stand-in modules for the verbs that only read a game (export, lint, translate).
##
## A game may import a module its engine lacks: LearnToCodeRPG's init code
## imports `requests`, which the official SDK ships and Debian's Ren'Py 8.0.3
## does not, so the engine stops before any script can be read. Reading the
## script needs no network, so an import of a missing module from the game's own
## files gets an empty module instead, and the place is recorded (vn_export.rpy
## writes it into the story JSON, `vn` prints it as a warning). Anything used
## from a stand-in is another stand-in, so init code that only names it (an
## `except requests.ConnectionError:` in a function) loads; code that really
## calls it at init time gets an object that does nothing.
##
## Never added for playing: a game that is played must fail on a missing module.
## The canonical copy lives in tools/vn/engine_files/.

python early in _vn_standin:

    import sys as _sys
    import importlib.abc as _abc
    import importlib.machinery as _machinery
    import types as _types

    # [(module, file, line)] in import order: read by vn_export.rpy.
    STOOD_IN = []

    class _Anything(object):
        """Whatever a stand-in module is asked for: callable, iterable (empty), a base
        class, an exception type's stand-in."""

        def __init__(self, *args, **kwargs):
            pass

        def __call__(self, *args, **kwargs):
            return _Anything()

        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            return _Anything()

        def __iter__(self):
            return iter(())

        def __bool__(self):
            return False

    class _StandInError(Exception):
        """What `except module.SomeError:` catches: never raised."""

    class _StandInModule(_types.ModuleType):
        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            if name[:1].isupper() and (name.endswith("Error") or name.endswith("Exception")):
                return _StandInError
            return _Anything()

    def _importing_game_file():
        """(file, line) of the `import` when the game's own code runs it, else None (the
        engine's optional imports keep failing as they should)."""
        frame = _sys._getframe(2)
        while frame is not None and frame.f_code.co_filename.startswith("<frozen"):
            frame = frame.f_back
        if frame is None:
            return None
        filename = frame.f_code.co_filename.replace("\\", "/")
        if filename.startswith("game/") and not filename.startswith(("game/vn_", "game/00vn_")):
            return filename, frame.f_lineno
        return None

    class _StandInFinder(_abc.MetaPathFinder, _abc.Loader):
        """Last on sys.meta_path: reached only when no real finder knows the module."""

        def find_spec(self, fullname, path=None, target=None):
            if path is not None:  # a submodule: its parent is real, let it fail truly
                parent = _sys.modules.get(fullname.rpartition(".")[0])
                if not isinstance(parent, _StandInModule):
                    return None
            where = _importing_game_file()
            if where is None:
                return None
            STOOD_IN.append((fullname, where[0], where[1]))
            return _machinery.ModuleSpec(fullname, self, is_package=True)

        def create_module(self, spec):
            module = _StandInModule(spec.name)
            module.__path__ = []
            return module

        def exec_module(self, module):
            pass

    if not any(isinstance(f, _StandInFinder) for f in _sys.meta_path):
        _sys.meta_path.append(_StandInFinder())
