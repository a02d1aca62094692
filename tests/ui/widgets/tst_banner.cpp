// The one message strip and the banners built on it: every kind picks its own colours, which
// read (WCAG contrast) in the light and the dark palette and follow a change between them;
// text from a server is shown as typed, never as markup; the buttons say what they should.
// Real widgets, offscreen.

#include "models/client/apierror.h"
#include "ui/connections/environmentband.h"
#include "ui/export/snapshotbanner.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Kind = Banner::Kind;

const QList<Kind> kAllKinds {
    Kind::Error, Kind::Warning, Kind::Information, Kind::Snapshot, Kind::Environment};

/// WCAG AA for normal text.
constexpr double kReadable = 4.5;

QString kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

QString colours(const Banner &banner)
{
    return QStringLiteral("%1 on %2")
        .arg(banner.palette().color(QPalette::WindowText).name(),
            banner.palette().color(QPalette::Window).name());
}

/// How many pixels of @p widget, rendered, are the colour @p colour (give or take a little).
int pixelsOf(QWidget *widget, const QColor &colour)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green())
                    + qAbs(pixel.blue() - colour.blue())
                < 12)
                ++count;
        }
    }
    return count;
}

/// The label shows @p text as typed: its own format is plain, and it is as wide as the
/// characters (markup interpreted would leave only a bold "x").
void verifyShownAsTyped(const QLabel *label, const QString &text)
{
    QVERIFY(label);
    QCOMPARE(label->text(), text);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    const int typedWidth = QFontMetrics(label->font()).horizontalAdvance(text);
    QVERIFY2(label->sizeHint().width() >= typedWidth,
        qPrintable(QStringLiteral("%1 < %2").arg(label->sizeHint().width()).arg(typedWidth)));
}

} // namespace

class TestBanner : public QObject
{
    Q_OBJECT

private slots:
    void kindsPickDistinctReadableColours_data();
    void kindsPickDistinctReadableColours();
    void customColourGetsBlackOrWhiteText_data();
    void customColourGetsBlackOrWhiteText();
    void followsTheParentsPalette();
    void followsTheApplicationPalette();
    void serverTextIsShownAsTyped();
    void closeButtonHidesAndSaysSo();
    void addedButtonsAndShowMessage();
    void errorBannerDetailsAndRetry();
    void snapshotBannerCompareAndClose();
    void environmentBandShowsOnlyWithALabel();
};

void TestBanner::kindsPickDistinctReadableColours_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestBanner::kindsPickDistinctReadableColours()
{
    QFETCH(bool, dark);
    QWidget window;
    window.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
    auto *layout = new QVBoxLayout(&window);
    QMap<Kind, Banner *> banners;
    for (const Kind kind : kAllKinds) {
        auto *banner = new Banner(kind, &window);
        banner->setText(kindName(kind));
        layout->addWidget(banner);
        banner->show();
        banners.insert(kind, banner);
    }
    window.resize(480, 320);
    window.show();

    const QPalette other = dark ? Theme::lightPalette() : Theme::darkPalette();
    for (const Kind kind : kAllKinds) {
        const Banner *banner = banners.value(kind);
        const QColor background = banner->palette().color(QPalette::Window);
        const QColor text = banner->palette().color(QPalette::WindowText);
        // What it says it uses is what it paints with.
        QCOMPARE(background, banner->backgroundColour());
        QCOMPARE(text, banner->textColour());
        QVERIFY2(Theme::contrastRatio(text, background) >= kReadable,
            qPrintable(kindName(kind) + QLatin1String(": ") + colours(*banner)));
        // A colour of its own, not the window's.
        QVERIFY2(
            background != window.palette().color(QPalette::Window), qPrintable(kindName(kind)));
        // And its own for this palette: the other palette gives another background.
        QVERIFY2(Banner::backgroundFor(kind, other) != background, qPrintable(kindName(kind)));
    }
    // Every kind looks like itself; the message kinds by their backgrounds alone.
    for (const Kind a : kAllKinds) {
        for (const Kind b : kAllKinds) {
            if (a >= b)
                continue;
            const QString pair = kindName(a) + QLatin1String(" / ") + kindName(b);
            QVERIFY2(colours(*banners.value(a)) != colours(*banners.value(b)), qPrintable(pair));
        }
    }
    const QList<Kind> messages {Kind::Error, Kind::Warning, Kind::Information, Kind::Environment};
    for (const Kind a : messages) {
        for (const Kind b : messages) {
            if (a < b)
                QVERIFY2(
                    banners.value(a)->backgroundColour() != banners.value(b)->backgroundColour(),
                    qPrintable(kindName(a) + QLatin1String(" / ") + kindName(b)));
        }
    }
    // Painted, too: the background fills the strip.
    for (const Kind kind : kAllKinds) {
        Banner *banner = banners.value(kind);
        QVERIFY2(pixelsOf(banner, banner->backgroundColour()) > banner->width() * 4,
            qPrintable(kindName(kind)));
    }
}

