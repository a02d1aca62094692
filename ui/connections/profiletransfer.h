#pragma once

#include <QObject>

class ProfileStore;
struct ProfileImportReport;
class QWidget;

/**
 * Import… and Export… of connection profiles as JSON files: the file dialogs, reading and
 * writing, and the report in words (reported()).
 *
 * Promises: an export never carries a secret or token and a failed one leaves the old file
 * untouched; an import says what was imported, what was not and why.
 */
class ProfileTransfer : public QObject
{
    Q_OBJECT
public:
    /// File dialogs open over @p window, which also owns this object.
    ProfileTransfer(ProfileStore *profiles, QWidget *window);

    /// Imports the JSON file @p path into the store and saves it.
    ProfileImportReport importFile(const QString &path);
    /// Writes every profile to @p path; false with the reason in @p error.
    bool exportFile(const QString &path, QString *error = nullptr);
    /// Asks for the file to import; empty when the user cancels.
    QString chooseImportPath() const;
    /// Asks where to export; empty when the user cancels.
    QString chooseExportPath() const;

signals:
    /// What an import or export did, in words; @p problem when something went wrong.
    void reported(const QString &text, bool problem);

private:
    ProfileStore *m_profiles;
    QWidget *m_window;
};
