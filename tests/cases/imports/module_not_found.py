for stmt in ("import nowhere_module", "import pkg.nowhere", "from pkg import nowhere", "from nowhere_pkg import x",
             "import _helper_mod.sub"):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name)
