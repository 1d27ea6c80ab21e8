#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Import speed against what a user would otherwise run, on the same file in the same run.

Generates a transaction CSV (order id, customer id, ISO date-time, quantity, unit price, amount, category,
channel; ~60 MB at 1,000,000 rows), then times
  (a) segmenta-cli import --kind transactions: encoding/delimiter/date/decimal detection on the whole
      file, every row checked, written in one transaction, customer features derived,
  (b) the sqlite3 shell's .mode csv + .import into a table of the same shape (no typing: the practical
      floor for getting a CSV into SQLite),
  (c) pandas read_csv + DataFrame.to_sql into SQLite, when python3-pandas is installed,
and prints the times and the ratios theirs/ours (> 1: we are faster), plus our peak memory and the time
our importer spent deriving the customer features from the stored transactions.

--smoke: 20,000 rows, one run; fails only when a side fails or the counts disagree, never on time.
"""
import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time


def generate(path, rows, seed=7):
    rng = random.Random(seed)
    categories = ["Giyim", "Ev eşyası", "Elektronik", "Kozmetik", "Kitap", "Oyuncak", "Spor", "Gıda"]
    channels = ["web", "mağaza", "mobil"]
    customers = max(rows // 12, 10)
    start = 1_672_531_200  # 2023-01-01
    order = 0
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("OrderID,CustomerID,OrderDate,Quantity,UnitPrice,Amount,Category,Channel\n")
        while written < rows:
            order += 1
            customer = rng.randrange(customers)
            when = start + rng.randrange(730 * 86400)
            lines = min(rng.randrange(1, 6), rows - written)
            for _ in range(lines):
                quantity = rng.randrange(1, 10) * (-1 if rng.random() < 0.02 else 1)
                price = round(rng.uniform(1, 200), 2)
                t = time.gmtime(when)
                out.write("O%07d,C%06d,%04d-%02d-%02d %02d:%02d:%02d,%d,%.2f,%.2f,%s,%s\n" % (
                    order, customer, t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                    quantity, price, quantity * price, rng.choice(categories), rng.choice(channels)))
                written += 1
    return rows


def timed(command, **kwargs):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit("failed: %s\n%s%s" % (" ".join(command), result.stdout, result.stderr))
    return elapsed, result


def ours(cli, csv, work):
    project = os.path.join(work, "ours.segmenta")
    if os.path.exists(project):
        os.remove(project)
    command = [cli, "import", "--project", project, "--file", csv, "--kind", "transactions", "--json"]
    # GNU time reports our peak memory alone (getrusage of children would mix in the other tools').
    gnu_time = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
    memory_file = os.path.join(work, "ours.maxrss")
    if gnu_time:
        command = [gnu_time, "-f", "%M", "-o", memory_file] + command
    elapsed, result = timed(command)
    report = json.loads(result.stdout)
    peak_kib = int(open(memory_file).read().split()[-1]) if gnu_time else None
    return elapsed, report, peak_kib


def sqlite_shell(csv, work):
    database = os.path.join(work, "sqlite3.db")
    if os.path.exists(database):
        os.remove(database)
    script = ("CREATE TABLE transactions (OrderID TEXT, CustomerID TEXT, OrderDate TEXT, Quantity INTEGER, "
              "UnitPrice REAL, Amount REAL, Category TEXT, Channel TEXT);\n"
              ".mode csv\n.import --skip 1 '%s' transactions\n" % csv)
    elapsed, _ = timed(["sqlite3", database], input=script)
    count = sqlite3.connect(database).execute("SELECT count(*) FROM transactions").fetchone()[0]
    return elapsed, count


def pandas_to_sql(csv, work):
    try:
        import pandas
    except ImportError:
        return None, None
    database = os.path.join(work, "pandas.db")
    if os.path.exists(database):
        os.remove(database)
    started = time.perf_counter()
    frame = pandas.read_csv(csv, parse_dates=["OrderDate"])
    connection = sqlite3.connect(database)
    frame.to_sql("transactions", connection, index=False)
    connection.commit()
    elapsed = time.perf_counter() - started
    return elapsed, len(frame)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="segmenta-cli")
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3, help="best of N for each side")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    if args.smoke:
        args.rows, args.repeats = 20_000, 1
    if shutil.which("sqlite3") is None:
        sys.exit("sqlite3 (the shell) is needed: apt-get install sqlite3")
    os.makedirs(args.work_dir, exist_ok=True)
    csv = os.path.join(args.work_dir, "transactions.csv")
    generate(csv, args.rows)
    size_mb = os.path.getsize(csv) / 1e6
    print("transaction CSV: %d rows, %.1f MB" % (args.rows, size_mb))

    our_times, sqlite_times, pandas_times = [], [], []
    report, peak = None, None
    for _ in range(args.repeats):
        elapsed, report, peak_run = ours(args.cli, csv, args.work_dir)
        our_times.append(elapsed)
        peak = peak_run or peak
        elapsed, count = sqlite_shell(csv, args.work_dir)
        sqlite_times.append(elapsed)
        if count != args.rows:
            sys.exit("sqlite3 .import read %d rows, expected %d" % (count, args.rows))
        elapsed, count = pandas_to_sql(csv, args.work_dir)
        if elapsed is not None:
            pandas_times.append(elapsed)
            if count != args.rows:
                sys.exit("pandas read %d rows, expected %d" % (count, args.rows))
    if report["rows_read"] != args.rows or report["rows_imported"] != args.rows or report["rows_skipped"] != 0:
        sys.exit("segmenta read %d, imported %d, skipped %d; expected %d" % (
            report["rows_read"], report["rows_imported"], report["rows_skipped"], args.rows))
    best = min(our_times)
    print("(a) segmenta-cli import --kind transactions: %.2f s (best of %d)" % (best, len(our_times)))
    if "timings" in report:
        print("    of which: %s" % ", ".join("%s %.2f s" % (k, v) for k, v in report["timings"].items()))
    if peak:
        print("    peak memory: %.0f MB" % (peak / 1024))
    print("(b) sqlite3 .mode csv + .import:              %.2f s   ratio (b)/(a) = %.2f" % (
        min(sqlite_times), min(sqlite_times) / best))
    if pandas_times:
        print("(c) pandas read_csv + to_sql:                  %.2f s   ratio (c)/(a) = %.2f" % (
            min(pandas_times), min(pandas_times) / best))
    else:
        print("(c) pandas: not installed (apt-get install python3-pandas), skipped")


if __name__ == "__main__":
    main()
