# Checks __name__ of the main program and the `if __name__ == "__main__":` idiom.
print("module name:", __name__)
def main():
    print("main() runs")
    return 0
def helper():
    return "helper"
if __name__ == "__main__":
    print("guard taken")
    status = main()
    print("status", status)
else:
    print("guard not taken")
if __name__ != "__main__":
    print("imported")
print(helper())
print(type(__name__).__name__)
print(__name__ == "__main__")
g = globals()
print("main" in g, "helper" in g, g["__name__"])
print(sorted(k for k in g if not k.startswith("__")))
