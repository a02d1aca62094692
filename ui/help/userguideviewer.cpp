#include "ui/help/userguideviewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

QString UserGuideViewer::guideMarkdown()
{
    QFile readme(QStringLiteral(":/help/README.md"));
    if (!readme.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    const QString heading = QStringLiteral("\n## User guide\n");
    const qsizetype start = text.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + heading.size());
    // The section's own heading becomes the page's title.
    return QStringLiteral("# ") + tr("User guide") + QLatin1Char('\n')
        + text.mid(start + heading.size(), end < 0 ? -1 : end - start - heading.size());
}

UserGuideViewer::UserGuideViewer(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("User Guide — Orchestration Console"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setReadOnly(true);
    const QString guide = guideMarkdown();
    if (guide.isEmpty())
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    else
        m_browser->setMarkdown(guide);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}