void TestBanner::customColourGetsBlackOrWhiteText_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QColor>("text");
    QTest::newRow("production red") << QColor(0xc62828) << QColor(Qt::white);
    QTest::newRow("navy") << QColor(0x1a237e) << QColor(Qt::white);
    QTest::newRow("yellow") << QColor(0xffeb3b) << QColor(Qt::black);
    QTest::newRow("mint") << QColor(0xa5d6a7) << QColor(Qt::black);
}

void TestBanner::customColourGetsBlackOrWhiteText()
{
    QFETCH(QColor, colour);
    QFETCH(QColor, text);
    for (const bool dark : {false, true}) {
        QWidget window;
        window.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        Banner banner(Kind::Environment, &window);
        banner.setCustomColour(colour);
        QCOMPARE(banner.palette().color(QPalette::Window), colour);
        QCOMPARE(banner.palette().color(QPalette::WindowText), text);
        QVERIFY(Theme::contrastRatio(text, colour) >= kReadable);
        // Dropping the colour goes back to the kind's own.
        banner.setCustomColour({});
        QCOMPARE(banner.palette().color(QPalette::Window),
            Banner::backgroundFor(Kind::Environment, window.palette()));
    }
}

void TestBanner::followsTheParentsPalette()
{
    QWidget window;
    window.setPalette(Theme::lightPalette());
    QMap<Kind, Banner *> banners;
    for (const Kind kind : kAllKinds)
        banners.insert(kind, new Banner(kind, &window));
    for (const bool dark : {true, false, true}) {
        const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
        window.setPalette(palette);
        for (const Kind kind : kAllKinds) {
            const Banner *banner = banners.value(kind);
            QCOMPARE(
                banner->palette().color(QPalette::Window), Banner::backgroundFor(kind, palette));
            QCOMPARE(banner->palette().color(QPalette::WindowText), Banner::textFor(kind, palette));
            // The rest of the palette is still the window's (buttons on the banner match it).
            QCOMPARE(banner->palette().color(QPalette::Button), palette.color(QPalette::Button));
        }
    }
}

void TestBanner::followsTheApplicationPalette()
{
    const QPalette original = QApplication::palette();
    QWidget window; // no palette of its own: the application's
    auto *layout = new QVBoxLayout(&window);
    auto *inWindow = new Banner(Kind::Error, &window);
    layout->addWidget(inWindow);
    inWindow->show();
    window.show();
    Banner alone(Kind::Warning); // a window of its own
    alone.show();
    for (const bool dark : {true, false, true}) {
        const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
        QApplication::setPalette(palette);
        // Qt posts the change to top-level widgets: it arrives on the next turn of the loop.
        QTRY_COMPARE(inWindow->palette().color(QPalette::Window),
            Banner::backgroundFor(Kind::Error, palette));
        QCOMPARE(
            inWindow->palette().color(QPalette::WindowText), Banner::textFor(Kind::Error, palette));
        QTRY_COMPARE(
            alone.palette().color(QPalette::Window), Banner::backgroundFor(Kind::Warning, palette));
        QCOMPARE(
            alone.palette().color(QPalette::WindowText), Banner::textFor(Kind::Warning, palette));
    }
    QApplication::setPalette(original);
}

