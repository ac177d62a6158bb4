#!/usr/bin/env python3
"""Writes the pathological inputs of `bin/benchmark --large` into a directory: each is at most
1 MiB (xenlint's size limit, text/SizeLimit) and stresses one way a parser, the model, the rules
or the reporter can go superlinear. Deterministic (seeded), so runs compare."""
import os
import random
import sys

LIMIT = 1 << 20


def fill(unit, prefix="", suffix="\n"):
    """prefix + as many copies of unit as fit in the limit with suffix."""
    room = LIMIT - len(prefix) - len(suffix)
    return prefix + unit * (room // len(unit)) + suffix


def lines(line, head=""):
    return fill(line + "\n", head, suffix="")


def xm_python():
    block = ("if memory > 256:\n"
             "    vcpus = 2\n"
             "    for i in range(2):\n"
             "        disk = disk + ['phy:/dev/vg/d%d,xvd%s,w' % (i, 'ab'[i])]\n"
             "else:\n"
             "    vcpus = 1\n"
             "def f(x):\n"
             "    return x + 1\n"
             "memory = f(512)\n")
    return "import os\nmemory = 512\ndisk = []\n" + fill(block, suffix="")


def distinct_error_lines(rnd):
    """Lines with a syntax error, of four random tokens after `k = =` (brackets closed on the line): a
    file whose error lines mostly differ in their token types, so that few repeat one before them."""
    tokens = ["a", "1", "'s'", "+", "(", ")", "[", "]", ",", "%"]
    out, size = [], 0
    while True:
        words = [rnd.choice(tokens) for _ in range(4)]
        depth = 0
        for w in words:
            if w in "([":
                depth += 1
            elif w in ")]" and depth:
                depth -= 1
        line = "k = = " + " ".join(words) + ")" * depth + "\n"
        if size + len(line) > LIMIT:
            return "".join(out)
        out.append(line)
        size += len(line)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(42)
    cases = {
        "stmts-one-line.cfg": fill("k=1;"),
        "disk-list-one-line.cfg": fill("'phy:/dev/vg/a,xvda,w',", "disk = [", "]\n"),
        "percent-after-name.cfg": "a" + "%" * 1000000 + "\n",
        "error-line-a-percent.cfg": fill("a%", suffix="a%\n"),
        "short-lines.cfg": lines("memory = 512"),
        "short-lines-errors.cfg": lines("memory = = 512"),
        "nested-brackets.cfg": lines("y = " + "(" * 240 + "1" + ")" * 240, "x = " + "[" * 200 + "1" + "]" * 200 + "\n"),
        "open-brackets.cfg": "[" * (LIMIT - 1) + "\n",
        "one-string.cfg": 'kernel = "' + "x" * (LIMIT - 12) + '"\n',
        "one-comment.cfg": "#" + "c" * (LIMIT - 2) + "\n",
        "xm-python.cfg": xm_python(),
        # `==` for `=` in a file read as xl: each Python use was looked up against every statement
        "xl-mistyped-assignments.cfg": lines("a == 1"),
        # a syntax error with a repair on every line (each repair counted the file's line endings)
        "two-statements-lines.cfg": lines("disk=['phy:/dev/vg0/web,hda,w'] boot='c'"),
        # two strings side by side in a list on every line: each missing comma walked every assignment
        "missing-comma-lines.cfg": lines("extra = ['a' 'b']"),
        # a syntax error on every line, the lines' token types mostly differing: each goes through the generated
        # parser's recovery (a line of the types of one before it is replayed, as in short-lines-errors)
        "distinct-error-lines.cfg": distinct_error_lines(random.Random(5)),
        "typographic-quotes-lines.cfg": "vnc=1 vnclisten=\u201d0.0.0.0\u201d\n" * (LIMIT // 30),  # 30 bytes in UTF-8
        "random-bytes.cfg": bytes(rnd.randrange(256) for _ in range(LIMIT)),
        "random-tokens.cfg": "".join(rnd.choice(["a", "=", "1", " ", "[", "]", "(", ")", ",", "'s'", "\n", ";", "+", "%", ":"]) for _ in range(LIMIT // 2)),
    }
    for name, text in cases.items():
        data = text if isinstance(text, bytes) else text.encode()
        assert len(data) <= LIMIT, (name, len(data))
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


main()
