"""Prints `Name: rows` for every non-empty metadata table of an assembly, read by dnfile,
an independent Python reader; the tests compare it with `ildasm-lite --tables`. Names are
printed lower-cased because dnfile spells a few differently (FieldRva for FieldRVA)."""
import sys
import dnfile

pe = dnfile.dnPE(sys.argv[1])
for table in pe.net.mdtables.tables_list:
    if table.num_rows:
        print(f"{table.name.lower()}: {table.num_rows}")