void TestBanner::serverTextIsShownAsTyped()
{
    const QString markup = QStringLiteral("<b>x</b>");
    QWidget window;
    auto *layout = new QVBoxLayout(&window);

    auto *banner = new Banner(Kind::Information, &window);
    layout->addWidget(banner);
    banner->setText(markup);
    banner->setDetails(markup);
    QCOMPARE(banner->text(), markup);
    verifyShownAsTyped(banner->findChild<QLabel *>(QStringLiteral("bannerText")), markup);
    verifyShownAsTyped(banner->findChild<QLabel *>(QStringLiteral("bannerDetails")), markup);

    // The error's summary is eGain's userMessage, as the server sent it.
    auto *error = new ErrorBanner(&window);
    layout->addWidget(error);
    ApiError apiError;
    apiError.kind = ApiError::Kind::Http;
    apiError.httpStatus = 500;
    apiError.userMessage = markup;
    apiError.developerMessage = markup;
    error->showError(apiError);
    auto *message = error->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY(message->text().contains(markup));
    verifyShownAsTyped(message, message->text());
    auto *details = error->findChild<QLabel *>(QStringLiteral("errorDetails"));
    QVERIFY(details->text().contains(markup));
    QCOMPARE(details->textFormat(), Qt::PlainText);

    auto *snapshot = new SnapshotBanner(&window);
    layout->addWidget(snapshot);
    snapshot->showSnapshot(markup, QStringLiteral("/tmp/x.json"), {markup});
    verifyShownAsTyped(snapshot->findChild<QLabel *>(QStringLiteral("snapshotMessage")), markup);
    QCOMPARE(snapshot->findChild<QLabel *>(QStringLiteral("snapshotDetails"))->textFormat(),
        Qt::PlainText);

    auto *band = new EnvironmentBand(&window);
    layout->addWidget(band);
    band->setEnvironment(markup, QColor(0xc62828), markup);
    verifyShownAsTyped(band->findChild<QLabel *>(QStringLiteral("environmentLabel")), markup);
    verifyShownAsTyped(band->findChild<QLabel *>(QStringLiteral("environmentConnection")), markup);
}

void TestBanner::closeButtonHidesAndSaysSo()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new Banner(Kind::Warning, &window);
    layout->addWidget(banner);
    window.show();
    banner->showMessage(Kind::Warning, QStringLiteral("The keychain is not available."));
    QVERIFY(banner->isVisible());
    auto *close = banner->findChild<QToolButton *>(QStringLiteral("bannerClose"));
    QVERIFY(close);
    QVERIFY(close->isVisible());
    QVERIFY(!close->icon().isNull());
    QSignalSpy closed(banner, &Banner::closed);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!banner->isVisible());

    // A banner without one keeps it hidden, also once shown.
    banner->setCloseButtonVisible(false);
    banner->show();
    QVERIFY(!close->isVisible());
    banner->setCloseButtonVisible(true);
    QVERIFY(close->isVisible());
}

void TestBanner::addedButtonsAndShowMessage()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new Banner(Kind::Information, &window);
    layout->addWidget(banner);
    window.show();
    QVERIFY(!banner->isVisible()); // hidden until there is something to say

    auto *button = new QPushButton(QStringLiteral("Do it"));
    banner->addButton(button);
    QCOMPARE(button->parentWidget(), banner);
    QSignalSpy clicked(button, &QPushButton::clicked);

    banner->setDetails(QStringLiteral("old details"));
    banner->showMessage(Kind::Error, QStringLiteral("Sign-in failed."));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Kind::Error);
    QCOMPARE(banner->text(), QStringLiteral("Sign-in failed."));
    QCOMPARE(banner->details(), QString());
    QVERIFY(!banner->findChild<QLabel *>(QStringLiteral("bannerDetails"))->isVisible());
    QCOMPARE(banner->accessibleName(), QStringLiteral("Error"));
    QCOMPARE(banner->palette().color(QPalette::Window),
        Banner::backgroundFor(Kind::Error, window.palette()));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);

    banner->showMessage(Kind::Warning, QStringLiteral("Session only."));
    QCOMPARE(banner->accessibleName(), QStringLiteral("Warning"));
    QCOMPARE(banner->palette().color(QPalette::Window),
        Banner::backgroundFor(Kind::Warning, window.palette()));
}

