class Explosive:
    def __bool__(self):
        raise RuntimeError("bool exploded")
for action in (lambda: 1 if Explosive() else 2, lambda: not Explosive(), lambda: Explosive() and 1,
               lambda: [x for x in [1] if Explosive()], lambda: all([Explosive()])):
    try:
        action()
    except RuntimeError as e:
        print(e)
print(Explosive() or 1 if False else "short-circuit safe")
