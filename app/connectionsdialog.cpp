#include "connectionsdialog.h"

#include "connectionswitcher.h"
#include "errorbanner.h"
#include "profilestore.h"
#include "tokenpersistence.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kChipRole = Qt::UserRole + 1;

/// The name on the left, the label chip on the right of each profile in the list.
class ProfileItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QPixmap chip = index.data(kChipRole).value<QPixmap>();
        const QSize chipSize = chip.isNull() ? QSize() : chip.deviceIndependentSize().toSize();
        const int reserved = chip.isNull() ? 0 : chipSize.width() + 12;
        opt.text = opt.fontMetrics.elidedText(
            opt.text, Qt::ElideRight, std::max(0, opt.rect.width() - reserved - 12));
        opt.textElideMode = Qt::ElideNone;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (!chip.isNull()) {
            const QPoint at(opt.rect.right() - chipSize.width() - 6,
                opt.rect.top() + (opt.rect.height() - chipSize.height()) / 2);
            painter->drawPixmap(at, chip);
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
        return size;
    }
};

struct ColourPreset
{
    const char *name;
    QRgb rgb;
};

// Strong enough to stand out as a band; the text colour is chosen for contrast.
constexpr ColourPreset kPresets[] = {
    {QT_TRANSLATE_NOOP("ConnectionsDialog", "Red"), 0xc62828},
    {QT_TRANSLATE_NOOP("ConnectionsDialog", "Orange"), 0xe65100},
    {QT_TRANSLATE_NOOP("ConnectionsDialog", "Amber"), 0xf9a825},
    {QT_TRANSLATE_NOOP("ConnectionsDialog", "Green"), 0x2e7d32},
    {QT_TRANSLATE_NOOP("ConnectionsDialog", "Blue"), 0x1565c0},
    {QT_TRANSLATE_NOOP("ConnectionsDialog", "Purple"), 0x6a1b9a},
    {QT_TRANSLATE_NOOP("ConnectionsDialog", "Grey"), 0x546e7a},
};

