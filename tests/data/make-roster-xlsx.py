#!/usr/bin/python3
"""Writes the .xlsx fixtures of the roster import with a real spreadsheet writer.

Run once by hand (Debian: python3-xlsxwriter); the files are committed, so the tests do not
need Python. Two workbooks: the usual one (texts in a shared table, a rich-text cell, a number,
a formula) and one in constant-memory mode (texts written inline in each cell).
"""
import os
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = [
    ["Nombre", "Escuela", "Función", "Grado"],
    ["Ana Núñez", "Benito Juárez", "Maestra", 1],
    [],
    ["Luis Pérez", "09DPR0002B", "Director", ""],
    ["Eréndira Ávila", "Niños Héroes", "Intendente", "2.º B"],
]


def write(name, options):
    book = xlsxwriter.Workbook(os.path.join(HERE, name), options)
    book.set_properties({"title": "Personal"})
    sheet = book.add_worksheet("Personal")
    bold = book.add_format({"bold": True})
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            if r == 0:
                sheet.write(r, c, value, bold)
            elif isinstance(value, int):
                sheet.write_number(r, c, value)
            elif value:
                sheet.write_string(r, c, value)
    if not options.get("constant_memory"):
        # A rich-text name: the reader joins the runs.
        sheet.write_rich_string(5, 0, bold, "Carla ", "Ríos")
        sheet.write_string(5, 1, "Niños Héroes")
        sheet.write_string(5, 2, "Docente")
        sheet.write_formula(5, 3, "=1+2", None, 3)
    book.add_worksheet("Otra hoja").write_string(0, 0, "No es parte de la lista")
    book.close()


write("roster-shared-strings.xlsx", {})
write("roster-inline-strings.xlsx", {"constant_memory": True})
