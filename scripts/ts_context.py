#!/usr/bin/env python3
"""Moves messages between the "kl::detail" context lupdate assigns to core validation
messages and the "kl::Validation" context they are translated in at runtime.

to-runtime: merge every kl::detail message into kl::Validation (dropping duplicates).
to-lupdate: move the kl::Validation messages that lupdate files under kl::detail back,
            so lupdate recognises them and keeps their translations.
The messages that the app translates with an explicit "kl::Validation" context stay there.
"""
import sys
import xml.etree.ElementTree as ET

LUPDATE_CTX = "kl::detail"
RUNTIME_CTX = "kl::Validation"
MARK = "lupdate:kl::detail"  # extracomment remembering where a message came from


def context(root, name):
    for c in root.findall("context"):
        if c.findtext("name") == name:
            return c
    c = ET.SubElement(root, "context")
    ET.SubElement(c, "name").text = name
    return c


def main(mode, files):
    import os
    for path in files:
        if not os.path.exists(path):
            continue  # a new catalogue: lupdate creates it
        tree = ET.parse(path)
        root = tree.getroot()
        src = context(root, LUPDATE_CTX if mode == "to-runtime" else RUNTIME_CTX)
        dst = context(root, RUNTIME_CTX if mode == "to-runtime" else LUPDATE_CTX)
        have = {m.findtext("source") for m in dst.findall("message")}
        for m in list(src.findall("message")):
            if mode == "to-lupdate":
                if m.findtext("extracomment") != MARK:
                    continue
                m.remove(m.find("extracomment"))
            else:
                if m.find("extracomment") is None:
                    ET.SubElement(m, "extracomment").text = MARK
            src.remove(m)
            if m.findtext("source") not in have:
                dst.append(m)
        for c in list(root.findall("context")):
            if not c.findall("message"):
                root.remove(c)
        ET.indent(tree, space="    ")
        with open(path, "wb") as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(f, encoding="utf-8", xml_declaration=False)
            f.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
