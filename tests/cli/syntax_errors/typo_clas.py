clas Foo:
    pass
