#pragma once

#include <QDialog>

class QTextBrowser;

/**
 * Help -> User guide: the README's "User guide" section, compiled into the program as a
 * resource, shown read-only. It works offline and the same on Linux, Windows and macOS, with
 * nothing installed beside the executable; links to the web open in the user's browser.
 */
class UserGuideViewer : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideViewer(QWidget *parent = nullptr);

    /// The guide as Markdown: the "## User guide" section of the README shipped inside the
    /// program, up to the next section of the same level. Empty if the resource is missing.
    static QString guideMarkdown();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
