#pragma once

#include <QLabel>

/**
 * A one-line plain-text label that never asks for more width than it is given: text too long
 * for it is cut with "…" (at the end, or in the middle where both ends matter, as in an
 * address), and the tooltip then holds all of it (as plain text). Its minimum width is a
 * few characters, so a long value cannot widen the window.
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
    /// Where text that does not fit is cut; Qt::ElideRight unless told.
    void setElideMode(Qt::TextElideMode mode);
    /// A tooltip shown whether or not the text fits (plain text, e.g. a file's whole path);
    /// empty: the tooltip is the full text, when it is cut.
    void setFullToolTip(const QString &text);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShownText();

    QString m_fullText;
    QString m_fullToolTip;
    Qt::TextElideMode m_elideMode = Qt::ElideRight;
};
