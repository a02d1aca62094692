#pragma once

#include <QLabel>

/**
 * A one-line plain-text label that never asks for more width than it is given: text too long
 * for it ends in "…", and the tooltip then holds all of it (as plain text). Its minimum
 * width is a few characters, so a long value cannot widen the window.
 *
 * The text is laid out in its own direction (a right-to-left name reads right to left) and
 * stays at the leading edge of the window's layout direction, so it does not jump sides
 * from one record to the next.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    /// The whole text (text() is what fits).
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    /// Whether the text shown is cut short.
    bool isElided() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShownText();

    QString m_fullText;
};
