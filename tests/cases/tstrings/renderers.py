# The motivating uses of PEP 750: escaping HTML and parameterizing SQL from t-strings.
from string.templatelib import Template, Interpolation, convert


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;").replace("'", "&#x27;"))


def render_html(template: Template) -> str:
    parts = []
    for item in template:
        match item:
            case str() as s:
                parts.append(s)
            case Interpolation(value, _, conversion, format_spec):
                value = convert(value, conversion)
                parts.append(html_escape(format(value, format_spec)))
    return "".join(parts)


def sql(template: Template):
    query = []
    params = []
    for item in template:
        if isinstance(item, str):
            query.append(item)
        else:
            query.append("?")
            params.append(item.value)
    return "".join(query), tuple(params)


user = "<script>alert('x')</script>"
price = 3.14159
print(render_html(t"<p>Hello, {user}! Total: {price:.2f} ({user!r})</p>"))
name = "Robert'); DROP TABLE students;--"
query, params = sql(t"SELECT * FROM students WHERE name = {name} AND age > {18}")
print(query)
print(params)
greeting = t"Hi {user}" + t", you owe {price:.1f}"
print(render_html(greeting))
print([i.expression for i in greeting.interpolations])
