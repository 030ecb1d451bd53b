#!/usr/bin/env python3
"""Derive data/regions.tsv (the region gazetteer) from the npm package
idn-area-data 4.0.1 (data under the Open Database License 1.0).

How to run (python3, standard library only):

    mkdir -p /tmp/idnarea && cd /tmp/idnarea
    npm pack idn-area-data@4.0.1          # always name the exact version
    tar xzf idn-area-data-4.0.1.tgz       # unpacks into ./package
    python3 /work/main/scripts/derive_regions.py /tmp/idnarea/package

(`npm install idn-area-data@4.0.1` works too: then pass
node_modules/idn-area-data.)  Without a version npm on Node 20 picks 3.1.2,
whose data differ.  By default the output goes to data/regions.tsv next to
this script's parent directory; `--out PATH` writes elsewhere, `--check`
compares with the existing file instead of writing it.

Input files used: data/provinces.csv (code,name), data/regencies.csv
(code,province_code,name), data/districts.csv (code,regency_code,name).
Villages and islands are not used.

Output: UTF-8, tab separated, header `code\tkind\tname\tparent`; first the
country row `ID\tcountry\tIndonesia\t`, then every province (kind
`province`, parent `ID`), regency (`regency`) or city (`city`) with its
province as parent, and district (kecamatan, `district`) with its regency
or city as parent, sorted by code.  Codes are dotted (`64`, `64.02`,
`64.02.01`); plain-digit codes are converted.  The result is deterministic.

Name clean-up (source spelling is otherwise kept as is):
  * the administrative prefix is removed and turns into the kind:
    Kabupaten / Kab. / Kabupaten Administrasi -> regency,
    Kota / Kota Adm. / Kota Administrasi -> city; Provinsi is dropped;
  * the province "Daerah Khusus Ibukota Jakarta" is named "DKI Jakarta";
    "DI Yogyakarta" would be written "Daerah Istimewa Yogyakarta";
  * words that are all lower case or all upper case are title-cased, except
    the particle "dan", the multiplication sign "x" in "2 x 11 ...", Roman
    numerals and the known acronyms below; each hyphenated part is
    capitalised ("Grong-grong" -> "Grong-Grong"); after an apostrophe the
    letters stay lower case ("KI'E" -> "Ki'e");
  * a double quote used as an apostrophe is fixed ('Ra"as' -> "Ra'as");
    spaces around a hyphen are removed ("Na IX - X" -> "Na IX-X").
"""

import argparse
import csv
import os
import re
import sys

COUNTRY = ("ID", "country", "Indonesia", "")

# Province names written the way Indonesian news and the project want them.
PROVINCE_RENAMES = {
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Khusus Jakarta": "DKI Jakarta",
    "DKI Jakarta": "DKI Jakarta",
    "DI Yogyakarta": "Daerah Istimewa Yogyakarta",
    "D.I. Yogyakarta": "Daerah Istimewa Yogyakarta",
}

# Upper-case tokens that stay upper case (acronyms in official names).
ACRONYMS = {"DKI", "DI", "STL", "BTS", "BTS."}
# Lower-case tokens that stay lower case.
PARTICLES = {"dan", "x"}
# Roman numerals as used in district names (up to XXXIX; no C/D/M, so that
# acronyms such as "DI" are not mistaken for numerals).
ROMAN_RE = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$")

# (regex on the upper-cased source name, kind); longest prefixes first.
REGENCY_PREFIXES = [
    (re.compile(r"^KABUPATEN\s+ADMINISTRASI\s+"), "regency"),
    (re.compile(r"^KAB\.?\s+ADM\.?\s+"), "regency"),
    (re.compile(r"^KABUPATEN\s+"), "regency"),
    (re.compile(r"^KAB\.\s*"), "regency"),
    (re.compile(r"^KOTA\s+ADMINISTRASI\s+"), "city"),
    (re.compile(r"^KOTA\s+ADM\.?\s+"), "city"),
    (re.compile(r"^KOTA\s+"), "city"),
]
PROVINCE_PREFIX = re.compile(r"^PROVINSI\s+", re.IGNORECASE)


def dotted(code, levels):
    """Return the code with dots: '6402' -> '64.02', '640201' -> '64.02.01'."""
    code = code.strip()
    if "." in code:
        parts = code.split(".")
    else:
        parts = [code[i:i + 2] for i in range(0, len(code), 2)]
    if len(parts) != levels or not all(re.fullmatch(r"\d\d", p) for p in parts):
        raise ValueError(f"unexpected code {code!r} (want {levels} levels)")
    return ".".join(parts)


def cap_word(word):
    """Capitalise one word: first letter upper, the rest lower."""
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1:].lower()
    return word


