for cls in (BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
            LookupError, IndexError, KeyError, ValueError, UnicodeError, UnicodeDecodeError, TypeError,
            NameError, UnboundLocalError, AttributeError, RuntimeError, RecursionError, NotImplementedError,
            StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError,
            ImportError, ModuleNotFoundError, OSError, FileNotFoundError, PermissionError, TimeoutError,
            EOFError, MemoryError, BufferError, SyntaxError, IndentationError, TabError, ReferenceError,
            SystemError, Warning, DeprecationWarning, UserWarning, ExceptionGroup, BaseExceptionGroup,
            PythonFinalizationError, ConnectionResetError, BrokenPipeError, ChildProcessError, InterruptedError):
    print([c.__name__ for c in cls.__mro__])
