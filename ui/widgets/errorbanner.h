#pragma once

#include "models/client/apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

/**
 * The strip above the table that says a request failed: eGain's userMessage first (or the
 * best summary there is), with code, HTTP status, developerMessage and details one click
 * away ("Details"), and Retry. Rows already loaded stay visible below it.
 */
class ErrorBanner : public QFrame
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    ApiError m_error;
    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_details;
    QToolButton *m_detailsButton;
    QPushButton *m_retryButton;
    QToolButton *m_closeButton;
};
