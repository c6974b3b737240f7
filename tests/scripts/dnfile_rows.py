"""Prints every row of every non-empty metadata table as read by dnfile, one line per row:
`Table[rid]: v1 v2 …` with the raw column values in column order. The tests compare it
with the same dump from our reader. Table names are lower-cased (dnfile spells a few
differently)."""
import sys
import dnfile

pe = dnfile.dnPE(sys.argv[1], fast_load=False)
for table in pe.net.mdtables.tables_list:
    for i, row in enumerate(table.rows, start=1):
        s = row.struct
        values = [getattr(s, key[0] if isinstance(key, list) else key) for key in s.__keys__]
        print(f"{table.name.lower()}[{i}]: " + " ".join(str(v) for v in values))
