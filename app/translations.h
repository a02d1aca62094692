#pragma once

/**
 * Installs the translators for the user's UI languages: Qt's own (standard dialogs) and the
 * console's. The console's source strings are English; its English translation supplies the
 * plural forms ("1 bot", "2 bots") that the %n strings need, so it is the fallback for any
 * language without a translation of its own.
 */
void installTranslators();
