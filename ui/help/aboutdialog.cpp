#include "ui/help/aboutdialog.h"

#include "models/core/buildinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

QString AboutDialog::aboutHtml()
{
    const auto escaped = [](const char *text) { return QString::fromUtf8(text).toHtmlEscaped(); };
    return tr("<h2>Orchestration Console %1</h2>"
              "<p>An administration console for eGain Conversation Hub orchestrations.</p>"
              "<p>Built with Qt %2, running on Qt %3; QtKeychain %4.</p>"
              "<p>Orchestration Console is licensed under the "
              "<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache License 2.0</a>."
              "</p>"
              "<p>It uses:</p><ul>"
              "<li>Qt 6, under the <a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">GNU "
              "LGPL version 3</a> (LGPL-3.0);</li>"
              "<li>QtKeychain, under its BSD licence (the two-clause text, which QtKeychain "
              "calls the Modified BSD License);</li>"
              "<li>Qt HTTP Server, for the built-in demo tenant and the hubsim simulator, under "
              "the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU GPL version 3</a> "
              "(GPL-3.0): Qt 6.4 offers it under the GPL or a commercial licence, not the "
              "LGPL.</li></ul>"
              "<p>THIRD-PARTY-NOTICES, installed with the program, gives each licence in full "
              "and where the sources are.</p>")
        .arg(escaped(CONSOLE_VERSION), escaped(QT_VERSION_STR), escaped(qVersion()),
            escaped(CONSOLE_QTKEYCHAIN_VERSION));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Orchestration Console"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("Orchestration Console"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(aboutHtml());
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 70);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}
