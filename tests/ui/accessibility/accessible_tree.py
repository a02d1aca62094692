#!/usr/bin/env python3
"""The main window as a screen reader reads it.

Starts the console on the demo with Qt's accessibility bridge on, in the X server and D-Bus
session it is given (CTest runs it under xvfb-run and dbus-run-session), and reads its
accessible tree through AT-SPI, as Orca does: the orchestrations table (rows, columns, header
names, cell text), the inspector's tree, the toolbar's buttons, the search field and the
banner that says a search covers one page. Fails, naming what is missing, when a header name
or a control's name is gone.

    accessible_tree.py APP [--dump]     --dump also prints the tree it read

It starts an X server of its own (Xvfb -displayfd picks a free display, so runs side by side
never share one); run it in a D-Bus session of its own (dbus-run-session).
"""

import os
import subprocess
import sys
import tempfile
import time

import pyatspi

TIMEOUT_S = 60
# Columns a user finds the table by (the table model's header labels).
EXPECTED_COLUMNS = ["Name", "Active", "Kind", "ID"]


PROCESS = None


def wait_for(what, probe, timeout=TIMEOUT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if PROCESS is not None and PROCESS.poll() is not None:
            raise SystemExit(f"FAIL: the console exited ({PROCESS.returncode}) before {what}")
        found = probe()
        if found:
            return found
        time.sleep(0.25)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # an object that went away while it was read
        return []


def walk(node, depth=0, limit=40):
    yield node, depth
    if depth >= limit:
        return
    # A table's cells are its children: its Table interface reads them.
    if node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
        return
    for child in children(node):
        if child is not None:
            yield from walk(child, depth + 1, limit)


def find_all(root, role, name=None):
    return [n for n, _ in walk(root)
            if n.getRole() == role and (name is None or n.name == name)]


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def headers(table):
    names = []
    for column in range(table.nColumns):
        header = table.getColumnHeader(column)
        names.append(header.name if header is not None else "")
    return names


def cell_text(table, row, column):
    cell = table.getAccessibleAt(row, column)
    if cell is None:
        return None
    try:
        text = cell.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return cell.name


def dump(root):
    for node, depth in walk(root):
        print("  " * depth + f"[{node.getRoleName()}] {node.name!r}"
              + ("" if showing(node) else " (hidden)"))


def start_x_server():
    """An Xvfb on a display it chose itself; (process, ":N")."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_end,))
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_end, 16)
        if not chunk:
            raise SystemExit("FAIL: Xvfb did not start")
        number += chunk
    os.close(read_end)
    return server, ":" + number.decode().strip()


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    app_path = sys.argv[1]
    x_server, display = start_x_server()
    home = tempfile.mkdtemp(prefix="a11y-home-")
    env = dict(os.environ,
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1",
               QT_QPA_PLATFORM="xcb",
               DISPLAY=display,
               HOME=home,
               XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local", "share"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"))
    global PROCESS
    process = PROCESS = subprocess.Popen([app_path, "--demo"], env=env)
    problems = []
    window = None
    try:
        app = wait_for("the console on the accessibility bus", lambda: application(process.pid))
        window = wait_for("the main window", lambda: next(
            (w for w in children(app) if w is not None and w.getRole() == pyatspi.ROLE_FRAME),
            None))

        table_node = wait_for("the orchestrations table with rows", lambda: next(
            (t for t in find_all(window, pyatspi.ROLE_TABLE, "Orchestrations")
             if t.queryTable().nRows > 0), None))
        table = table_node.queryTable()
        names = headers(table)
        print(f"table: {table.nRows} rows, {table.nColumns} columns, headers {names}")
        if not all(names) or not set(EXPECTED_COLUMNS) <= set(names):
            problems.append(f"table headers {names}, expected all named, with {EXPECTED_COLUMNS}")
        first_row = [cell_text(table, 0, c) for c in range(table.nColumns)]
        print(f"row 1: {first_row}")
        if not first_row or not first_row[0]:
            problems.append(f"the first row's name is not readable: {first_row}")

        trees = [t for t in find_all(window, pyatspi.ROLE_TREE_TABLE, "Orchestration fields")
                 + find_all(window, pyatspi.ROLE_TREE, "Orchestration fields")]
        if not trees:
            problems.append("no tree named 'Orchestration fields' (the inspector)")
        else:
            tree = wait_for("the inspector's fields", lambda: trees[0].queryTable()
                            if trees[0].queryTable().nRows > 0 else None)
            tree_headers = headers(tree)
            print(f"inspector: {tree.nRows} rows, headers {tree_headers}, "
                  f"row 1: {[cell_text(tree, 0, c) for c in range(tree.nColumns)]}")
            if not all(tree_headers):
                problems.append(f"inspector tree headers {tree_headers}")

        toolbars = [t for t in find_all(window, pyatspi.ROLE_TOOL_BAR) if showing(t)]
        # Push, toggle, drop-down and menu buttons alike.
        buttons = [b for t in toolbars for b, _ in walk(t)
                   if "button" in b.getRoleName() and showing(b)]
        print(f"toolbar buttons: {[b.name for b in buttons]}")
        if len(buttons) < 5:
            problems.append(f"only {len(buttons)} toolbar buttons")
        problems += [f"unnamed toolbar button ({b.getRoleName()})" for b in buttons if not b.name]

        search = [s for s in find_all(window, pyatspi.ROLE_ENTRY, "Search orchestrations")
                  + find_all(window, pyatspi.ROLE_TEXT, "Search orchestrations")]
        if not search:
            problems.append("no entry named 'Search orchestrations'")
        else:
            # A search on one page of many shows the note that says so. The text is set as
            # voice or braille input sets it: whole, through AT-SPI.
            search[0].queryEditableText().setTextContents("a")
            note = wait_for("the banner saying the search covers one page", lambda: next(
                (b for b, _ in walk(window) if b.name == "Information" and showing(b)), None),
                timeout=15)
            # A panel in the window, not a "frame": that is a window to a screen reader.
            if note.getRole() != pyatspi.ROLE_PANEL:
                problems.append(f"the banner is a {note.getRoleName()}, not a panel")
            texts = [n.name for n, _ in walk(note) if n.getRole() == pyatspi.ROLE_LABEL and n.name]
            note_buttons = [n.name for n, _ in walk(note) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON]
            print(f"banner: {note.name!r} {texts} buttons {note_buttons}")
            if not any("page only" in t for t in texts):
                problems.append(f"the banner's text is not readable: {texts}")
            if "Load all" not in note_buttons:
                problems.append(f"the banner's Load all button is not named: {note_buttons}")

        # No part of the window calls itself a window (a frame) but the window.
        frames = [n.name for n, _ in walk(window) if n.getRole() == pyatspi.ROLE_FRAME]
        if frames[1:]:
            problems.append(f"parts of the window read as windows (frames): {frames[1:]}")

        # Every button on screen says what it does (the search field's own ones too).
        unnamed_buttons = [b.getRoleName() + " in " + (b.parent.name or b.parent.getRoleName())
                           for b, _ in walk(window)
                           if "button" in b.getRoleName() and showing(b) and not b.name]
        print(f"unnamed buttons: {unnamed_buttons}")
        problems += [f"unnamed {b}" for b in unnamed_buttons]

        # Every control a user can reach has a name.
        focusable = [n for n, _ in walk(window)
                     if n.getState().contains(pyatspi.STATE_FOCUSABLE) and showing(n)
                     and n.getRole() not in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM,
                                             pyatspi.ROLE_PAGE_TAB)]
        unnamed = [n.getRoleName() for n in focusable if not n.name]
        print(f"focusable controls: {len(focusable)}, unnamed: {unnamed}")
        problems += [f"unnamed focusable {role}" for role in unnamed]

    finally:
        if "--dump" in sys.argv and window is not None:
            dump(window)
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        x_server.terminate()
        x_server.wait(10)
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
