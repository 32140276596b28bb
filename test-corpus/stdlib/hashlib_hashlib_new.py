# _hashlib's constructors (openssl_*, new with usedforsecurity), the sha3 objects' Keccak parameters,
# blake2's unsigned parameters and compare_digest on str/bytes subclasses and bytes-likes
import _hashlib
import hashlib
import hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "shake_128"]:
    f = getattr(_hashlib, "openssl_" + name)
    h = f(b"abc", usedforsecurity=False)
    d = h.hexdigest(8) if name.startswith("shake") else h.hexdigest()
    print(name, h.name, d[:16], _hashlib.new(name, b"abc").digest_size, hashlib.new(name, usedforsecurity=True).name)
print(hasattr(_hashlib, "openssl_blake2b"), _hashlib.new("blake2b", b"x").hexdigest()[:16])
try:
    _hashlib.new("nosuchhash")
except ValueError as e:
    print("ValueError", type(e).__name__)
print(sorted(n for n in _hashlib.openssl_md_meth_names if n.startswith("sha3")))
for name in ["sha3_224", "sha3_512", "shake_256"]:
    h = hashlib.__dict__["__get_builtin_constructor"](name)()
    print(name, h._capacity_bits, h._rate_bits, h._suffix)
print(hashlib.blake2b(node_offset=(1 << 64) - 1).hexdigest()[:16], hashlib.blake2b(leaf_size=(1 << 32) - 1).hexdigest()[:16])
for kw in [{"node_offset": -1}, {"node_offset": 1 << 64}, {"leaf_size": -1}, {"leaf_size": 1 << 32}]:
    try:
        hashlib.blake2b(**kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class mystr(str):
    def __eq__(self, other):
        return False


class mybytes(bytes):
    def __eq__(self, other):
        return False


print(hmac.compare_digest(mystr("ab"), "ab"), hmac.compare_digest(mybytes(b"ab"), bytearray(b"ab")),
      hmac.compare_digest(memoryview(b"ab"), b"ac"))
try:
    hmac.compare_digest("ab", b"ab")
except TypeError as e:
    print("TypeError", e)
print(hmac.new(b"key", b"msg", "sha256").hexdigest()[:16], hmac.new(b"key", b"msg", hashlib.md5).hexdigest()[:16])
