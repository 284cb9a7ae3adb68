## A persistent parse cache for engines that never write .rpyc files.
##
## Debian's Ren'Py 8.0.3 lacks the code that writes .rpyc files and the
## bytecode cache is written into the stage, which `vn` throws away, so every
## engine start re-parses all of renpy/common and the game and recompiles
## every Python block: about three fifths of a start. `vn` stages this file
## (its name sorts before every common file, so its `python early` block runs
## before anything else is parsed) and names a cache directory in
## $VN_ENGINE_CACHE. Then:
##   - each parsed file is stored under the md5 of its text, its name, the
##     engine version and the creator-defined statements known when it was
##     parsed, and read back instead of parsed while all of those are equal;
##   - the Python bytecode cache (already keyed by source) is kept in
##     $VN_ENGINE_CACHE, one file per game and set of staged files, since
##     Ren'Py writes back only the entries the start used.
## A file that gave a parse error is never stored, so errors are reported on
## every start. Nothing happens without $VN_ENGINE_CACHE, or on an engine that
## writes its own .rpyc files (8.1 and later).
##
## The canonical copy lives in tools/vn/engine_files/.

python early in _vn_script_cache:

    import builtins as _builtins
    import os as _os

    def _vn_install_script_cache():
        import hashlib
        import marshal
        import tempfile
        import zlib
        import renpy.parser
        import renpy.script as script
        import renpy.statements

        root = _os.environ.get("VN_ENGINE_CACHE")
        if not root or tuple(renpy.version_tuple[:2]) >= (8, 1):
            return
        Script = script.Script
        if getattr(Script.load_file, "_vn_cached", False):
            return
        parsed_dir = _os.path.join(root, "parsed")
        current = renpy.game.script
        # The stage links each game file to the real one; the files vn adds are copies.
        stage = hashlib.md5()
        for fn, dir in sorted(current.script_files, key=repr):
            path = _os.path.join(dir or "", fn + ".rpy")
            stage.update(((_os.path.realpath(path) if _os.path.islink(path) else fn)
                          + "\0").encode("utf-8", "surrogateescape"))
        bytecode_file = _os.path.join(root, "bytecode-%s.rpyb" % stage.hexdigest())
        try:
            _os.makedirs(parsed_dir, exist_ok=True)
        except OSError:
            return

        def write_atomically(path, data):
            try:
                fd, tmp = tempfile.mkstemp(dir=_os.path.dirname(path), prefix=".vn-")
                with _os.fdopen(fd, "wb") as f:
                    f.write(data)
                _os.chmod(tmp, 0o644)
                _os.replace(tmp, path)
            except OSError:
                pass

        def statements_digest():
            # A file's parse depends on the creator-defined statements registered
            # by the files before it.
            h = hashlib.md5()
            for name in sorted(renpy.statements.registry, key=repr):
                h.update(repr(name).encode("utf-8"))
                parse = renpy.statements.registry[name].get("parse")
                code = getattr(parse, "__code__", None)
                if code is not None:
                    try:
                        h.update(marshal.dumps(code))
                    except ValueError:
                        h.update(code.co_code)
            return h.hexdigest()

        def entry_path(self, fullfn, text):
            key = hashlib.md5(text)
            for part in (renpy.parser.elide_filename(fullfn), renpy.version_only,
                         repr(script.script_version), repr(self.key), statements_digest()):
                key.update(b"\0" + part.encode("utf-8"))
            return _os.path.join(parsed_dir, key.hexdigest() + ".rpyp")

        original_load_file = Script.load_file

        def load_file(self, dir, fn):
            if dir is None or not fn.endswith(".rpy"):
                return original_load_file(self, dir, fn)
            fullfn = dir + "/" + fn
            try:
                with open(fullfn, "rb") as f:
                    text = f.read()
            except OSError:
                return original_load_file(self, dir, fn)
            # "rpy python" directives have side effects outside the file's statements.
            if b"rpy python" in text:
                return original_load_file(self, dir, fn)
            path = entry_path(self, fullfn, text)
            try:
                with open(path, "rb") as f:
                    data, stmts = script.loads(zlib.decompress(f.read()))
                # (`dict` in a Ren'Py store is the revertable kind.)
                if isinstance(data, _builtins.dict) and data.get("version") == script.script_version:
                    return data, stmts
            except Exception:
                pass
            errors = len(renpy.parser.parse_errors)
            data, stmts = original_load_file(self, dir, fn)
            if stmts and len(renpy.parser.parse_errors) == errors:
                write_atomically(path, zlib.compress(script.dumps((data, stmts)), 1))
            return data, stmts

        load_file._vn_cached = True
        load_file.__wrapped__ = original_load_file
        Script.load_file = load_file

        def save_bytecode(self):
            if self.bytecode_dirty:
                write_atomically(bytecode_file, zlib.compress(
                    script.dumps((script.BYTECODE_VERSION, self.bytecode_newcache)), 3))

        Script.save_bytecode = save_bytecode

        try:
            with open(bytecode_file, "rb") as f:
                version, cache = script.loads(zlib.decompress(f.read()))
            if version == script.BYTECODE_VERSION and isinstance(cache, _builtins.dict):
                current.bytecode_oldcache.update(cache)
        except Exception:
            pass

    _vn_install_script_cache()
