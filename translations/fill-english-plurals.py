#!/usr/bin/env python3
"""Fills the English plural forms of translations/orchestration-console_en.ts.

Source strings say "%n bot(s)"; English needs "1 bot" and "2 bots". After
`cmake --build build --target update_translations` (lupdate, plural messages only), run
this to write both forms of every unfinished message, run update_translations once more
(lupdate restores its own layout), then review the diff.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

# Verbs that agree with a "(s)" noun before them: singular form first.
VERBS = {"use": "uses", "reference": "references", "repeat": "repeats", "are": "is", "were": "was"}


def forms(source: str) -> tuple[str, str]:
    singular = source
    for plural_verb, singular_verb in VERBS.items():
        singular = re.sub(r"\(s\)((?: [a-z]+)*?) %s\b" % plural_verb,
                          r"\1 %s" % singular_verb, singular)
    singular = singular.replace("(s)", "")
    return singular, source.replace("(s)", "s")


def main(path: str) -> int:
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        singular, plural = forms(message.findtext("source"))
        for child in list(translation):
            translation.remove(child)
        for text in (singular, plural):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{changed} message(s) filled in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else
                  str(pathlib.Path(__file__).with_name("orchestration-console_en.ts"))))
