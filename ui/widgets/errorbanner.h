#pragma once

#include "models/client/apierror.h"
#include "ui/widgets/banner.h"

class QPushButton;
class QToolButton;

/**
 * The Error banner above the table that says a request failed: eGain's userMessage first (or
 * the best summary there is, as plain text), with code, HTTP status, developerMessage and
 * details one click away ("Details"), and Retry. Rows already loaded stay visible below it.
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

signals:
    void retryRequested();

private:
    ApiError m_error;
    QToolButton *m_detailsButton;
    QPushButton *m_retryButton;
};
