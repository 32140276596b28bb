# Checks input(): reading lines from stdin (NAME.in), prompts printed to stdout, and EOFError at the end.
name = input("Your name? ")
print("Hello,", name)
age = int(input("Age? "))
print("Next year you will be", age + 1)
numbers = [int(x) for x in input().split()]
print("sum", sum(numbers), "max", max(numbers))
line = input()
print(repr(line))
blank = input("blank line: ")
print(repr(blank))
spaces = input()
print(repr(spaces))
unicode_line = input()
print(unicode_line, len(unicode_line))
count = 0
while True:
    try:
        rest = input()
    except EOFError:
        print("EOFError reached after", count, "more lines")
        break
    count += 1
    print("line", count, rest.upper())
try:
    input("prompt at eof> ")
except EOFError as e:
    print("EOFError again:", repr(str(e)))
