# Constants for the _geometry package; refers back to its parent package by relative import.
from .. import util as parent_util_pkg
PI = 3.14159
PARENT = __name__.rpartition(".")[0]
