results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
