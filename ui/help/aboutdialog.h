#pragma once

#include <QDialog>

class QLabel;

/**
 * Help -> About Orchestration Console: the version, the Qt it was built with and runs on,
 * the QtKeychain it was built with, and the licences: the console's own (Apache-2.0) and the
 * third-party ones it ships with (Qt under LGPL-3.0, QtKeychain under the BSD licence, Qt HTTP
 * Server under GPL-3.0 for the built-in demo tenant and the hubsim simulator).
 */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The box's text (rich text made here, never from a server).
    static QString aboutHtml();

private:
    QLabel *m_text;
};
