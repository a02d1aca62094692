#include "ui/export/compareconnectionsdialog.h"

#include "models/connections/profileloader.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "ui/export/comparewindow.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

CompareSide liveSide(const ProfileLoader &loader)
{
    const ConnectionProfile &profile = loader.profile();
    CompareSide side;
    side.records = loader.records();
    side.name = profile.name;
    side.description =
        CompareConnectionsDialog::tr("Live data of %1 (%2), loaded %3")
            .arg(profile.name, profile.connection.baseUrl.toDisplayString(),
                QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    return side;
}

} // namespace

CompareConnectionsDialog::CompareConnectionsDialog(
    ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_old(new QComboBox(this))
    , m_new(new QComboBox(this))
    , m_match(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("compareConnectionsDialog"));
    setWindowTitle(tr("Compare Connections"));

    const QList<ConnectionProfile> all = m_profiles->profiles();
    for (QComboBox *box : {m_old, m_new}) {
        for (const ConnectionProfile &profile : all)
            box->addItem(profile.name, profile.id);
    }
    m_old->setObjectName(QStringLiteral("compareOldProfile"));
    m_new->setObjectName(QStringLiteral("compareNewProfile"));
    if (m_new->count() > 1)
        m_new->setCurrentIndex(1);
    m_match->setObjectName(QStringLiteral("compareMatch"));
    m_match->addItem(tr("ID"), int(OrchestrationDiff::Match::Id));
    m_match->addItem(tr("Name (one orchestration has different ids in two tenants)"),
        int(OrchestrationDiff::Match::Name));

    auto *form = new QFormLayout;
    form->addRow(tr("&Old:"), m_old);
    form->addRow(tr("&New:"), m_new);
    form->addRow(tr("&Match records by:"), m_match);

    auto *progressLayout = new QVBoxLayout;
    for (int i = 0; i < 2; ++i) {
        Side &side = m_sides[i];
        side.label = new QLabel(this);
        side.label->setTextFormat(Qt::PlainText);
        side.progress = new QProgressBar(this);
        side.progress->setObjectName(
            i == 0 ? QStringLiteral("compareOldProgress") : QStringLiteral("compareNewProgress"));
        side.progress->setRange(0, 0);
        side.progress->setTextVisible(false);
        side.label->hide();
        side.progress->hide();
        progressLayout->addWidget(side.label);
        progressLayout->addWidget(side.progress);
    }

    m_hint->setObjectName(QStringLiteral("compareConnectionsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setEnabled(false); // the quiet, secondary text colour

    m_problem->setObjectName(QStringLiteral("compareConnectionsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // the server's words, as typed
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::problemText(problemPalette));
    m_problem->setPalette(problemPalette);
    m_problem->hide();

    m_compareButton = m_buttons->addButton(tr("&Compare"), QDialogButtonBox::AcceptRole);
    m_compareButton->setObjectName(QStringLiteral("compareConnectionsButton"));
    m_compareButton->setDefault(true);
    connect(m_compareButton, &QPushButton::clicked, this, &CompareConnectionsDialog::compare);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CompareConnectionsDialog::reject);
    connect(m_old, &QComboBox::currentIndexChanged, this, &CompareConnectionsDialog::updateButtons);
    connect(m_new, &QComboBox::currentIndexChanged, this, &CompareConnectionsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addLayout(progressLayout);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    updateButtons();
}

CompareConnectionsDialog::~CompareConnectionsDialog()
{
    stopLoaders();
}

QString CompareConnectionsDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool CompareConnectionsDialog::isLoading() const
{
    for (const Side &side : m_sides) {
        if (side.loader && side.loader->isRunning())
            return true;
    }
    return false;
}

void CompareConnectionsDialog::updateButtons()
{
    const bool loading = isLoading();
    QString hint;
    if (m_old->count() < 2)
        hint = tr("Save two connections (File → Connections…) to compare them.");
    else if (m_old->currentData() == m_new->currentData())
        hint = tr("Choose two different connections.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_compareButton->setEnabled(!loading && hint.isEmpty());
    for (QComboBox *box : {m_old, m_new, m_match})
        box->setEnabled(!loading);
}

void CompareConnectionsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CompareConnectionsDialog::compare()
{
    if (isLoading())
        return;
    showProblem({});
    const QComboBox *boxes[2] = {m_old, m_new};
    for (int i = 0; i < 2; ++i) {
        const std::optional<ConnectionProfile> profile =
            m_profiles->profile(boxes[i]->currentData().toUuid());
        if (!profile) {
            showProblem(
                tr("The connection \"%1\" is no longer saved.").arg(boxes[i]->currentText()));
            return;
        }
        Side &side = m_sides[i];
        delete side.loader;
        auto *loader = new ProfileLoader(*profile, m_secrets, this);
        if (m_setup)
            m_setup(loader);
        side.loader = loader;
        side.label->setText(tr("%1: signing in…").arg(profile->name));
        side.progress->setRange(0, 0);
        side.label->show();
        side.progress->show();
        connect(loader, &ProfileLoader::progress, side.progress,
            [&side, name = profile->name](qint64 loaded, qint64 total) {
                side.progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                side.progress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
                side.label->setText(
                    tr("%1: %2 of %3 orchestrations")
                        .arg(name, QLocale().toString(loaded), QLocale().toString(total)));
            });
        connect(
            loader, &ProfileLoader::finished, this, &CompareConnectionsDialog::onLoaderFinished);
    }
    // Both tenants at once: the slower one sets the pace, not the sum.
    for (Side &side : m_sides)
        side.loader->start();
    updateButtons();
}

void CompareConnectionsDialog::stopLoaders()
{
    for (Side &side : m_sides) {
        if (side.loader && side.loader->isRunning()) {
            side.loader->disconnect(this);
            side.loader->cancel();
        }
    }
}

void CompareConnectionsDialog::onLoaderFinished()
{
    for (Side &side : m_sides) {
        if (!side.loader || side.loader->isRunning()
            || side.loader->failure() == ProfileLoader::Failure::None)
            continue;
        const QString problem = side.loader->failure() == ProfileLoader::Failure::Cancelled
            ? tr("Cancelled; nothing was compared.")
            : tr("Nothing was compared: %1").arg(side.loader->errorText());
        stopLoaders(); // the other tenant's load is no use now
        for (Side &each : m_sides) {
            each.label->hide();
            each.progress->hide();
        }
        showProblem(problem);
        updateButtons();
        return;
    }
    if (isLoading())
        return;
    const auto match = OrchestrationDiff::Match(m_match->currentData().toInt());
    auto *window = new CompareWindow(
        liveSide(*m_sides[0].loader), liveSide(*m_sides[1].loader), match, parentWidget());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    emit compareOpened(window);
    accept();
}

void CompareConnectionsDialog::cancelLoading()
{
    if (!isLoading())
        return;
    for (Side &side : m_sides) {
        if (side.loader && side.loader->isRunning()) {
            side.loader->cancel(); // finished() follows, and says Cancelled
            break; // the first cancelled stops the other
        }
    }
}

void CompareConnectionsDialog::reject()
{
    if (isLoading()) {
        cancelLoading();
        return;
    }
    QDialog::reject();
}
