# Start-up benchmark: the smallest useful script.
print("Hello, world!")
