# Helper module with __all__, for star-import tests.
__all__ = ["exported", "Also"]
exported = "in __all__"
not_exported = "public but not in __all__"
class Also:
    pass
