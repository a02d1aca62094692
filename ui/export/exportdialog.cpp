#include "ui/export/exportdialog.h"

#include "models/core/localeformat.h"
#include "ui/widgets/theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

const QString kLastFolderKey = QStringLiteral("export/lastFolder");
/// The CSV button's id in the format group, beside the JSON styles' (ExportDocument::Style).
constexpr int kCsvFormat = 100;

QString scopeLabel(ViewExport::Scope scope)
{
    switch (scope) {
    case ViewExport::Scope::View:
        return ExportDialog::tr("The current &view (filter and sort as shown)");
    case ViewExport::Scope::Page:
        return ExportDialog::tr("The current &page");
    case ViewExport::Scope::All:
        return ExportDialog::tr("&All pages");
    case ViewExport::Scope::Selection:
        return ExportDialog::tr("The &selected rows");
    case ViewExport::Scope::Node:
        return ExportDialog::tr("The inspector's selected &node");
    }
    return {};
}

QLabel *detailLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setEnabled(false); // the quiet, secondary text colour
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 4);
    return label;
}

} // namespace

ExportDialog::ExportDialog(const QList<ExportScopeOffer> &scopes, ViewExport::Scope preferred,
    const QStringList &visibleColumnNames, PreviewFunction preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_scopes(new QButtonGroup(this))
    , m_contents(new QButtonGroup(this))
    , m_styles(new QButtonGroup(this))
    , m_path(new QLineEdit(this))
    , m_previewLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    auto *scopeBox = new QGroupBox(tr("What to export"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setSpacing(2);
    bool preferredAvailable = false;
    QRadioButton *firstAvailable = nullptr;
    for (const ExportScopeOffer &offer : scopes) {
        auto *button = new QRadioButton(scopeLabel(offer.scope), scopeBox);
        button->setObjectName(QStringLiteral("scope_") + ViewExport::scopeName(offer.scope));
        button->setEnabled(offer.available);
        m_scopes->addButton(button, int(offer.scope));
        scopeLayout->addWidget(button);
        if (!offer.detail.isEmpty()) {
            QLabel *detail = detailLabel(offer.detail, scopeBox);
            detail->setObjectName(button->objectName() + QStringLiteral("_detail"));
            scopeLayout->addWidget(detail);
        }
        if (offer.available && !firstAvailable)
            firstAvailable = button;
        if (offer.available && offer.scope == preferred) {
            button->setChecked(true);
            preferredAvailable = true;
        }
    }
    if (!preferredAvailable && firstAvailable)
        firstAvailable->setChecked(true);

    auto *contentBox = new QGroupBox(tr("Content"), this);
    auto *contentLayout = new QVBoxLayout(contentBox);
    contentLayout->setSpacing(2);
    auto *records =
        new QRadioButton(tr("&Full records, exactly as received (lossless)"), contentBox);
    records->setObjectName(QStringLiteral("contentRecords"));
    records->setChecked(true);
    auto *columns = new QRadioButton(tr("Visible &columns only, as flat objects"), contentBox);
    columns->setObjectName(QStringLiteral("contentColumns"));
    m_contents->addButton(records, int(ViewExport::Content::Records));
    m_contents->addButton(columns, int(ViewExport::Content::Columns));
    contentLayout->addWidget(records);
    contentLayout->addWidget(columns);
    contentLayout->addWidget(
        detailLabel(visibleColumnNames.join(QStringLiteral(", ")), contentBox));

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QHBoxLayout(formatBox);
    auto *pretty = new QRadioButton(tr("&Indented JSON"), formatBox);
    pretty->setObjectName(QStringLiteral("styleIndented"));
    pretty->setChecked(true);
    auto *compact = new QRadioButton(tr("Co&mpact JSON"), formatBox);
    compact->setObjectName(QStringLiteral("styleCompact"));
    auto *csv = new QRadioButton(tr("CSV for sprea&dsheets"), formatBox);
    csv->setObjectName(QStringLiteral("formatCsv"));
    m_styles->addButton(pretty, int(ExportDocument::Style::Indented));
    m_styles->addButton(compact, int(ExportDocument::Style::Compact));
    m_styles->addButton(csv, kCsvFormat);
    formatLayout->addWidget(pretty);
    formatLayout->addWidget(compact);
    formatLayout->addWidget(csv);
    formatLayout->addStretch(1);

    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 56);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_path);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(fileLabel, pathRow);

    m_previewLabel->setObjectName(QStringLiteral("exportPreview"));
    m_previewLabel->setWordWrap(true);
    // Two lines reserved: the preview changes with every choice, the dialog must not jump.
    m_previewLabel->setMinimumHeight(m_previewLabel->fontMetrics().lineSpacing() * 2 + 4);
    m_previewLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Why the target cannot be written, said where the user is looking: the dialog stays.
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::problemText(problemPalette));
    m_problem->setPalette(problemPalette);
    m_problem->hide();

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(contentBox);
    layout->addWidget(formatBox);
    layout->addLayout(fileForm);
    layout->addWidget(m_problem);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    setPath(QDir(lastFolder()).filePath(QStringLiteral("orchestrations-%1.json").arg(stamp)));

    connect(m_scopes, &QButtonGroup::idToggled, this, &ExportDialog::updatePreview);
    connect(m_contents, &QButtonGroup::idToggled, this, &ExportDialog::updatePreview);
    connect(m_styles, &QButtonGroup::idToggled, this, &ExportDialog::updatePreview);
    connect(m_styles, &QButtonGroup::idToggled, this, &ExportDialog::followFormatInPath);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_path, &QLineEdit::textChanged, m_problem, &QWidget::hide);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updatePreview();
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice choice;
    choice.scope = ViewExport::Scope(m_scopes->checkedId());
    choice.content = ViewExport::Content(m_contents->checkedId());
    const bool csv = m_styles->checkedId() == kCsvFormat;
    choice.format = csv ? ViewExport::Format::Csv : ViewExport::Format::Json;
    choice.style =
        csv ? ExportDocument::Style::Indented : ExportDocument::Style(m_styles->checkedId());
    if (csv)
        choice.content = ViewExport::Content::Columns;
    choice.path = m_path->text().trimmed();
    return choice;
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QRadioButton *ExportDialog::scopeButton(ViewExport::Scope scope) const
{
    return qobject_cast<QRadioButton *>(m_scopes->button(int(scope)));
}

