import string
from string import Template

for text in ["hello $", "x\n  $ y", "ab${", "$who likes ${what}", "$$ and $1"]:
    t = Template(text)
    try:
        print(repr(t.substitute(who="tim", what="kung pao")))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(repr(t.safe_substitute(who="tim")), t.is_valid(), t.get_identifiers())

print(type(Template.pattern).__name__, Template.pattern.pattern is not None, Template.flags)

class Percent(Template):
    delimiter = "%"
print(Percent("%who got %% of ${what}").substitute(who="a", what="b"))
print(Percent.flags, Percent("%1").is_valid())

class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$a.b and ${c.d}").safe_substitute({"a.b": 1}))
print(Dotted("$a.b and ${c.d}").get_identifiers())

class Braced(Template):
    braceidpattern = r"[^}]+"
print(Braced("${a b} $c").substitute({"a b": 1, "c": 2}))

class Upper(Template):
    flags = 0
    idpattern = "[A-Z]+"
print(Upper("$ABC $abc").safe_substitute(ABC=1, abc=2), Upper.flags)

class Custom(Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )
    """
print(Custom("#a ## #{b}").substitute(a=1, b=2))
try:
    Custom("x #!").substitute()
except ValueError as e:
    print(e)

class Bad(Template):
    pattern = r"\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))|(?P<other>@)"
try:
    Bad("$a @").substitute(a=1)
except ValueError as e:
    print(e.args[0])
try:
    Bad("$a @").get_identifiers()
except ValueError as e:
    print(e.args[0])
try:
    Bad("@").is_valid()
except ValueError as e:
    print(e.args[0])
print(Template("$a $b $a ${c}").get_identifiers())
print(Template("$x").substitute({"x": 1}, x=2))
try:
    Template("$x").substitute({})
except KeyError as e:
    print("KeyError", e)
