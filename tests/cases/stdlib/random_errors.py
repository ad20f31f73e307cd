# random: argument errors and state validation.
import random

r = random.Random(5)
for expr in ["r.getrandbits(-1)", "r.getrandbits(1.5)", "r.seed([1])", "r.setstate((4, (), None))",
             "r.setstate((3, (1, 2), None))", "r.setstate((3, [1] * 625, None))",
             "r.setstate((3, (1,) * 624 + (625,), None))", "r.setstate((3, ('a',) * 625, None))",
             "r.setstate((3, (-1,) * 624 + (1,), None))", "r.randrange(0)", "r.randrange(5, 2)",
             "r.randrange(1, 10, 0)", "r.randrange(10, 1, 2)", "r.randrange(1.5)", "r.randrange(5, step=2)",
             "r.randint(5, 1)", "r.choice([])", "r.sample({1, 2}, 1)", "r.sample([1, 2], 3)",
             "r.choices([1, 2], [1])", "r.choices([1, 2], 3)", "r.choices([1, 2], [1, 2], cum_weights=[1, 2])",
             "r.choices([1, 2], [0, 0])", "r.gammavariate(0, 1)", "r.binomialvariate(-1)",
             "r.binomialvariate(5, 1.5)", "random.SystemRandom().getstate()", "r.sample([1], 1, counts=[1.5])"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
