# A standard-library module name used without importing it gets "Did you forget to import".
def days():
    return datetime.now()
days()