/// An eye (crossed out while the text is shown), drawn in @p colour so it reads in any palette.
QIcon eyeIcon(const QColor &colour, bool crossed)
{
    constexpr qreal ratio = 2.0;
    QPixmap pixmap(QSize(20, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor ink = colour;
    ink.setAlphaF(0.75);
    painter.setPen(QPen(ink, 1.5));
    QPainterPath outline;
    outline.moveTo(2, 8);
    outline.quadTo(10, -1, 18, 8);
    outline.quadTo(10, 17, 2, 8);
    painter.drawPath(outline);
    painter.setBrush(ink);
    painter.drawEllipse(QPointF(10, 8), 2.6, 2.6);
    if (crossed)
        painter.drawLine(QPointF(4, 14.5), QPointF(16, 1.5));
    painter.end();
    return QIcon(pixmap);
}

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString timeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return local.date() == QDate::currentDate()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

ConnectionsDialog::ConnectionsDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_duplicateButton(new QPushButton(tr("D&uplicate"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
    , m_importButton(new QPushButton(tr("&Import…"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_formTitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_signIn(new QComboBox(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_secretState(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_tokenExpires(new QCheckBox(tr("E&xpires at"), this))
    , m_tokenExpiry(new QDateTimeEdit(this))
    , m_tokenState(new QLabel(this))
    , m_keychainNote(new QLabel(this))
    , m_scope(new QLineEdit(this))
    , m_pageNumberParameter(new QLineEdit(this))
    , m_pageSizeParameter(new QLineEdit(this))
    , m_defaultPageSize(new QSpinBox(this))
    , m_label(new QLineEdit(this))
    , m_colourButton(new QToolButton(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testProgress(new QProgressBar(this))
    , m_testResult(new QLabel(this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_connectButton(new QPushButton(tr("&Connect"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));

    // Left: the saved profiles and what can be done with them.
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setItemDelegate(new ProfileItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_importButton->setObjectName(QStringLiteral("importProfilesButton"));
    m_exportButton->setObjectName(QStringLiteral("exportProfilesButton"));
    m_importButton->setToolTip(tr("Add connections from a JSON file exported by this program"));
    m_exportButton->setToolTip(
        tr("Save every connection to a JSON file, without secrets or tokens"));

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_addButton);
    editButtons->addWidget(m_duplicateButton);
    editButtons->addWidget(m_removeButton);
    listLayout->addLayout(editButtons);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importButton);
    fileButtons->addWidget(m_exportButton);
    listLayout->addLayout(fileButtons);

    // Right: the form.
    buildForm();
    auto *formPane = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_formTitle->setFont(titleFont);
    m_formTitle->setObjectName(QStringLiteral("formTitle"));
    formLayout->addWidget(m_formTitle);
    formLayout->addLayout(m_form);

    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(
        tr("Fetch a token and one orchestration with what the form says, without saving"));
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setRange(0, 0); // busy: we cannot know how long the server takes
    m_testProgress->setTextVisible(false);
    m_testProgress->setMaximumWidth(120);
    m_testProgress->setMaximumHeight(m_testButton->sizeHint().height() / 2);
    m_testProgress->hide();
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testProgress);
    testRow->addStretch(1);
    formLayout->addLayout(testRow);
    formLayout->addWidget(m_testResult);
    formLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(formPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({230, 640});

    m_status->setObjectName(QStringLiteral("dialogStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_connectButton->setObjectName(QStringLiteral("connectProfileButton"));
    m_connectButton->setToolTip(tr("Save if needed, then show this connection in the window"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // Save belongs to the form, Connect and Close to the dialog: in reading order, whatever the
    // platform's button box would do with an "apply" next to an "accept".
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_closeButton);
    m_connectButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &ConnectionsDialog::onListSelection);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            startNewProfile();
    });
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionsDialog::duplicateCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionsDialog::askToRemove);
    connect(m_importButton, &QPushButton::clicked, this, &ConnectionsDialog::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &ConnectionsDialog::chooseExportFile);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionsDialog::connectCurrent);
    connect(m_closeButton, &QPushButton::clicked, this, &ConnectionsDialog::reject);
    connect(m_tester, &ConnectionTester::stageChanged, this, &ConnectionsDialog::onTestStage);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionsDialog::onTestFinished);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::sessionOnlyStarted, this, [this](const QString &reason) {
            m_keychainNote->setText(reason);
            m_keychainNote->show();
        });
        if (m_secrets->isSessionOnly()) {
            m_keychainNote->setText(m_secrets->sessionOnlyReason());
            m_keychainNote->show();
        }
    }

    const QList<ConnectionProfile> all = m_profiles->profiles();
    if (all.isEmpty()) {
        reloadList({});
        startNewProfile();
    } else {
        reloadList(all.first().id);
    }
    resize(940, 680);
}

ConnectionsDialog::~ConnectionsDialog() = default;

QLabel *ConnectionsDialog::problemLabel(const QString &key)
{
    auto *problem = new QLabel(this);
    problem->setObjectName(key + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    QPalette p = problem->palette();
    const bool dark =
        p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    problem->setPalette(p);
    problem->hide();
    m_problemLabels.insert(key, problem);
    return problem;
}

QWidget *ConnectionsDialog::fieldWithProblem(QWidget *field, const QString &key)
{
    QLabel *problem = problemLabel(key);
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return container;
}

void ConnectionsDialog::buildForm()
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto named = [](QWidget *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
    };
    named(m_name, "nameField");
    named(m_baseUrl, "baseUrlField");
    named(m_signIn, "signInField");
    named(m_tokenUrl, "tokenUrlField");
    named(m_clientId, "clientIdField");
    named(m_secret, "clientSecretField");
    named(m_secretState, "secretState");
    named(m_token, "bearerTokenField");
    named(m_tokenExpires, "tokenExpiresField");
    named(m_tokenExpiry, "tokenExpiryField");
    named(m_tokenState, "tokenState");
    named(m_keychainNote, "keychainNote");
    named(m_scope, "scopeField");
    named(m_pageNumberParameter, "pageNumberParameterField");
    named(m_pageSizeParameter, "pageSizeParameterField");
    named(m_defaultPageSize, "defaultPageSizeField");
    named(m_label, "labelField");
    named(m_colourButton, "colourButton");

    m_name->setPlaceholderText(tr("e.g. Production EU"));
    m_baseUrl->setPlaceholderText(
        QStringLiteral("https://api.egain.cloud/conversation/conversationmgr/v3"));
    m_tokenUrl->setPlaceholderText(
        QStringLiteral("https://<host>/system/auth/<TENANT>-U/oauth2/token"));
    m_signIn->addItem(tr("Client ID and secret (OAuth client credentials)"),
        QVariant::fromValue(int(ConnectionProfile::SignIn::ClientCredentials)));
    m_signIn->addItem(tr("A bearer token obtained elsewhere"),
        QVariant::fromValue(int(ConnectionProfile::SignIn::BearerToken)));

    // Secrets are masked, with a show/hide toggle; the field never holds a stored secret.
    for (QLineEdit *edit : {m_secret, m_token}) {
        edit->setEchoMode(QLineEdit::Password);
        QAction *show = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
        show->setCheckable(true);
        show->setText(tr("Show"));
        show->setToolTip(tr("Show or hide what you typed"));
        show->setObjectName(edit == m_secret ? QStringLiteral("showSecretAction")
                                             : QStringLiteral("showTokenAction"));
        const auto updateIcon = [show, edit] {
            show->setIcon(eyeIcon(edit->palette().color(QPalette::Text), show->isChecked()));
            show->setText(show->isChecked() ? tr("Hide") : tr("Show"));
        };
        updateIcon();
        connect(show, &QAction::toggled, edit, [edit, updateIcon](bool on) {
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            updateIcon();
        });
    }
    m_secret->setAccessibleName(tr("Client secret"));
    m_token->setAccessibleName(tr("Bearer token"));
    for (QLabel *label : {m_secretState, m_tokenState, m_keychainNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_secretState->setEnabled(false); // a quieter colour: it describes, it does not warn
    m_tokenState->setEnabled(false);
    m_keychainNote->hide();
    QPalette note = m_keychainNote->palette();
    const bool dark =
        note.color(QPalette::Window).lightness() < note.color(QPalette::WindowText).lightness();
    note.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xd5, 0x80) : QColor(0x8a, 0x5a, 0x00));
    m_keychainNote->setPalette(note);

    m_tokenExpiry->setCalendarPopup(true);
    m_tokenExpiry->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_tokenExpiry->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_tokenExpiry->setEnabled(false);
    m_tokenExpires->setToolTip(
        tr("Without an expiry the token is used until the server refuses it"));
    connect(m_tokenExpires, &QCheckBox::toggled, m_tokenExpiry, &QWidget::setEnabled);

    m_defaultPageSize->setRange(1, ConnectionProfile::kMaxPageSize);
    m_label->setPlaceholderText(tr("e.g. PROD (shown as a band across the window)"));
    m_label->setMaxLength(ConnectionProfile::kMaxLabelLength + 8); // over the limit says why
    m_colourButton->setPopupMode(QToolButton::InstantPopup);
    m_colourButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colourButton->setAccessibleName(tr("Band colour"));
    auto *colours = new QMenu(m_colourButton);
    for (const ColourPreset &preset : kPresets) {
        const QColor colour = QColor::fromRgb(preset.rgb);
        QPixmap swatch(16, 16);
        swatch.fill(colour);
        QAction *action = colours->addAction(QIcon(swatch), tr(preset.name));
        connect(action, &QAction::triggered, this, [this, colour] { chooseColour(colour); });
    }
    colours->addSeparator();
    connect(colours->addAction(tr("Other colour…")), &QAction::triggered, this, [this] {
        const QColor colour = QColorDialog::getColor(
            m_colour.isValid() ? m_colour : QColor(0xc62828), this, tr("Band colour"));
        if (colour.isValid())
            chooseColour(colour);
    });
    connect(colours->addAction(tr("No colour")), &QAction::triggered, this,
        [this] { chooseColour({}); });
    m_colourButton->setMenu(colours);

    auto *secretBox = new QWidget(this);
    auto *secretLayout = new QVBoxLayout(secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->setSpacing(2);
    secretLayout->addWidget(m_secret);
    secretLayout->addWidget(m_secretState);
    m_secretRow = fieldWithProblem(secretBox, QStringLiteral("clientSecret"));

    auto *tokenBox = new QWidget(this);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->setSpacing(2);
    tokenLayout->addWidget(m_token);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_tokenExpires);
    expiryRow->addWidget(m_tokenExpiry, 1);
    tokenLayout->addLayout(expiryRow);
    tokenLayout->addWidget(m_tokenState);
    m_tokenRow = fieldWithProblem(tokenBox, QStringLiteral("bearerToken"));

    auto *labelBox = new QWidget(this);
    auto *labelLayout = new QHBoxLayout(labelBox);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    labelLayout->addWidget(m_label, 1);
    labelLayout->addWidget(m_colourButton);

    auto *paging = new QWidget(this);
    auto *pagingLayout = new QHBoxLayout(paging);
    pagingLayout->setContentsMargins(0, 0, 0, 0);
    pagingLayout->addWidget(m_pageNumberParameter, 1);
    pagingLayout->addWidget(new QLabel(tr("and"), paging));
    pagingLayout->addWidget(m_pageSizeParameter, 1);
    m_pageNumberParameter->setAccessibleName(tr("Page number parameter"));
    m_pageSizeParameter->setAccessibleName(tr("Page size parameter"));
    auto *pagingBox = new QWidget(this);
    auto *pagingBoxLayout = new QVBoxLayout(pagingBox);
    pagingBoxLayout->setContentsMargins(0, 0, 0, 0);
    pagingBoxLayout->setSpacing(2);
    pagingBoxLayout->addWidget(fieldWithProblem(paging, QStringLiteral("pageNumberParameter")));
    // The size parameter's reason goes under the same row.
    pagingBoxLayout->addWidget(problemLabel(QStringLiteral("pageSizeParameter")));

    m_form->addRow(tr("&Name:"), fieldWithProblem(m_name, QStringLiteral("name")));
    m_form->addRow(tr("API &base URL:"), fieldWithProblem(m_baseUrl, QStringLiteral("baseUrl")));
    m_form->addRow(tr("Sign &in with:"), m_signIn);
    m_form->addRow(tr("&Token URL:"), fieldWithProblem(m_tokenUrl, QStringLiteral("tokenUrl")));
    m_form->addRow(tr("Client I&D:"), fieldWithProblem(m_clientId, QStringLiteral("clientId")));
    m_form->addRow(tr("Client s&ecret:"), m_secretRow);
    m_form->addRow(tr("Bearer t&oken:"), m_tokenRow);
    m_form->addRow(QString(), m_keychainNote);
    m_form->addRow(tr("Sc&ope:"), fieldWithProblem(m_scope, QStringLiteral("scope")));
    m_form->addRow(tr("&Paging parameters:"), pagingBox);
    m_form->addRow(tr("Default page si&ze:"),
        fieldWithProblem(m_defaultPageSize, QStringLiteral("defaultPageSize")));
    m_form->addRow(tr("&Label and colour:"), fieldWithProblem(labelBox, QStringLiteral("label")));

    for (QLineEdit *edit : {m_name, m_baseUrl, m_tokenUrl, m_clientId, m_secret, m_token, m_scope,
             m_pageNumberParameter, m_pageSizeParameter, m_label})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::onEdited);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, [this] {
        updateSignInRows();
        onEdited();
    });
    connect(m_defaultPageSize, &QSpinBox::valueChanged, this, &ConnectionsDialog::onEdited);
    connect(m_tokenExpires, &QCheckBox::toggled, this, &ConnectionsDialog::onEdited);
    connect(m_tokenExpiry, &QDateTimeEdit::dateTimeChanged, this, &ConnectionsDialog::onEdited);
}

void ConnectionsDialog::reloadList(const QUuid &select)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<ConnectionProfile> all = m_profiles->profiles();
    for (const ConnectionProfile &profile : all) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(profile.connection.baseUrl.toDisplayString());
        const QPixmap chip =
            ConnectionSwitcher::chipPixmap(profile.label, profile.color, font(), palette());
        if (!chip.isNull())
            item->setData(kChipRole, chip);
    }
    blocker.unblock();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toUuid() == select) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ConnectionsDialog::onListSelection()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QUuid id = item->data(Qt::UserRole).toUuid();
    if (id == m_editingId && !m_editingId.isNull())
        return;
    if (!confirmDiscard()) {
        // Back to the profile being edited, without asking again.
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toUuid() == m_editingId)
                m_list->setCurrentRow(row);
        }
        if (m_editingId.isNull())
            m_list->setCurrentItem(nullptr);
        return;
    }
    selectProfile(id);
}

bool ConnectionsDialog::selectProfile(const QUuid &id)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return false;
    m_editingId = id;
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toUuid() == id)
                m_list->setCurrentRow(row);
        }
    }
    m_formTitle->setText(profile->name);
    fillForm(*profile);
    readStoredState(id);
    return true;
}

