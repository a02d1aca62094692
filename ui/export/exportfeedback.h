#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

/**
 * How export, open snapshot and compare speak to the user, the same way everywhere: a
 * window-modal progress dialog with Cancel for what takes a while, and a warning box for what
 * went wrong that does not block (the window keeps running while it is shown).
 */
namespace ExportFeedback {

/// A window-modal progress dialog over @p parent (object name "exportProgress", titled
/// @p title, "Export" when empty). It appears only after 400 ms, so quick work never flashes
/// one, and deletes itself when closed.
QProgressDialog *progressDialog(QWidget *parent, const QString &label, const QString &title = {});

/// Closes @p dialog (may be nullptr) without its closing reading as the user's Cancel.
void closeQuietly(QProgressDialog *dialog);

/// A warning box over @p parent (object name "exportMessage") saying @p message; opened, not
/// executed, and deleted when closed.
void showProblem(QWidget *parent, const QString &title, const QString &message);

} // namespace ExportFeedback
