#pragma once

#include <QString>
#include <QStringList>

/**
 * Installs the translators for one UI language: Qt's own (qtbase_*.qm from the Qt
 * installation's translations folder, or bundled beside the executable on Windows and macOS:
 * standard dialogs and context menus) and the console's (embedded under :/i18n).
 *
 * @p language is a catalogue's code ("de"); empty means the system's UI languages (LANGUAGE,
 * LC_ALL, LANG on Unix). The console's source strings are English; its English translation
 * supplies the plural forms ("1 bot", "2 bots") that the %n strings need, so it is the
 * fallback for any language without a translation of its own.
 *
 * Also makes QLocale() the chosen language's (numbers, dates, sizes) and, in a GUI, sets the
 * application's layout direction from the language in force (Arabic: right to left).
 * Translators installed by an earlier call are removed first.
 */
void installTranslators(const QString &language = QString());

/// The language the window runs in: @p requested (--language) if given, else the one chosen
/// in View -> Language, else empty (the system's).
QString chosenLanguage(const QString &requested);

/// The value of --language in the GUI's @p arguments (without the program name), or empty.
/// Read before the parser runs, because the parser's messages are translated.
QString languageArgument(const QStringList &arguments);