void ConnectionsDialog::startNewProfile()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_editingId = {};
    delete m_storedStateContext;
    ConnectionProfile profile;
    profile.name = m_profiles->freeName(tr("New connection"));
    m_formTitle->setText(tr("New connection (not saved yet)"));
    fillForm(profile);
    m_secretState->setText(tr("Enter the client secret; it is stored in the system keychain."));
    m_tokenState->setText(
        tr("Paste the token; it is stored in the system keychain with its expiry."));
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionsDialog::fillForm(const ConnectionProfile &profile)
{
    m_filling = true;
    m_saved = profile;
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.connection.baseUrl.toString());
    m_signIn->setCurrentIndex(profile.signIn == ConnectionProfile::SignIn::BearerToken ? 1 : 0);
    m_tokenUrl->setText(profile.connection.tokenUrl.toString());
    m_clientId->setText(profile.connection.clientId);
    m_secret->clear();
    m_token->clear();
    m_tokenExpires->setChecked(false);
    m_scope->setText(profile.connection.scope);
    m_pageNumberParameter->setText(profile.connection.pageNumberParameter);
    m_pageSizeParameter->setText(profile.connection.pageSizeParameter);
    m_defaultPageSize->setValue(profile.defaultPageSize);
    m_label->setText(profile.label);
    m_colour = profile.color;
    m_secretState->clear();
    m_tokenState->clear();
    m_testResult->clear();
    m_filling = false;
    m_dirty = false;
    updateSignInRows();
    updateColourButton();
    validate();
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.id = m_editingId;
    profile.name = m_name->text().trimmed();
    profile.connection.baseUrl = urlFrom(m_baseUrl);
    profile.connection.tokenUrl = urlFrom(m_tokenUrl);
    profile.connection.clientId = m_clientId->text().trimmed();
    profile.connection.scope = m_scope->text().simplified();
    profile.connection.pageNumberParameter = m_pageNumberParameter->text().trimmed();
    profile.connection.pageSizeParameter = m_pageSizeParameter->text().trimmed();
    profile.signIn = ConnectionProfile::SignIn(m_signIn->currentData().toInt());
    profile.defaultPageSize = m_defaultPageSize->value();
    profile.label = m_label->text().trimmed();
    profile.color = m_colour;
    return profile;
}

