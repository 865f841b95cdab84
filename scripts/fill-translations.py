#!/usr/bin/env python3
"""Fills the unfinished messages of a Qt Linguist .ts file from a JSON object {source text: translation}
(a list of forms for plural messages), and drops vanished ones. For translators without Linguist:
    ninja -C build update_translations
    scripts/fill-translations.py translations/omnitill_ko.ts new-strings.json
    ninja -C build update_translations    # lupdate normalises the file again
Prints MISSING for every unfinished source text the JSON does not cover."""
import sys, json, re, xml.etree.ElementTree as ET
path, table = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
tree = ET.parse(path)
root = tree.getroot()
for ctx in root.iter('context'):
    for m in list(ctx.findall('message')):
        tr = m.find('translation')
        src = m.find('source').text
        if tr.get('type') in ('vanished', 'obsolete'):
            ctx.remove(m); continue
        if tr.get('type') != 'unfinished':
            continue
        if src not in table:
            print('MISSING', src); continue
        value = table[src]
        if m.get('numerus') == 'yes':
            for child in list(tr): tr.remove(child)
            forms = value if isinstance(value, list) else [value]
            for f in forms:
                e = ET.SubElement(tr, 'numerusform'); e.text = f
        else:
            tr.text = value
        del tr.attrib['type']
tree.write(path, encoding='utf-8', xml_declaration=True)
