# A method call or attribute spread over lines is located from the attribute's own line.
class Text:
    def upper(self):
        return self
    def center(self, *widths):
        raise ValueError(f"bad widths {widths}")
text = Text()
try:
    (text
     .missing)
except AttributeError as e:
    print("caught:", e)
result = (text
          .upper()
          .center(1,
                  2, 3))