void TestBanner::errorBannerDetailsAndRetry()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new ErrorBanner(&window);
    layout->addWidget(banner);
    window.show();
    QCOMPARE(banner->kind(), Kind::Error);

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 500;
    error.code = QStringLiteral("500-101");
    error.userMessage = QStringLiteral("Something went wrong. Please try again later.");
    error.developerMessage = QStringLiteral("Injected failure.");
    banner->showError(error);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->error().code, error.code);
    auto *details = banner->findChild<QLabel *>(QStringLiteral("errorDetails"));
    auto *detailsButton = banner->findChild<QToolButton *>(QStringLiteral("errorDetailsButton"));
    QVERIFY(!details->isVisible());
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(details->text().contains(QStringLiteral("500-101")));
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QVERIFY(!details->isVisible());

    // A new error starts with its details folded again.
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    banner->showError(error);
    QVERIFY(!details->isVisible());
    QVERIFY(!detailsButton->isChecked());

    QSignalSpy retry(banner, &ErrorBanner::retryRequested);
    QTest::mouseClick(
        banner->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QCOMPARE(retry.size(), 1);

    QSignalSpy closed(banner, &Banner::closed);
    QTest::mouseClick(
        banner->findChild<QToolButton *>(QStringLiteral("errorCloseButton")), Qt::LeftButton);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!banner->isVisible());
}

void TestBanner::snapshotBannerCompareAndClose()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new SnapshotBanner(&window);
    layout->addWidget(banner);
    window.show();
    banner->showSnapshot(QStringLiteral("Snapshot of https://tenant.example taken 2024-05-01"),
        QStringLiteral("/tmp/report.json"), {QStringLiteral("2 records have no id.")});
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Kind::Snapshot);
    QCOMPARE(banner->text(), QStringLiteral("Snapshot of https://tenant.example taken 2024-05-01"));
    QVERIFY(banner->details().contains(QStringLiteral("report.json")));
    QVERIFY(banner->details().contains(QStringLiteral("2 records have no id.")));
    // Close snapshot is the way out: no second close button that would only hide the banner.
    QVERIFY(!banner->findChild<QToolButton *>(QStringLiteral("bannerClose"))->isVisible());

    QSignalSpy compare(banner, &SnapshotBanner::compareRequested);
    QSignalSpy close(banner, &SnapshotBanner::closeRequested);
    QTest::mouseClick(
        banner->findChild<QPushButton *>(QStringLiteral("snapshotCompareButton")), Qt::LeftButton);
    QCOMPARE(compare.size(), 1);
    QCOMPARE(close.size(), 0);
    QTest::mouseClick(
        banner->findChild<QPushButton *>(QStringLiteral("snapshotCloseButton")), Qt::LeftButton);
    QCOMPARE(close.size(), 1);
}

void TestBanner::environmentBandShowsOnlyWithALabel()
{
    QWidget window;
    window.setPalette(Theme::lightPalette());
    auto *layout = new QVBoxLayout(&window);
    auto *band = new EnvironmentBand(&window);
    layout->addWidget(band);
    window.show();
    QVERIFY(!band->isVisible());

    band->setEnvironment(
        QStringLiteral(" PROD "), QColor(0xc62828), QStringLiteral("Production EU"));
    QVERIFY(band->isVisible());
    QCOMPARE(band->label(), QStringLiteral("PROD"));
    QCOMPARE(band->backgroundColour(), QColor(0xc62828));
    QCOMPARE(band->palette().color(QPalette::WindowText), QColor(Qt::white));
    QCOMPARE(band->accessibleName(), QStringLiteral("Environment: PROD"));
    QVERIFY(band->toolTip().contains(QStringLiteral("Production EU")));
    QVERIFY(!band->findChild<QToolButton *>(QStringLiteral("bannerClose"))->isVisible());
    QVERIFY(pixelsOf(band, QColor(0xc62828)) > band->width() * 4);
    QVERIFY(pixelsOf(band, QColor(Qt::white)) > 0); // the label, in white

    // No colour: the neutral one, still readable.
    band->setEnvironment(QStringLiteral("UAT"), {}, QString());
    QVERIFY(band->isVisible());
    QVERIFY(!band->findChild<QLabel *>(QStringLiteral("environmentConnection"))->isVisible());
    QVERIFY(Theme::contrastRatio(band->textColour(), band->backgroundColour()) >= kReadable);

    band->clear();
    QVERIFY(!band->isVisible());
}

QTEST_MAIN(TestBanner)
#include "tst_banner.moc"
