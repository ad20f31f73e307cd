# The names CPython's `site` module puts in builtins for people at a prompt: `exit` and `quit`
# (callable, and leaving when typed alone at the REPL), `copyright`, `credits` and `license`.
# Run once at startup in a namespace named `_sitebuiltins` (unless -S).

class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer:
    def __init__(self, name, text):
        self._name = name
        self._text = text

    def __repr__(self):
        return self._text

    def __call__(self):
        print(self._text)


exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
copyright = _Printer('copyright', 'Copyright (c) the ophis authors.\n'
                     'Python is a trademark of the Python Software Foundation; ophis is an\n'
                     'independent implementation of the language, not affiliated with it.')
credits = _Printer('credits', 'ophis implements Python 3.14 in Rust, following CPython 3.14 as its\n'
                   'specification. Thanks to the Python community for the language.')
license = _Printer('license', 'ophis is distributed under the terms of the MIT license or the Apache\n'
                   'License, version 2.0, at your option (see the LICENSE files of its source).')