QList<ProfileProblem> ConnectionsDialog::formProblems() const
{
    const ConnectionProfile profile = formProfile();
    QList<ProfileProblem> problems = profile.problems();
    if (!profile.name.isEmpty()) {
        const std::optional<ConnectionProfile> other = m_profiles->findByName(profile.name);
        if (other && other->id != m_editingId)
            problems.prepend({QStringLiteral("name"),
                tr("Another connection is already called \"%1\".").arg(other->name)});
    }
    return problems;
}

void ConnectionsDialog::onEdited()
{
    if (m_filling)
        return;
    ConnectionProfile now = formProfile();
    now.id = m_saved.id;
    m_dirty = !(now == m_saved) || !m_secret->text().isEmpty() || !m_token->text().isEmpty();
    validate();
}

void ConnectionsDialog::validate()
{
    const QList<ProfileProblem> problems = formProblems();
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        QStringList messages;
        for (const ProfileProblem &problem : problems) {
            if (problem.field == it.key())
                messages.append(problem.message);
        }
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    const bool valid = problems.isEmpty();
    const bool busy = m_tester->isRunning();
    m_saveButton->setEnabled(valid && (m_dirty || m_editingId.isNull()));
    m_connectButton->setEnabled(valid);
    m_testButton->setEnabled(valid && !busy);
    m_duplicateButton->setEnabled(!m_editingId.isNull());
    m_removeButton->setEnabled(!m_editingId.isNull());
    m_exportButton->setEnabled(m_list->count() > 0);
}

