#pragma once

#include "models/client/apierror.h"
#include "ui/widgets/banner.h"

class QPushButton;
class QToolButton;

/**
 * The Error banner above the table that says a request failed: eGain's userMessage first (or
 * the best summary there is, as plain text), with code, HTTP status, developerMessage and
 * details one click away ("Details"), and what the user can do: Retry where trying again can
 * help, "Edit connection…" where the credentials or the scope are refused (401, 403), and
 * for a connection that dropped or timed out a sentence saying what to check. Rows already
 * loaded stay visible below it.
 */
class ErrorBanner : public Banner
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /// Shows the banner for @p error; details start collapsed.
    void showError(const ApiError &error);
    const ApiError &error() const { return m_error; }

    /// The text behind "Details": code, status, developerMessage, details, network text.
    static QString detailsText(const ApiError &error);
    /// What the user can do about @p error, in a sentence; empty when Retry says it all.
    static QString adviceText(const ApiError &error);
    /// Whether @p error is about the connection's settings, which Retry cannot change.
    static bool needsConnectionEdit(const ApiError &error);

    /// Whether the connection shown can be edited (a saved profile), so "Edit connection…"
    /// is offered for the errors that need it.
    void setConnectionEditable(bool editable);

signals:
    void retryRequested();
    void editConnectionRequested();

private:
    ApiError m_error;
    QToolButton *m_detailsButton;
    QPushButton *m_retryButton;
    QPushButton *m_editButton;
    bool m_connectionEditable = false;
};
