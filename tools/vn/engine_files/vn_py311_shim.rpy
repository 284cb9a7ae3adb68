## Python 3.11 compatibility shim for Ren'Py 8.0.x (renpy/renpy issue 5461).
##
## Ren'Py 8.0's screen language builds Python AST nodes whose end line can
## come before their start line. Python 3.11's compile() rejects those with
## "AST node line range (N, 1) is not valid", so Debian's 8.0.3 dies at start.
## This wraps the one compile helper so that no node ends before it starts.
## It does nothing on engines or Pythons that do not need it.
##
## The canonical copy lives in tools/vn/engine_files/; `vn` adds it to any
## game it runs. Keep this file's name unlike any engine file.

python early in _vn_py311_shim:

    import sys as _sys
    import ast as _ast

    def _vn_needs_shim():
        if _sys.version_info < (3, 11):
            return False
        return tuple(renpy.version_tuple[:2]) < (8, 1)

    def _vn_fix_line_ranges(tree):
        for node in _ast.walk(tree):
            lineno = getattr(node, "lineno", None)
            if lineno is None:
                continue
            end = getattr(node, "end_lineno", None)
            if end is None or end < lineno:
                node.end_lineno = lineno
                node.end_col_offset = getattr(node, "col_offset", 0)
            elif end == lineno:
                col = getattr(node, "col_offset", 0)
                end_col = getattr(node, "end_col_offset", None)
                if end_col is None or end_col < col:
                    node.end_col_offset = col
        return tree

    def _vn_install_shim():
        import renpy.sl2.slast as slast

        original = slast.compile_expr
        if getattr(original, "_vn_shim", False):
            return

        def compile_expr(loc, node):
            try:
                return original(loc, node)
            except ValueError:
                expr = _ast.Expression(body=node)
                _ast.fix_missing_locations(expr)
                _vn_fix_line_ranges(expr)
                filename = loc[0]
                if filename in renpy.python.py3_files:
                    flags = renpy.python.py3_compile_flags
                else:
                    flags = renpy.python.new_compile_flags
                return compile(expr, filename, "eval", flags, 1)

        compile_expr._vn_shim = True
        slast.compile_expr = compile_expr

    if _vn_needs_shim():
        _vn_install_shim()
