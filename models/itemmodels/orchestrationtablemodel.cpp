#include "models/itemmodels/orchestrationtablemodel.h"

#include "models/core/localeformat.h"

#include <QLocale>
#include <algorithm>

namespace {

QString yesNo(bool value)
{
    return value ? OrchestrationTableModel::tr("Yes") : OrchestrationTableModel::tr("No");
}

QString localDateText(const QDateTime &dateTime)
{
    return LocaleFormat::dateTime(dateTime);
}

QString utcDateText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

/// Whether the record lacks @p path or has it with the wrong type (a warning names it).
bool hasWarningAt(const Orchestration &record, QStringView path)
{
    const QList<ValidationWarning> warnings = record.warnings();
    return std::any_of(warnings.cbegin(), warnings.cend(),
        [path](const ValidationWarning &warning) { return warning.path == path; });
}

bool isNumericColumn(int column)
{
    return column == OrchestrationTableModel::BotsColumn
        || column == OrchestrationTableModel::AgentsColumn
        || column == OrchestrationTableModel::BypassVaColumn;
}

} // namespace

OrchestrationTableModel::OrchestrationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new OrchestrationLoader(this))
{
    using Loader = OrchestrationLoader;
    connect(m_loader, &Loader::recordsReplaced, this, &OrchestrationTableModel::setRows);
    connect(m_loader, &Loader::recordsAppended, this, &OrchestrationTableModel::appendRows);
    connect(m_loader, &Loader::stateChanged, this, &OrchestrationTableModel::stateChanged);
    connect(m_loader, &Loader::pageChanged, this, &OrchestrationTableModel::pageChanged);
    connect(m_loader, &Loader::progress, this, &OrchestrationTableModel::progress);
    connect(m_loader, &Loader::errorOccurred, this, &OrchestrationTableModel::errorOccurred);
    connect(m_loader, &Loader::warningsChanged, this, &OrchestrationTableModel::warningsChanged);
    connect(m_loader, &Loader::aboutToRefresh, this, &OrchestrationTableModel::aboutToRefresh);
    connect(m_loader, &Loader::refreshed, this, &OrchestrationTableModel::refreshed);
}

Orchestration OrchestrationTableModel::orchestrationAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row);
}

int OrchestrationTableModel::rowForId(const QString &id) const
{
    return m_rowById.value(id, -1);
}

int OrchestrationTableModel::countReferences(const QString &id) const
{
    if (id.isEmpty())
        return 0;
    if (!m_referenceCountsValid) {
        m_referenceCounts.clear();
        countReferencesOf(0, int(m_rows.size()));
        m_referenceCountsValid = true;
    }
    return m_referenceCounts.value(id, 0);
}

void OrchestrationTableModel::countReferencesOf(int first, int end) const
{
    for (int row = first; row < end; ++row) {
        const Orchestration &record = m_rows.at(row);
        QStringList ids = record.referencedIds();
        if (!record.id().isEmpty() && !ids.contains(record.id()))
            ids.append(record.id());
        for (const QString &each : std::as_const(ids))
            ++m_referenceCounts[each];
    }
}

const QString &OrchestrationTableModel::searchKey(int row) const
{
    static const QString none;
    if (row < 0 || row >= m_rows.size())
        return none;
    QString &key = m_searchKeys[row];
    if (key.isNull()) {
        const Orchestration &record = m_rows.at(row);
        const QChar separator(0x1f); // never typed by a user, so no match spans two fields
        const QString name = record.name();
        const QString description = record.description();
        const QString id = record.id();
        const QStringList ids = record.referencedIds();
        qsizetype size = name.size() + description.size() + id.size() + 2;
        for (const QString &each : ids)
            size += 1 + each.size();
        QString text;
        text.reserve(size);
        // Lowered field by field, by hand: QString::toLower() looks every character up in its
        // full case tables, which took most of the time for 100,000 keys. Each code unit maps
        // on its own exactly as toLower() maps it, except surrogates and U+0130 (which lowers
        // to two characters): a field holding one of those goes through toLower().
        const auto appendLowered = [&text](const QString &field) {
            const qsizetype start = text.size();
            text += field;
            char16_t *chars = reinterpret_cast<char16_t *>(text.data()) + start;
            for (qsizetype i = 0, end = field.size(); i < end; ++i) {
                const char16_t c = chars[i];
                if (c < 0x80) {
                    if (c >= u'A' && c <= u'Z')
                        chars[i] = char16_t(c + (u'a' - u'A'));
                } else if (QChar::isSurrogate(c) || c == 0x130) {
                    text.truncate(start);
                    text += field.toLower();
                    return;
                } else {
                    chars[i] = char16_t(QChar::toLower(char32_t(c)));
                }
            }
        };
        appendLowered(name);
        text += separator;
        appendLowered(description);
        text += separator;
        appendLowered(id);
        for (const QString &each : ids) {
            text += separator;
            appendLowered(each);
        }
        key = std::move(text);
    }
    return key;
}

