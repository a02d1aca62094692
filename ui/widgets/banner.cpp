#include "ui/widgets/banner.h"

#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QAbstractButton>
#include <QAccessibleWidget>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/**
 * What a screen reader is told a banner is. A QFrame is a "frame" to AT-SPI, which Orca
 * reads as a window; an error or a warning is an alert, any other message a panel.
 */
class BannerAccessible : public QAccessibleWidget
{
public:
    explicit BannerAccessible(Banner *banner)
        : QAccessibleWidget(banner)
    { }

    QAccessible::Role role() const override
    {
        const Banner::Kind kind = static_cast<Banner *>(widget())->kind();
        return kind == Banner::Kind::Error || kind == Banner::Kind::Warning
            ? QAccessible::AlertMessage
            : QAccessible::Pane;
    }
};

QAccessibleInterface *bannerAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("Banner"))
        return new BannerAccessible(static_cast<Banner *>(object));
    return nullptr;
}

} // namespace

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_layout(new QHBoxLayout(this))
    , m_textLayout(new QVBoxLayout)
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("banner"));
    setAutoFillBackground(true);
    static const bool accessibleInstalled = [] {
        QAccessible::installFactory(bannerAccessible);
        return true;
    }();
    Q_UNUSED(accessibleInstalled)

    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    // Plain text, always: a server's message is shown as it was sent, never as markup.
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->hide();

    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });

    m_textLayout->addWidget(m_text);
    m_textLayout->addWidget(m_details);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addLayout(m_textLayout, 1);
    m_layout->addLayout(m_buttons);
    m_layout->setAlignment(m_buttons, Qt::AlignTop);
    m_layout->addWidget(m_close, 0, Qt::AlignTop);

    applyKind();
    hide();
}

void Banner::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    applyKind();
}

void Banner::setCustomColour(const QColor &colour)
{
    m_customColour = colour;
    updateColours();
}

void Banner::setText(const QString &text)
{
    m_text->setText(text);
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::setDetails(const QString &details)
{
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

QString Banner::details() const
{
    return m_details->text();
}

void Banner::addButton(QAbstractButton *button)
{
    m_buttons->addWidget(button, 0, Qt::AlignTop);
}

void Banner::setCloseButtonVisible(bool visible)
{
    m_closeVisible = visible;
    m_close->setVisible(visible && m_kind != Kind::Environment);
}

void Banner::showMessage(Kind kind, const QString &text)
{
    setKind(kind);
    setText(text);
    setDetails({});
    show();
}

QColor Banner::backgroundColour() const
{
    return backgroundFor(m_kind, surroundings(), m_customColour);
}

QColor Banner::textColour() const
{
    return textFor(m_kind, surroundings(), m_customColour);
}

QColor Banner::backgroundFor(Kind kind, const QPalette &surroundings, const QColor &custom)
{
    if (custom.isValid())
        return custom;
    switch (kind) {
    case Kind::Error:
        return Theme::errorBackground(surroundings);
    case Kind::Warning:
    case Kind::Snapshot:
        return Theme::badgeBackground(surroundings);
    case Kind::Information:
        return surroundings.color(QPalette::AlternateBase);
    case Kind::Environment:
        // No colour chosen: a neutral strip that still stands apart from the window.
        return Theme::isDark(surroundings) ? QColor(0x4a, 0x4f, 0x57) : QColor(0x5f, 0x66, 0x70);
    }
    return surroundings.color(QPalette::Window);
}

QColor Banner::textFor(Kind kind, const QPalette &surroundings, const QColor &custom)
{
    if (custom.isValid() || kind == Kind::Environment)
        return Theme::contrastingText(backgroundFor(kind, surroundings, custom));
    if (kind == Kind::Snapshot)
        return Theme::badgeText(surroundings);
    return surroundings.color(QPalette::WindowText);
}

bool Banner::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    // The application's palette changed: the surroundings may be light now, or dark. (A
    // parent's new palette arrives as a PaletteChange, in changeEvent().)
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateColours();
    return handled;
}

void Banner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::ParentChange:
        updateColours();
        break;
    default:
        break;
    }
}

QPalette Banner::surroundings() const
{
    // Light or dark is decided around the banner: its own Window colour is the banner's.
    return parentWidget() ? parentWidget()->palette() : QApplication::palette();
}

void Banner::applyKind()
{
    const bool band = m_kind == Kind::Environment;
    switch (m_kind) {
    case Kind::Error:
        setAccessibleName(tr("Error"));
        break;
    case Kind::Warning:
        setAccessibleName(tr("Warning"));
        break;
    case Kind::Information:
        setAccessibleName(tr("Information"));
        break;
    case Kind::Snapshot:
        setAccessibleName(tr("Snapshot"));
        break;
    case Kind::Environment:
        setAccessibleName(tr("Environment"));
        break;
    }

    // A message: icon, text over details, buttons, close. A band: one line, centred.
    setFrameShape(band ? QFrame::NoFrame : QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, band ? QSizePolicy::Fixed : QSizePolicy::Preferred);
    m_layout->setContentsMargins(band ? QMargins(12, 3, 12, 3) : QMargins(8, 6, 6, 6));
    m_textLayout->setDirection(band ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // An error's details are lines of their own (code, status, ...): a little more air.
    m_textLayout->setSpacing(band ? 12 : m_kind == Kind::Error ? 4 : 2);
    m_layout->setAlignment(m_textLayout, band ? Qt::AlignHCenter : Qt::Alignment());
    m_icon->setVisible(!band);
    m_close->setVisible(m_closeVisible && !band);
    for (QLabel *label : {m_text, m_details}) {
        label->setWordWrap(!band);
        label->setTextInteractionFlags(band ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
    }

    QFont headline = font();
    headline.setBold(
        m_kind == Kind::Error || m_kind == Kind::Snapshot || m_kind == Kind::Environment);
    if (band)
        headline.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_text->setFont(headline);

    updateColours();
}

void Banner::updateColours()
{
    if (m_updatingColours)
        return;
    const QScopedValueRollback guard(m_updatingColours, true);
    const QPalette around = surroundings();
    const QColor background = backgroundFor(m_kind, around, m_customColour);
    const QColor text = textFor(m_kind, around, m_customColour);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    setPalette(p); // no PaletteChange when nothing changed

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    switch (m_kind) {
    case Kind::Error:
        m_icon->setPixmap(Icons::coloured(QStringLiteral("error")).pixmap(iconSize, iconSize));
        break;
    case Kind::Warning:
        m_icon->setPixmap(Icons::coloured(QStringLiteral("warning")).pixmap(iconSize, iconSize));
        break;
    case Kind::Information:
    case Kind::Snapshot:
        m_icon->setPixmap(
            Icons::themed(QStringLiteral("details"), text).pixmap(iconSize, iconSize));
        break;
    case Kind::Environment:
        m_icon->clear();
        break;
    }
    m_close->setIcon(Icons::themed(QStringLiteral("cancel"), text));
}
