#include "ui/export/snapshotbanner.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

SnapshotBanner::SnapshotBanner(QWidget *parent)
    : Banner(Kind::Snapshot, parent)
    , m_compare(new QPushButton(tr("&Compare with…"), this))
    , m_close(new QPushButton(tr("C&lose snapshot"), this))
{
    setObjectName(QStringLiteral("snapshotBanner"));
    textLabel()->setObjectName(QStringLiteral("snapshotMessage"));
    detailsLabel()->setObjectName(QStringLiteral("snapshotDetails"));
    // "Close snapshot" is the way out; a second close button would only hide the banner.
    setCloseButtonVisible(false);

    m_compare->setObjectName(QStringLiteral("snapshotCompareButton"));
    m_compare->setToolTip(tr("Compare this snapshot with another exported file"));
    m_close->setObjectName(QStringLiteral("snapshotCloseButton"));
    m_close->setToolTip(tr("Back to the live connection"));
    connect(m_compare, &QPushButton::clicked, this, &SnapshotBanner::compareRequested);
    connect(m_close, &QPushButton::clicked, this, &SnapshotBanner::closeRequested);
    addButton(m_compare);
    addButton(m_close);
}

void SnapshotBanner::showSnapshot(
    const QString &description, const QString &filePath, const QStringList &warnings)
{
    setText(description);
    QString details = tr("Read-only, from %1")
                          .arg(QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath()));
    for (const QString &warning : warnings)
        details += QLatin1Char('\n') + warning;
    setDetails(details);
    show();
}