QString OrchestrationTableModel::kindName(Orchestration::Kind kind)
{
    switch (kind) {
    case Orchestration::Kind::Bot:
        return tr("Bot");
    case Orchestration::Kind::Agent:
        return tr("Agent");
    case Orchestration::Kind::BotAndAgent:
        return tr("Bot + Agent");
    case Orchestration::Kind::Unknown:
        break;
    }
    return {};
}

int OrchestrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrchestrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrchestrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Orchestration &record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(record, index.column());
    case Qt::ToolTipRole:
        return toolTipData(record, index.column());
    case Qt::TextAlignmentRole:
        if (isNumericColumn(index.column()))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(record, index.column());
    case IdRole:
        return record.id();
    case OrchestrationRole:
        return QVariant::fromValue(record);
    case ActiveRole:
        return record.isActive();
    case KindRole:
        return int(record.kind());
    case WarningCountRole:
        return int(record.warnings().size());
    case SearchTextRole:
        return searchKey(index.row());
    default:
        return {};
    }
}

QVariant OrchestrationTableModel::displayData(const Orchestration &record, int column) const
{
    switch (column) {
    case NameColumn:
        return record.name();
    case ActiveColumn:
        if (hasWarningAt(record, u"active"))
            return QString();
        return yesNo(record.isActive());
    case KindColumn:
        return kindName(record.kind());
    case BotsColumn:
        if (!record.hasBotConfiguration())
            return QString();
        return QLocale().toString(record.bots().size());
    case AgentsColumn:
        if (!record.hasAgentConfiguration())
            return QString();
        return QLocale().toString(record.agentIds().size());
    case CustomerAppColumn:
        return record.customerId();
    case ForwardTranscriptColumn:
        if (const auto forward = record.forwardTranscript())
            return yesNo(*forward);
        return QString();
    case BypassVaColumn:
        if (const auto minutes = record.bypassVaDurationMinutes())
            return QLocale().toString(*minutes, 'g', QLocale::FloatingPointShortest);
        return QString();
    case CreatedColumn:
        return localDateText(record.created());
    case ModifiedColumn:
        return localDateText(record.modified());
    case DescriptionColumn: {
        // One line in the table; the tooltip has it in full.
        QString text = record.description();
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    case IdColumn:
        return record.id();
    default:
        return {};
    }
}

QVariant OrchestrationTableModel::sortData(const Orchestration &record, int column) const
{
    switch (column) {
    case NameColumn:
        return record.name();
    case ActiveColumn:
        if (hasWarningAt(record, u"active"))
            return {};
        return record.isActive();
    case KindColumn:
        return int(record.kind());
    case BotsColumn:
        return record.hasBotConfiguration() ? QVariant(int(record.bots().size())) : QVariant();
    case AgentsColumn:
        return record.hasAgentConfiguration() ? QVariant(int(record.agentIds().size()))
                                              : QVariant();
    case CustomerAppColumn:
        return record.customerId().isEmpty() ? QVariant() : QVariant(record.customerId());
    case ForwardTranscriptColumn:
        if (const auto forward = record.forwardTranscript())
            return *forward;
        return {};
    case BypassVaColumn:
        if (const auto minutes = record.bypassVaDurationMinutes())
            return *minutes;
        return {};
    case CreatedColumn:
        return record.created().isValid() ? QVariant(record.created()) : QVariant();
    case ModifiedColumn:
        return record.modified().isValid() ? QVariant(record.modified()) : QVariant();
    case DescriptionColumn:
        return record.hasDescription() ? QVariant(record.description()) : QVariant();
    case IdColumn:
        return record.id();
    default:
        return {};
    }
}

QVariant OrchestrationTableModel::toolTipData(const Orchestration &record, int column) const
{
    QString tip;
    switch (column) {
    case CreatedColumn:
        tip = utcDateText(record.created());
        break;
    case ModifiedColumn:
        tip = utcDateText(record.modified());
        break;
    case DescriptionColumn:
        tip = record.description();
        break;
    case NameColumn:
        tip = record.name();
        break;
    case IdColumn:
        tip = record.id();
        break;
    case CustomerAppColumn:
        tip = record.customerId();
        break;
    case BypassVaColumn:
        if (const auto minutes = record.bypassVaDurationMinutes())
            tip = tr("A customer returning within %1 minutes goes straight to an agent")
                      .arg(QLocale().toString(*minutes, 'g', QLocale::FloatingPointShortest));
        break;
    default:
        break;
    }
    const QList<ValidationWarning> warnings = record.warnings();
    if (!warnings.isEmpty()) {
        if (!tip.isEmpty())
            tip += QLatin1String("\n\n");
        tip += tr("%n warning(s):", nullptr, int(warnings.size()));
        for (const ValidationWarning &warning : warnings) {
            tip += QLatin1String("\n\u2022 ");
            if (!warning.path.isEmpty())
                tip += warning.path % QLatin1String(": ");
            tip += warning.message;
        }
    }
    if (tip.isEmpty())
        return {};
    return tip;
}

QVariant OrchestrationTableModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case ActiveColumn:
            return tr("Active");
        case KindColumn:
            return tr("Kind");
        case BotsColumn:
            return tr("Bots");
        case AgentsColumn:
            return tr("Agents");
        case CustomerAppColumn:
            return tr("Customer app");
        case ForwardTranscriptColumn:
            return tr("Forward transcript");
        case BypassVaColumn:
            return tr("Bypass VA (min)");
        case CreatedColumn:
            return tr("Created");
        case ModifiedColumn:
            return tr("Modified");
        case DescriptionColumn:
            return tr("Description");
        case IdColumn:
            return tr("ID");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The orchestration's name");
        case ActiveColumn:
            return tr("Whether the orchestration is active");
        case KindColumn:
            return tr("Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both");
        case BotsColumn:
            return tr("Number of bots in the bot configuration");
        case AgentsColumn:
            return tr("Number of agents in the agent configuration");
        case CustomerAppColumn:
            return tr("ID of the customer client application (custom channels)");
        case ForwardTranscriptColumn:
            return tr("Whether the transcript goes to an eGain agent when the virtual assistant "
                      "session was not escalated");
        case BypassVaColumn:
            return tr(
                "Minutes within which a returning customer bypasses the virtual assistant (VA) "
                "and goes straight to an agent");
        case CreatedColumn:
            return tr("When it was created (local time; UTC in the cell's tooltip)");
        case ModifiedColumn:
            return tr("When it was last modified (local time; UTC in the cell's tooltip)");
        case DescriptionColumn:
            return tr("The orchestration's description");
        case IdColumn:
            return tr("The orchestration's unique ID");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && isNumericColumn(section))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> OrchestrationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "orchestrationId");
    names.insert(OrchestrationRole, "orchestration");
    names.insert(ActiveRole, "active");
    names.insert(KindRole, "kind");
    names.insert(WarningCountRole, "warningCount");
    names.insert(SearchTextRole, "searchText");
    return names;
}

// --- the rows, as the loader delivers them ---

void OrchestrationTableModel::setRows(const QList<Orchestration> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_searchKeys = QList<QString>(m_rows.size());
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        noteRowId(row);
    m_referenceCountsValid = false;
    endResetModel();
}

void OrchestrationTableModel::appendRows(const QList<Orchestration> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    const int last = first + int(rows.size()) - 1;
    beginInsertRows(QModelIndex(), first, last);
    m_rows.append(rows);
    m_searchKeys.resize(m_rows.size());
    for (int row = first; row <= last; ++row) {
        noteRowId(row);
        // Built as each page arrives (about a millisecond a page) rather than all at once at
        // the first search, which froze the window for over a second at 100,000 rows.
        searchKey(row);
    }
    // Kept up to date page by page: a rebuild after every page of a load-all costs
    // O(rows) each time, and the inspector asks for counts while pages arrive.
    if (m_referenceCountsValid)
        countReferencesOf(first, last + 1);
    endInsertRows();
}

void OrchestrationTableModel::noteRowId(int row)
{
    // A repeated id (a server that pages badly) keeps pointing at its first row.
    const QString &id = m_rows.at(row).id();
    if (!m_rowById.contains(id))
        m_rowById.insert(id, row);
}