QString ConnectionsDialog::problemShownFor(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ConnectionsDialog::updateSignInRows()
{
    const bool bearer =
        m_signIn->currentData().toInt() == int(ConnectionProfile::SignIn::BearerToken);
    m_form->setRowVisible(m_tokenUrl->parentWidget(), !bearer);
    m_form->setRowVisible(m_clientId->parentWidget(), !bearer);
    m_form->setRowVisible(m_secretRow, !bearer);
    m_form->setRowVisible(m_tokenRow, bearer);
}

void ConnectionsDialog::chooseColour(const QColor &colour)
{
    m_colour = colour;
    updateColourButton();
    onEdited();
}

void ConnectionsDialog::updateColourButton()
{
    if (m_colour.isValid()) {
        QPixmap swatch(16, 16);
        swatch.fill(m_colour);
        m_colourButton->setIcon(QIcon(swatch));
        m_colourButton->setText(tr("Colour"));
        m_colourButton->setToolTip(tr("Band colour: %1").arg(m_colour.name()));
    } else {
        m_colourButton->setIcon(QIcon());
        m_colourButton->setText(tr("No colour"));
        m_colourButton->setToolTip(tr("Choose the band's colour"));
    }
}

void ConnectionsDialog::readStoredState(const QUuid &id)
{
    // Whether something is stored is said in words; the value is looked at only to tell a
    // usable token from an expired one and is never put into a field.
    delete m_storedStateContext;
    if (!m_secrets)
        return;
    auto *context = new QObject(this);
    m_storedStateContext = context;
    m_secretState->setText(tr("Checking the keychain…"));
    m_tokenState->setText(tr("Checking the keychain…"));
    m_secrets->read(id, SecretStore::kClientSecret, context, [this](const SecretStore::Result &r) {
        showKeychainNote(r);
        if (r.ok())
            m_secretState->setText(r.sessionOnly
                    ? tr("A secret is kept in memory for this session. Type to replace it.")
                    : tr("A secret is stored in the keychain. Type to replace it."));
        else if (r.status == SecretStore::Status::Corrupt)
            m_secretState->setText(r.message);
        else
            m_secretState->setText(tr("No secret is stored. Enter it to sign in."));
    });
    m_secrets->read(id, SecretStore::kAccessToken, context, [this](const SecretStore::Result &r) {
        showKeychainNote(r);
        const std::optional<StoredToken> token =
            r.ok() ? StoredToken::fromJson(r.value) : std::nullopt;
        QString where = r.sessionOnly ? tr("in memory") : tr("in the keychain");
        if (!token)
            m_tokenState->setText(tr("No token is stored. Paste one to sign in."));
        else if (!token->isUsable())
            m_tokenState->setText(tr("The stored token has expired. Paste a new one."));
        else if (token->expiry.isValid())
            m_tokenState->setText(tr("A token is stored %1, valid until %2. Paste to replace it.")
                                      .arg(where, timeText(token->expiry)));
        else
            m_tokenState->setText(tr("A token is stored %1 with no known expiry: it is used "
                                     "until the server refuses it. Paste to replace it.")
                                      .arg(where));
    });
}

void ConnectionsDialog::showKeychainNote(const SecretStore::Result &result)
{
    if (result.problem == SecretStore::Problem::None && !result.sessionOnly)
        return;
    m_keychainNote->setText(!result.message.isEmpty()
            ? result.message
            : (m_secrets ? m_secrets->sessionOnlyReason() : QString()));
    m_keychainNote->setVisible(!m_keychainNote->text().isEmpty());
}

bool ConnectionsDialog::save()
{
    const QList<ProfileProblem> problems = formProblems();
    if (!problems.isEmpty()) {
        validate();
        showStatus(problems.first().message, true);
        return false;
    }
    ConnectionProfile profile = formProfile();
    const bool isNew = m_editingId.isNull();
    QList<ProfileProblem> refused;
    const bool stored =
        isNew ? m_profiles->add(profile, &refused) : m_profiles->update(profile, &refused);
    if (!stored) {
        showStatus(
            refused.isEmpty() ? tr("The connection could not be saved.") : refused.first().message,
            true);
        return false;
    }
    QString syncError;
    if (!m_profiles->sync(&syncError)) {
        showStatus(tr("The settings could not be written: %1").arg(syncError), true);
        return false;
    }
    m_editingId = profile.id;
    reloadList(profile.id);
    m_formTitle->setText(profile.name);
    m_saved = profile;
    storeCredential(profile.id, isNew);
    return true;
}

void ConnectionsDialog::storeCredential(const QUuid &id, bool isNew)
{
    const bool bearer =
        m_signIn->currentData().toInt() == int(ConnectionProfile::SignIn::BearerToken);
    QString name;
    QString value;
    if (!bearer && !m_secret->text().isEmpty()) {
        name = SecretStore::kClientSecret;
        value = m_secret->text();
    } else if (bearer && !m_token->text().trimmed().isEmpty()) {
        StoredToken token;
        token.token = m_token->text().trimmed();
        token.pasted = true;
        if (m_tokenExpires->isChecked())
            token.expiry = m_tokenExpiry->dateTime().toUTC();
        name = SecretStore::kAccessToken;
        value = token.toJson();
    }
    // The field lets go of the secret as soon as the store has it.
    {
        const QSignalBlocker secretBlocker(m_secret);
        const QSignalBlocker tokenBlocker(m_token);
        m_secret->clear();
        m_token->clear();
    }
    m_dirty = false;
    validate();
    const QString savedText = isNew ? tr("Saved \"%1\".").arg(m_saved.name)
                                    : tr("Saved the changes to \"%1\".").arg(m_saved.name);
    if (name.isEmpty() || !m_secrets) {
        showStatus(savedText);
        emit profileSaved(id);
        if (std::exchange(m_connectAfterSave, false))
            emit connectRequested(id);
        return;
    }
    QLabel *state = bearer ? m_tokenState : m_secretState;
    state->setText(tr("Storing in the keychain…"));
    showStatus(savedText);
    m_secrets->write(id, name, value, this,
        [this, id, state, bearer, savedText](const SecretStore::Result &result) {
            showKeychainNote(result);
            if (!result.ok()) {
                state->setText(result.message);
                showStatus(
                    tr("%1 The secret could not be stored: %2").arg(savedText, result.message),
                    true);
            } else if (result.sessionOnly) {
                state->setText(bearer ? tr("The token is kept in memory for this session only.")
                                      : tr("The secret is kept in memory for this session only."));
            } else {
                state->setText(bearer
                        ? tr("The token is stored in the keychain. Paste to replace it.")
                        : tr("A secret is stored in the keychain. Type to replace it."));
            }
            emit profileSaved(id);
            if (std::exchange(m_connectAfterSave, false))
                emit connectRequested(id);
        });
}

void ConnectionsDialog::connectCurrent()
{
    if (!formProblems().isEmpty())
        return;
    if (m_dirty || m_editingId.isNull()) {
        m_connectAfterSave = true;
        if (!save())
            m_connectAfterSave = false;
        return;
    }
    emit connectRequested(m_editingId);
}

bool ConnectionsDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
        tr("Save the changes to \"%1\"?").arg(m_saved.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_dirty = false;
        return true;
    default:
        return false;
    }
}

