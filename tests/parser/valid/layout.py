# A comment

x = [
    1,  # one
    2,
]
if x:

    # comment at a different indentation
  y = 1
  if y:
	  z = 2
s = 1 + \
    2
def f():
    return (
        1
    )
class C:
    def m(self):
        pass

    # trailing comment
