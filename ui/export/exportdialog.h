#pragma once

#include "models/itemmodels/viewexport.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <functional>

class QAbstractButton;
class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

/// What the user chose in the export dialog.
struct ExportChoice
{
    ViewExport::Scope scope = ViewExport::Scope::View;
    ViewExport::Content content = ViewExport::Content::Records;
    ExportDocument::Style style = ExportDocument::Style::Indented;
    QString path;
    ViewExport::Format format = ViewExport::Format::Json;
};

/// One scope as the dialog offers it.
struct ExportScopeOffer
{
    ViewExport::Scope scope = ViewExport::Scope::View;
    bool available = false;
    QString
        detail; ///< e.g. "25 orchestrations, filter and sort as shown"; why not, when unavailable
};

/// The dialog's preview line for a choice: how many orchestrations and about how many bytes.
struct ExportPreview
{
    qint64 count = -1; ///< -1: not known before fetching
    qint64 bytes = -1;
    QString note; ///< e.g. "the pages not loaded yet are fetched first"
};

/**
 * File -> Export...: what to export (the current page, all pages, the current view, the
 * selected rows or the inspector's node), as full records or the visible columns, pretty
 * or compact JSON, or CSV of the visible columns for spreadsheets, and where (the file
 * name's .json or .csv follows the format). The preview line says how many orchestrations and about
 * how many bytes before anything is written. Export asks before replacing an existing file; a
 * target that cannot be written (a folder that does not exist, a folder given as the file) is said
 * in the dialog, which stays open. The folder last exported to is remembered (QSettings
 * "export/lastFolder"); only a folder that exists is ever proposed.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    using PreviewFunction = std::function<ExportPreview(const ExportChoice &)>;

    ExportDialog(const QList<ExportScopeOffer> &scopes, ViewExport::Scope preferred,
        const QStringList &visibleColumnNames, PreviewFunction preview, QWidget *parent = nullptr);

    ExportChoice choice() const;
    void setPath(const QString &path);

    /// The folder of the last export while it exists; else the Documents folder if it
    /// exists, else the home folder.
    static QString lastFolder();
    /// Why a file cannot be written at @p path (a folder, or in a folder that is missing or
    /// read-only); empty when nothing speaks against it.
    static QString targetProblem(const QString &path);
    /// What the dialog says about the target now; empty when nothing is wrong.
    QString problemText() const;
    static void rememberFolder(const QString &filePath);
    /// "1.2 MB" in the user's locale.
    static QString sizeText(qint64 bytes);

    void accept() override;

private:
    void updatePreview();
    void followFormatInPath();
    void browse();
    QRadioButton *scopeButton(ViewExport::Scope scope) const;

    PreviewFunction m_preview;
    QButtonGroup *m_scopes;
    QButtonGroup *m_contents;
    QButtonGroup *m_styles;
    QLineEdit *m_path;
    QLabel *m_previewLabel;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