def fix_token(token):
    """Fix the case of one space-separated token if it is all lower/upper."""
    if token in ACRONYMS or token in PARTICLES:
        return token
    if token.isupper() and token.lower() == "dan":
        return "dan"
    if ROMAN_RE.match(token):
        return token
    parts = token.split("-")
    out = []
    for part in parts:
        letters = [c for c in part if c.isalpha()]
        if not letters:
            out.append(part)
        elif ROMAN_RE.match(part) or part in ACRONYMS:
            out.append(part)
        elif part.islower() or (part.isupper() and len(letters) > 1):
            out.append(cap_word(part))
        elif part[0].islower():
            out.append(part[0].upper() + part[1:])
        else:
            out.append(part)
    return "-".join(out)


def clean_name(name):
    name = name.replace("\u00a0", " ").replace("\t", " ").strip()
    name = re.sub(r"\s+", " ", name)
    # A double quote used as an apostrophe (Ra"as -> Ra'as).
    name = re.sub(r'(?<=\w)"(?=\w)', "'", name)
    # Spaces around a hyphen between two words (Na IX - X -> Na IX-X).
    name = re.sub(r"(?<=\w) - (?=\w)", "-", name)
    tokens = name.split(" ")
    fixed = []
    for i, tok in enumerate(tokens):
        t = fix_token(tok)
        if i == 0 and t in PARTICLES and t != "x":
            t = cap_word(t)
        fixed.append(t)
    return " ".join(fixed)


def split_regency(name):
    upper = name.strip().upper()
    for rx, kind in REGENCY_PREFIXES:
        m = rx.match(upper)
        if m:
            return kind, name.strip()[m.end():]
    raise ValueError(f"regency name without Kabupaten/Kota prefix: {name!r}")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def find_data_dir(pkg):
    for cand in (os.path.join(pkg, "data"), pkg):
        if os.path.isfile(os.path.join(cand, "provinces.csv")):
            return cand
    sys.exit(f"no provinces.csv under {pkg!r} or {pkg!r}/data")


def derive(pkg):
    data = find_data_dir(pkg)
    rows = {}

    def add(code, kind, name, parent):
        if code in rows:
            raise ValueError(f"duplicate code {code}")
        if not name or any(c in name for c in "\t\r\n"):
            raise ValueError(f"bad name for {code}: {name!r}")
        rows[code] = (code, kind, name, parent)

    for r in read_csv(os.path.join(data, "provinces.csv")):
        code = dotted(r["code"], 1)
        name = PROVINCE_PREFIX.sub("", r["name"].strip())
        name = PROVINCE_RENAMES.get(name, PROVINCE_RENAMES.get(clean_name(name), clean_name(name)))
        add(code, "province", name, "ID")

    for r in read_csv(os.path.join(data, "regencies.csv")):
        code = dotted(r["code"], 2)
        parent = dotted(r["province_code"], 1)
        kind, bare = split_regency(r["name"])
        add(code, kind, clean_name(bare), parent)

    for r in read_csv(os.path.join(data, "districts.csv")):
        code = dotted(r["code"], 3)
        parent = dotted(r["regency_code"], 2)
        add(code, "district", clean_name(r["name"]), parent)

    for code, kind, name, parent in rows.values():
        if parent != "ID" and parent not in rows:
            raise ValueError(f"{code}: parent {parent} missing")
        if parent != "ID" and not code.startswith(parent + "."):
            raise ValueError(f"{code}: code not under parent {parent}")

    return [COUNTRY] + [rows[c] for c in sorted(rows)]


def render(table):
    lines = ["code\tkind\tname\tparent"]
    lines += ["\t".join(row) for row in table]
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(os.path.dirname(here), "data", "regions.tsv")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package", help="path of the unpacked idn-area-data 4.0.1 package")
    ap.add_argument("--out", default=default_out, help="output TSV (default: %(default)s)")
    ap.add_argument("--check", action="store_true",
                    help="compare with the existing output instead of writing it")
    args = ap.parse_args()

    pj = os.path.join(args.package, "package.json")
    if os.path.isfile(pj):
        import json
        with open(pj, encoding="utf-8") as f:
            meta = json.load(f)
        if meta.get("name") != "idn-area-data" or meta.get("version") != "4.0.1":
            print(f"warning: package is {meta.get('name')}@{meta.get('version')}, "
                  "expected idn-area-data@4.0.1", file=sys.stderr)

    table = derive(args.package)
    text = render(table)
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            same = f.read() == text
        print("up to date" if same else "DIFFERS", file=sys.stderr)
        sys.exit(0 if same else 1)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    counts = {}
    for row in table:
        counts[row[1]] = counts.get(row[1], 0) + 1
    print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
          file=sys.stderr)


if __name__ == "__main__":
    main()
