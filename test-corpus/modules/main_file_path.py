# the main script's __file__ and its traceback file name are absolute paths (CPython 3.9+), sys.path[0] its folder
import os
import sys
import traceback

print(__file__)
print(os.path.isabs(__file__), os.path.basename(__file__))
print(sys.argv[0])
print(sys.path[0] == os.path.dirname(__file__))
print(__file__ == os.path.abspath(__file__))
try:
    1 / 0
except ZeroDivisionError:
    print(traceback.extract_tb(sys.exc_info()[2])[0].filename == __file__)
print(main_code := (lambda: 0).__code__.co_filename == __file__)
