# Strings: generates a deterministic text, then splits it into lines and words, strips
# punctuation, counts words with a dict, parses key=value records and replaces substrings.

WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma")


def generate_text(lines):
    out = []
    seed = 11
    for i in range(lines):
        words = []
        for j in range(12):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            word = WORDS[seed % len(WORDS)]
            if seed % 7 == 0:
                word = word.capitalize() + ","
            elif seed % 11 == 0:
                word = word + "."
            words.append(word)
        out.append(" ".join(words) + " key%d=%d" % (i % 50, seed % 1000))
    return "\n".join(out)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for token in line.split():
            if "=" in token:
                continue
            word = token.strip(",.").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def parse_records(text):
    totals = {}
    for line in text.split("\n"):
        record = line.rsplit(" ", 1)[1]
        key, _, value = record.partition("=")
        totals[key] = totals.get(key, 0) + int(value)
    return totals


def rewrite(text):
    replaced = text.replace("alpha", "ALPHA").replace(", ", "; ")
    return replaced.count("ALPHA"), replaced.count(";"), replaced.find("omega")


text = generate_text(240000)
counts = count_words(text)
records = parse_records(text)
alpha, semis, missing = rewrite(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("words", sum(counts.values()), "distinct", len(counts))
print("top", top)
print("records", len(records), records["key7"])
print("rewrite", alpha, semis, missing)
print("checksum", (sum(counts.values()) * 7 + sum(records.values()) + alpha * 3 + semis) % 1000000007)
