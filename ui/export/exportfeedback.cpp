#include "ui/export/exportfeedback.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QProgressDialog>

namespace ExportFeedback {

QProgressDialog *progressDialog(QWidget *parent, const QString &label, const QString &title)
{
    auto *progress = new QProgressDialog(
        label, QCoreApplication::translate("ExportFeedback", "Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(
        title.isEmpty() ? QCoreApplication::translate("ExportFeedback", "Export") : title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400); // a quick export never flashes a dialog
    progress->setAttribute(Qt::WA_DeleteOnClose);
    return progress;
}

void closeQuietly(QProgressDialog *dialog)
{
    if (!dialog)
        return;
    // A progress dialog says canceled() when it closes.
    QObject::disconnect(dialog, &QProgressDialog::canceled, nullptr, nullptr);
    dialog->close();
}

void showProblem(QWidget *parent, const QString &title, const QString &message)
{
    // Not exec(): the window keeps running (and tests keep driving it) while it is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("exportMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ExportFeedback
