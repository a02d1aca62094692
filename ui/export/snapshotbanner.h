#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

/**
 * The strip above the table while an opened file is shown: "Snapshot of <baseUrl> taken
 * <exportedAt>", read-only, with the file's name and what was odd about it, and the ways
 * out: Compare with... and Close snapshot.
 */
class SnapshotBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SnapshotBanner(QWidget *parent = nullptr);

    void showSnapshot(
        const QString &description, const QString &filePath, const QStringList &warnings);
    QString text() const;

signals:
    void compareRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_compare;
    QPushButton *m_close;
};
