#include "ui/export/snapshotbanner.h"

#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

SnapshotBanner::SnapshotBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_compare(new QPushButton(tr("&Compare with…"), this))
    , m_close(new QPushButton(tr("C&lose snapshot"), this))
{
    setObjectName(QStringLiteral("snapshotBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Snapshot"));

    m_message->setObjectName(QStringLiteral("snapshotMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_details->setObjectName(QStringLiteral("snapshotDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_compare->setObjectName(QStringLiteral("snapshotCompareButton"));
    m_compare->setToolTip(tr("Compare this snapshot with another exported file"));
    m_close->setObjectName(QStringLiteral("snapshotCloseButton"));
    m_close->setToolTip(tr("Back to the live connection"));
    connect(m_compare, &QPushButton::clicked, this, &SnapshotBanner::compareRequested);
    connect(m_close, &QPushButton::clicked, this, &SnapshotBanner::closeRequested);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_message);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_compare, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    updateColours();
    hide();
}

void SnapshotBanner::showSnapshot(
    const QString &description, const QString &filePath, const QStringList &warnings)
{
    m_message->setText(description);
    QString details = tr("Read-only, from %1")
                          .arg(QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath()));
    for (const QString &warning : warnings)
        details += QLatin1Char('\n') + warning;
    m_details->setText(details);
    show();
}

QString SnapshotBanner::text() const
{
    return m_message->text();
}

void SnapshotBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
}

void SnapshotBanner::updateColours()
{
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = palette();
    const QColor background = Theme::badgeBackground(surroundings);
    if (p.color(QPalette::Window) != background) {
        p.setColor(QPalette::Window, background);
        p.setColor(QPalette::WindowText,
            Theme::isDark(surroundings) ? QColor(0xff, 0xe9, 0xb8) : QColor(0x5c, 0x40, 0x00));
        setPalette(p);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(Icons::themed(QStringLiteral("details"), p.color(QPalette::WindowText))
                          .pixmap(iconSize, iconSize));
}
