def t(name, v):
    print("eval", name)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", "last"))
print(t("a", 3) or t("b", 4))
print(not t("a", []))
x = t("a", None) or "default"
print(x)
print(t("a", 1) and t("b", 0) or t("c", "c"))