QString ExportDialog::lastFolder()
{
    const QString remembered = QSettings().value(kLastFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    // The platform names a Documents folder even where none was ever made.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ExportDialog::targetProblem(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(QDir::fromNativeSeparators(path));
    if (target.isDir())
        return tr("\"%1\" is a folder. Choose a file name.").arg(shown);
    const QFileInfo folder(target.absolutePath());
    const QString folderShown = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists())
        return tr("The folder \"%1\" does not exist. Choose another folder.").arg(folderShown);
    if (!folder.isDir())
        return tr("\"%1\" is not a folder. Choose another folder.").arg(folderShown);
    if (!folder.isWritable())
        return tr("The folder \"%1\" cannot be written to. Choose another folder.")
            .arg(folderShown);
    if (target.exists() && !target.isWritable())
        return tr("\"%1\" is read-only. Choose another name.").arg(shown);
    return {};
}

QString ExportDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ExportDialog::rememberFolder(const QString &filePath)
{
    QSettings().setValue(kLastFolderKey, QFileInfo(filePath).absolutePath());
}

QString ExportDialog::sizeText(qint64 bytes)
{
    return LocaleFormat::dataSize(bytes);
}

void ExportDialog::updatePreview()
{
    const ExportChoice current = choice();
    const bool scopeChosen = m_scopes->checkedId() >= 0;
    if (current.format == ViewExport::Format::Csv) {
        // Said as it will be written: CSV holds the visible columns, whatever was chosen.
        const QSignalBlocker blocker(m_contents);
        m_contents->button(int(ViewExport::Content::Columns))->setChecked(true);
    }
    // The node is one record's part, and CSV is columns only: content does not apply.
    for (QAbstractButton *button : m_contents->buttons())
        button->setEnabled(
            current.scope != ViewExport::Scope::Node && current.format == ViewExport::Format::Json);
    QString text;
    if (scopeChosen && m_preview) {
        const ExportPreview preview = m_preview(current);
        const int count = int(qMin<qint64>(preview.count, INT_MAX));
        if (preview.count >= 0 && preview.bytes >= 0)
            text =
                tr("%Ln orchestration(s), about %1.", nullptr, count).arg(sizeText(preview.bytes));
        else if (preview.count >= 0)
            text = tr("%Ln orchestration(s).", nullptr, count);
        if (!preview.note.isEmpty())
            text += QLatin1Char(' ') + preview.note;
    }
    m_previewLabel->setText(text);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(scopeChosen && !current.path.isEmpty());
    }
}

void ExportDialog::followFormatInPath()
{
    // Only the suffix the dialog itself would give changes: a name the user typed stays.
    const bool csv = choice().format == ViewExport::Format::Csv;
    const QString from = csv ? QStringLiteral(".json") : QStringLiteral(".csv");
    const QString text = m_path->text();
    if (text.endsWith(from, Qt::CaseInsensitive))
        m_path->setText(text.left(text.size() - from.size())
            + (csv ? QStringLiteral(".csv") : QStringLiteral(".json")));
}

void ExportDialog::browse()
{
    const QString start = m_path->text().isEmpty() ? lastFolder() : m_path->text();
    const bool csv = choice().format == ViewExport::Format::Csv;
    // Overwriting is confirmed once, by accept(), whichever way the name was given.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), start,
        csv ? tr("CSV files (*.csv);;All files (*)") : tr("JSON files (*.json);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setPath(QFileInfo(path).suffix().isEmpty()
                ? path + (csv ? QLatin1String(".csv") : QLatin1String(".json"))
                : path);
}

void ExportDialog::accept()
{
    const ExportChoice current = choice();
    if (current.path.isEmpty() || m_scopes->checkedId() < 0)
        return;
    const QString problem = targetProblem(current.path);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_path->setFocus();
        return;
    }
    const QFileInfo target(QDir::fromNativeSeparators(current.path));
    if (target.exists()) {
        const auto answer = QMessageBox::question(this, tr("Replace file?"),
            tr("\"%1\" already exists. Replace it?\n\nThe old file stays as it is until the new "
               "one is completely written.")
                .arg(target.fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}
