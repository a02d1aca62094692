#pragma once

/**
 * Lets the headless commands (--version, --help, export, diff) print in the terminal they were
 * started from on Windows. The executable is a GUI-subsystem program (no console window pops
 * up behind the main window), so Windows gives it no console: without this, a user typing
 * `orchestration-console --version` in cmd or PowerShell sees nothing. Standard streams that
 * are already redirected (to a file or a pipe) are left alone. Does nothing elsewhere.
 */
void attachToParentConsole();