void ConnectionsDialog::reject()
{
    if (!confirmDiscard())
        return;
    m_tester->cancel();
    QDialog::reject();
}

void ConnectionsDialog::askToRemove()
{
    if (m_editingId.isNull())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove connection"),
        tr("Remove \"%1\"?").arg(m_saved.name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeProfileBox"));
    box.setInformativeText(tr("Its settings are deleted, and its client secret and token are "
                              "deleted from the system keychain."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        removeCurrent();
}

void ConnectionsDialog::removeCurrent()
{
    const QUuid id = m_editingId;
    const QString name = m_saved.name;
    if (id.isNull() || !m_profiles->remove(id))
        return;
    m_profiles->sync();
    m_dirty = false;
    m_editingId = {};
    emit profileRemoved(id);
    showStatus(tr("Removed \"%1\". Deleting its keychain entries…").arg(name));
    if (m_secrets) {
        m_secrets->forgetProfile(id, this, [this, id, name](const SecretStore::Result &result) {
            showKeychainNote(result);
            if (result.ok())
                showStatus(tr("Removed \"%1\" and its keychain entries.").arg(name));
            else
                showStatus(tr("Removed \"%1\", but its keychain entries could not be deleted: %2")
                               .arg(name, result.message),
                    true);
            emit profileForgotten(id, result);
        });
    }
    const QList<ConnectionProfile> all = m_profiles->profiles();
    if (all.isEmpty()) {
        reloadList({});
        startNewProfile();
    } else {
        reloadList(all.first().id);
        if (m_editingId.isNull())
            selectProfile(all.first().id);
    }
}

void ConnectionsDialog::duplicateCurrent()
{
    if (m_editingId.isNull() || !confirmDiscard())
        return;
    const std::optional<ConnectionProfile> copy = m_profiles->duplicate(m_editingId);
    if (!copy) {
        showStatus(tr("The connection could not be copied."), true);
        return;
    }
    m_profiles->sync();
    reloadList(copy->id);
    selectProfile(copy->id);
    showStatus(tr("Copied as \"%1\". Secrets are not copied: enter the secret to sign in.")
                   .arg(copy->name));
}

ProfileImportReport ConnectionsDialog::importFile(const QString &path)
{
    ProfileImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("Cannot read %1: %2").arg(path, file.errorString());
    } else {
        report = m_profiles->importJson(file.readAll());
        m_profiles->sync();
    }
    if (!report.ok()) {
        showStatus(report.error, true);
        return report;
    }
    QStringList lines;
    lines << tr("Imported %n connection(s) from %1.", nullptr, int(report.imported.size()))
                 .arg(QFileInfo(path).fileName());
    for (const ProfileImportReport::Entry &entry : std::as_const(report.entries)) {
        if (!entry.problems.isEmpty())
            lines << tr("Not imported: \"%1\": %2").arg(entry.name, entry.problems.first().message);
        else if (!entry.note.isEmpty())
            lines << tr("\"%1\": %2").arg(entry.name, entry.note);
    }
    if (!report.imported.isEmpty())
        lines << tr("Enter the secrets of the imported connections: files never carry them.");
    showStatus(lines.join(QLatin1Char('\n')), report.rejectedCount() > 0);
    if (!report.imported.isEmpty() && !m_dirty) {
        reloadList(report.imported.first().id);
        selectProfile(report.imported.first().id);
    } else {
        reloadList(m_editingId);
    }
    validate();
    return report;
}

bool ConnectionsDialog::exportFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray json = m_profiles->exportJson();
    QString why;
    if (!file.open(QIODevice::WriteOnly))
        why = file.errorString();
    else if (file.write(json) != json.size())
        why = file.errorString();
    if (why.isEmpty() && !file.commit())
        why = file.errorString();
    if (!why.isEmpty()) {
        file.cancelWriting();
        if (error)
            *error = why;
        showStatus(tr("Cannot write %1: %2").arg(path, why), true);
        return false;
    }
    showStatus(tr("Exported %n connection(s) to %1 (without secrets).", nullptr,
        int(m_profiles->profiles().size()))
                   .arg(QFileInfo(path).fileName()));
    return true;
}

void ConnectionsDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import connections"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Connections (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ConnectionsDialog::chooseExportFile()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export connections"),
        documents + QStringLiteral("/connections.json"), tr("Connections (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void ConnectionsDialog::testConnection()
{
    if (!formProblems().isEmpty() || m_tester->isRunning())
        return;
    const bool bearer =
        m_signIn->currentData().toInt() == int(ConnectionProfile::SignIn::BearerToken);
    m_testResult->clear();
    if (!bearer && !m_secret->text().isEmpty()) {
        startTest(m_secret->text(), {});
        return;
    }
    if (bearer && !m_token->text().trimmed().isEmpty()) {
        startTest(m_token->text().trimmed(),
            m_tokenExpires->isChecked() ? m_tokenExpiry->dateTime().toUTC() : QDateTime());
        return;
    }
    if (m_editingId.isNull() || !m_secrets) {
        m_testResult->setText(bearer ? tr("Paste a token to test the connection.")
                                     : tr("Enter the client secret to test the connection."));
        return;
    }
    // Nothing typed: test with what the keychain holds for this profile.
    m_testButton->setEnabled(false);
    m_testProgress->show();
    m_testResult->setText(tr("Reading the keychain…"));
    const QString name = bearer ? SecretStore::kAccessToken : SecretStore::kClientSecret;
    m_secrets->read(m_editingId, name, this, [this, bearer](const SecretStore::Result &result) {
        showKeychainNote(result);
        QString credential;
        QDateTime expiry;
        if (result.ok() && bearer) {
            if (const std::optional<StoredToken> token = StoredToken::fromJson(result.value)) {
                credential = token->token;
                expiry = token->expiry;
            }
        } else if (result.ok()) {
            credential = result.value;
        }
        if (credential.isEmpty()) {
            m_testProgress->hide();
            validate();
            m_testResult->setText(bearer ? tr("No token is stored: paste one to test.")
                                         : tr("No secret is stored: enter it to test."));
            return;
        }
        startTest(credential, expiry);
    });
}

void ConnectionsDialog::startTest(const QString &credential, const QDateTime &expiry)
{
    m_tester->start(formProfile(), credential, expiry);
}

void ConnectionsDialog::onTestStage(ConnectionTester::Stage stage)
{
    switch (stage) {
    case ConnectionTester::Stage::FetchingToken:
        m_testResult->setText(tr("Fetching a token…"));
        break;
    case ConnectionTester::Stage::FetchingPage:
        m_testResult->setText(tr("Signed in. Fetching one orchestration…"));
        break;
    case ConnectionTester::Stage::Idle:
        break;
    }
    m_testProgress->setVisible(stage != ConnectionTester::Stage::Idle);
    validate();
}

void ConnectionsDialog::onTestFinished(const ConnectionTestResult &result)
{
    m_testProgress->hide();
    validate();
    if (result.ok) {
        QString text = result.count >= 0
            ? tr("Connected. The tenant has %n orchestration(s).", nullptr, int(result.count))
            : tr("Connected. The first page was read.");
        if (result.tokenExpiry.isValid())
            text += QLatin1Char(' ')
                + tr("The token is valid until %1.").arg(timeText(result.tokenExpiry));
        m_testResult->setText(text);
        return;
    }
    QStringList lines;
    lines << tr("The test failed: %1").arg(result.error.summary());
    if (!result.error.userMessage.isEmpty())
        lines << tr("User message: %1").arg(result.error.userMessage);
    const QString details = ErrorBanner::detailsText(result.error);
    if (!details.isEmpty())
        lines << details;
    m_testResult->setText(lines.join(QLatin1Char('\n')));
}

void ConnectionsDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = palette();
    if (problem) {
        const bool dark =
            p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
        p.setColor(
            QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    m_status->setPalette(p);
}

QString ConnectionsDialog::statusText() const
{
    return m_status->text();
}

QString ConnectionsDialog::testResultText() const
{
    return m_testResult->text();
}

QString ConnectionsDialog::secretStateText() const
{
    return m_signIn->currentData().toInt() == int(ConnectionProfile::SignIn::BearerToken)
        ? m_tokenState->text()
        : m_secretState->text();
}

QString ConnectionsDialog::keychainNoteText() const
{
    return m_keychainNote->isHidden() ? QString() : m_keychainNote->text();
}
