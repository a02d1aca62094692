#include "ui/mainwindow/welcomepage.h"

#include "ui/widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_problem(new QLabel(this))
    , m_demo(new QPushButton(tr("Try the &demo"), this))
    , m_add(new QPushButton(tr("&Add connection…"), this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("No connection yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Browse the orchestrations of an eGain Conversation Hub tenant. "
                               "Try the demo to explore a simulated tenant with a few thousand "
                               "orchestrations, or add a connection to your own tenant."),
        this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label placed with an alignment gets no height-for-width from its layout: at
    // a fixed width, its minimum height is the lines it needs.
    text->setFixedWidth(qMin(520, text->fontMetrics().averageCharWidth() * 64));
    text->setMinimumHeight(qMax(0, text->heightForWidth(text->width())));

    m_problem->setObjectName(QStringLiteral("welcomeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setFixedWidth(qMin(520, m_problem->fontMetrics().averageCharWidth() * 64));
    m_problem->setVisible(false);

    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_demo->setDefault(true);
    m_demo->setIcon(Icons::themed(QStringLiteral("demo"), palette().color(QPalette::ButtonText)));
    m_add->setObjectName(QStringLiteral("addConnectionButton"));
    m_add->setIcon(
        Icons::themed(QStringLiteral("connection"), palette().color(QPalette::ButtonText)));
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addConnectionRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_add);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_problem, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void WelcomePage::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setMinimumHeight(qMax(0, m_problem->heightForWidth(m_problem->width())));
    m_problem->setVisible(!text.isEmpty());
}
