#pragma once

#include "ui/widgets/banner.h"

#include <QStringList>

class QPushButton;

/**
 * The Snapshot banner above the table while an opened file is shown: "Snapshot of <baseUrl>
 * taken <exportedAt>", read-only, with the file's name and what was odd about it, and the ways
 * out: Compare with... and Close snapshot.
 */
class SnapshotBanner : public Banner
{
    Q_OBJECT
public:
    explicit SnapshotBanner(QWidget *parent = nullptr);

    void showSnapshot(
        const QString &description, const QString &filePath, const QStringList &warnings);

signals:
    void compareRequested();
    void closeRequested();

private:
    QPushButton *m_compare;
    QPushButton *m_close;
};
