# hashlib: every guaranteed algorithm (one-shot, incremental, copy), shake lengths, blake2 parameters, hmac, pbkdf2_hmac, errors
import hashlib, hmac
msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    for m in msgs:
        h.update(m)
    c = h.copy()
    c.update(b"more")
    print(name, "incremental", h.hexdigest() == hashlib.new(name, b"".join(msgs)).hexdigest(), c.hexdigest()[:16])
for name in ["shake_128", "shake_256"]:
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest(20), h.digest(300)[-8:].hex(), h.digest_size, h.block_size)
print(hashlib.blake2b(b"hi", digest_size=20, key=b"secret", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"hi", digest_size=16, key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8).hexdigest())
print(hashlib.blake2b(b"x" * 300, fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"x" * 300, fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
print(hashlib.blake2b(key=b"k" * 64).hexdigest()[:32], hashlib.blake2b(b"a" * 128).hexdigest()[:32], hashlib.blake2b(b"a" * 129).hexdigest()[:32])
for bad in [lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b"k" * 65), lambda: hashlib.blake2s(salt=b"s" * 9),
            lambda: hashlib.sha256("text"), lambda: hashlib.new("nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(hmac.new(b"key", b"message", "sha256").hexdigest())
print(hmac.new(b"key", b"message", hashlib.sha1).hexdigest())
print(hmac.digest(b"key", b"message", "md5").hex())
mac = hmac.new(b"k" * 200, digestmod="blake2b"); mac.update(b"part1"); m2 = mac.copy(); m2.update(b"part2")
print(mac.hexdigest()[:32], m2.hexdigest()[:32], mac.name, mac.digest_size)
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100, 32).hex())
for bad in [lambda: hashlib.pbkdf2_hmac('nope', b'p', b's', 1), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0),
            lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
print(hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 2).hex(), hashlib.pbkdf2_hmac('blake2b', b'p', b's', 2, 10).hex())
print(hashlib.pbkdf2_hmac('sha1', b'p' * 100, b's', 3, 50).hex(), hashlib.pbkdf2_hmac('md5', b'', b'', 1).hex())
print(hashlib.new("sha256", b"abc").hexdigest(), hashlib.new("SHA256", b"abc").hexdigest()[:8])
print(hashlib.file_digest(__import__("io").BytesIO(b"file data"), "sha1").hexdigest())
