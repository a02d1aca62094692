#pragma once

#include <QList>
#include <QMenu>
#include <QString>

class QActionGroup;

/**
 * View -> Language: System or one of the console's languages, each named in its own language.
 * The choice is kept in QSettings ("view/language") and read at the next start (translators
 * are installed before the first window is made), which the menu says in a line of its own.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    struct Language
    {
        QString code; ///< the catalogue's suffix and QLocale name: "de"
        QString name; ///< in its own language: "Deutsch"
    };

    explicit LanguageMenu(QWidget *parent = nullptr);

    /// Every language the console ships, English first.
    static QList<Language> languages();
    /// Whether @p code is one of languages().
    static bool isKnown(const QString &code);
    /// The language chosen here last; empty for System (or never chosen).
    static QString storedLanguage();

    /// Remembers @p code (empty: System) for the next start and ticks it.
    void choose(const QString &code);

private:
    void tickStored();

    QActionGroup *m_group;
};
