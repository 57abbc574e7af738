#!/usr/bin/env python3
"""Keeps translations/partnerdesk_cs.ts complete without Qt Linguist.

    scripts/i18n.py update [BUILD_DIR]     run lupdate over the sources (the update_translations target)
    scripts/i18n.py missing                print the untranslated messages, one JSON object a line:
                                           {"context": ..., "source": ..., "plural": bool}
    scripts/i18n.py apply FILE             fill translations from FILE: JSON lines of
                                           {"context", "source", "translation"} (a list for plurals)
    scripts/i18n.py merge OTHER.ts         take every translation OTHER.ts has and this one lacks
    scripts/i18n.py plurals                remake translations/partnerdesk_en.ts (lupdate -pluralonly) and
                                           fill English plural forms: "%n row(s)" -> "%n row" / "%n rows" ("(es)" alike)

Messages are matched by (context, source). apply and merge rewrite the XML with Python's
escaping; run update afterwards to put the file back in lupdate's layout (small diffs).
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "partnerdesk_cs.ts"
PLURALS_TS = ROOT / "translations" / "partnerdesk_en.ts"


def load(path):
    return ET.parse(path)


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=False)
    text = path.read_text(encoding="utf-8")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    if forms:
        return any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def set_translation(message, value):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        values = value if isinstance(value, list) else [value]
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in values:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = value if isinstance(value, str) else value[0]


def translation_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else translation.text or ""


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    command = argv[1]
    if command == "update":
        build = Path(argv[2]) if len(argv) > 2 else ROOT / "build"
        return subprocess.call(["cmake", "--build", str(build), "--target", "update_translations"])
    if command == "plurals":
        lupdate = next((str(p) for p in [Path("/usr/lib/qt6/bin/lupdate")] if p.exists()), "lupdate")
        status = subprocess.call([lupdate, "-silent", "-pluralonly", "-no-obsolete", "-locations", "none",
                                  "-source-language", "en", "-target-language", "en",
                                  str(ROOT / "models"), str(ROOT / "ui"), str(ROOT / "app"), "-ts", str(PLURALS_TS)])
        if status != 0:
            return status
        plurals = load(PLURALS_TS)
        left = 0
        for context, message in messages(plurals):
            source = message.findtext("source")
            if "(s)" in source or "(es)" in source:
                one = source.replace("(es)", "").replace("(s)", "")
                many = source.replace("(es)", "es").replace("(s)", "s")
                set_translation(message, [one, many])
            elif is_unfinished(message):
                left += 1
                print(f"no English plural forms for {context}: {source}", file=sys.stderr)
        save(plurals, PLURALS_TS)
        return 1 if left else 0
    tree = load(TS)
    if command == "missing":
        for context, message in messages(tree):
            if is_unfinished(message):
                print(json.dumps({"context": context, "source": message.findtext("source"),
                                  "plural": message.get("numerus") == "yes"}, ensure_ascii=False))
        return 0
    if command == "apply":
        wanted = {}
        for number, line in enumerate(Path(argv[2]).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    entry = json.loads(line)
                    wanted[(entry["context"], entry["source"])] = entry["translation"]
                except (ValueError, KeyError) as error:
                    print(f"{argv[2]}:{number}: {error}", file=sys.stderr)
                    return 1
        used = set()
        for context, message in messages(tree):
            key = (context, message.findtext("source"))
            if key in wanted:
                set_translation(message, wanted[key])
                used.add(key)
        for key in wanted.keys() - used:
            print(f"not in the .ts file: {key}", file=sys.stderr)
        save(tree, TS)
        return 0
    if command == "merge":
        other = {(c, m.findtext("source")): translation_of(m)
                 for c, m in messages(load(argv[2])) if not is_unfinished(m)}
        for context, message in messages(tree):
            key = (context, message.findtext("source"))
            if is_unfinished(message) and key in other:
                set_translation(message, other[key])
        save(tree, TS)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
