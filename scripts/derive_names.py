#!/usr/bin/env python3
"""Derive the name recogniser's tables: data/indonesian_words.tsv (ordinary
Indonesian root words), data/indonesian_names.tsv (Indonesian given and
family names) and data/name_evidence.tsv (how often a word was a person's
name in a tagged corpus, and how often something else).

How to run (python3, standard library only), from the repository root:

    mkdir -p /tmp/sastrawi && cd /tmp/sastrawi
    pip download --no-deps Sastrawi==1.0.1     # always name the exact versions
    pip download --no-deps faker==40.54.0
    cd - && python3 scripts/derive_names.py \\
        --sastrawi /tmp/sastrawi/Sastrawi-1.0.1-py2.py3-none-any.whl \\
        --faker /tmp/sastrawi/faker-40.54.0-py3-none-any.whl \\
        --nergrit ../shared/ner/nergrit/train.tsv

`--check` compares with the existing files instead of writing them.

Sources:
  * Sastrawi 1.0.1 (PyPI; MIT licence), the Indonesian stemmer: its root-word
    dictionary `Sastrawi/Stemmer/data/kata-dasar.txt`, read straight from the
    wheel (a zip).  Every line that is one lower-case word of letters (a
    hyphen inside allowed) is kept; the list is sorted and deduplicated.
  * Faker 40.54.0 (PyPI; MIT licence): the Indonesian person provider
    `faker/providers/person/id_ID/__init__.py`, read from the wheel and
    parsed (never imported): its tuples first_names_male,
    first_names_female, last_names_male and last_names_female.  Each name
    is lower-cased and split at spaces; the words are sorted and
    deduplicated.
  * NERGrit (IndoNLU; Apache License 2.0), the TRAIN split only: one token
    and its BIO tag per line.  For every token of letters (hyphen and
    apostrophe inside allowed), lower-cased, it counts
      person  - tagged B-PERSON or I-PERSON;
      other   - written capitalised, not sentence-initial, not a person
                (a place, an organisation, or a capitalised common word);
      lower   - written in lower case (an ordinary word in running text).
    Tokens seen only sentence-initially and never as a person are left out.
    No sentence of the corpus is kept, only these counts.

Outputs: UTF-8, tab separated, one header line, sorted by word.
"""

import argparse
import ast
import collections
import os
import re
import sys
import zipfile

ROOT_WORDS_MEMBER = "Sastrawi/Stemmer/data/kata-dasar.txt"
WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
TOKEN = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")


def read_root_words(wheel):
    """The Sastrawi root words, sorted and deduplicated."""
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(ROOT_WORDS_MEMBER).decode("utf-8")
    words = set()
    for line in raw.splitlines():
        word = line.strip()
        if WORD.match(word):
            words.add(word)
    return sorted(words)


FAKER_MEMBER = "faker/providers/person/id_ID/__init__.py"
FAKER_TUPLES = (
    "first_names_male",
    "first_names_female",
    "last_names_male",
    "last_names_female",
)


def read_given_names(wheel):
    """The words of Faker's Indonesian first and last names."""
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read(FAKER_MEMBER).decode("utf-8")
    words = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Tuple):
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name) or target.id not in FAKER_TUPLES:
            continue
        for element in node.value.elts:
            if isinstance(element, ast.Constant) and isinstance(element.value, str):
                for word in element.value.lower().split():
                    if TOKEN.match(word):
                        words.add(word)
    return sorted(words)


def read_sentences(path):
    """NERGrit sentences as lists of (token, tag)."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            token, tag = line.split("\t")
            current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def count_evidence(sentences):
    """word -> [person, other, lower] counts."""
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for sentence in sentences:
        for position, (token, tag) in enumerate(sentence):
            if not TOKEN.match(token):
                continue
            word = token.lower()
            if tag.endswith("-PERSON"):
                counts[word][0] += 1
            elif token[0].isupper():
                if position > 0:
                    counts[word][1] += 1
            else:
                counts[word][2] += 1
    return {word: c for word, c in counts.items() if any(c)}


def render_words(words):
    return "word\n" + "".join(f"{word}\n" for word in words)


def render_evidence(counts):
    lines = ["word\tperson\tother\tlower\n"]
    for word in sorted(counts):
        person, other, lower = counts[word]
        lines.append(f"{word}\t{person}\t{other}\t{lower}\n")
    return "".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sastrawi", required=True, help="Sastrawi-1.0.1 wheel")
    parser.add_argument("--faker", required=True, help="faker-40.54.0 wheel")
    parser.add_argument("--nergrit", required=True, help="NERGrit train.tsv")
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    parser.add_argument("--out", default=data, help="output folder (default: data/)")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    if os.path.basename(args.nergrit) != "train.tsv":
        sys.exit("name evidence comes from the train split only (train.tsv)")

    outputs = {
        "indonesian_words.tsv": render_words(read_root_words(args.sastrawi)),
        "indonesian_names.tsv": render_words(read_given_names(args.faker)),
        "name_evidence.tsv": render_evidence(count_evidence(read_sentences(args.nergrit))),
    }
    status = 0
    for name, content in outputs.items():
        path = os.path.join(args.out, name)
        if args.check:
            with open(path, encoding="utf-8") as handle:
                if handle.read() != content:
                    print(f"{path} differs from its derivation", file=sys.stderr)
                    status = 1
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
            print(f"wrote {path} ({content.count(chr(10)) - 1} rows)")
    sys.exit(status)


if __name__ == "__main__":
    main()
