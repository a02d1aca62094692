#include "models/itemmodels/orchestrationtablemodel.h"

#include "models/client/hubclient.h"
#include "models/client/pagereply.h"
#include "models/client/scanjob.h"

#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcItemModels, "console.models")

namespace {

QString yesNo(bool value)
{
    return value ? OrchestrationTableModel::tr("Yes") : OrchestrationTableModel::tr("No");
}

QString localDateText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
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
{ }

OrchestrationTableModel::~OrchestrationTableModel()
{
    abortAll();
}

void OrchestrationTableModel::setClient(HubClient *client)
{
    if (m_client)
        disconnect(m_client, &QObject::destroyed, this, nullptr);
    abortAll();
    ++m_cacheGeneration;
    m_cache.clear();

    beginResetModel();
    m_client = client;
    m_mode = Mode::Paged;
    m_grantedPageSize = 0;
    m_totalCount = -1;
    m_currentPage = 0;
    m_requestedPage = 0;
    m_lastError = {};
    m_refreshing = false;
    m_rows.clear();
    m_searchKeys.clear();
    m_rowById.clear();
    m_referenceCounts.clear();
    m_referenceCountsValid = false;
    endResetModel();

    if (client) {
        // Replies die silently with their client; without this the state would stay Loading.
        connect(client, &QObject::destroyed, this, [this] { setClient(nullptr); });
    }
    if (!m_warnings.isEmpty()) {
        m_warnings.clear();
        emit warningsChanged();
    }
    setState(State::Idle);
}

HubClient *OrchestrationTableModel::client() const
{
    return m_client;
}

void OrchestrationTableModel::setPageSize(int pagesize)
{
    pagesize = std::max(1, pagesize);
    if (pagesize == m_pageSize)
        return;
    m_pageSize = pagesize;
    if (m_client && m_mode == Mode::Paged && m_state != State::Idle)
        loadPage(1);
}

void OrchestrationTableModel::loadPage(int pagenum)
{
    if (!m_client)
        return;
    pagenum = std::max(1, pagenum);
    if (m_mode == Mode::All) {
        abortAll();
        m_mode = Mode::Paged;
        if (!m_warnings.isEmpty()) {
            m_warnings.clear();
            emit warningsChanged();
        }
    }
    // The same page already on its way: asking again must not start a second request.
    if (m_pageReply && m_pageReplyNum == pagenum && m_requestedPage == pagenum)
        return;

    ++m_generation;
    m_requestedPage = pagenum;
    if (m_pageReply) {
        qCDebug(lcItemModels) << "page" << m_pageReplyNum << "no longer wanted; aborted";
        m_pageReply->abortQuietly();
        m_pageReply = nullptr;
    }

    if (m_cache.contains(m_pageSize, pagenum)) {
        showPage(pagenum, m_cache.page(m_pageSize, pagenum));
        prefetchAfter(pagenum);
        return;
    }
    if (m_prefetchReply && m_prefetchNum == pagenum) {
        // Adopt the prefetch instead of asking again; it becomes the page being loaded.
        m_pageReply = m_prefetchReply;
        m_pageReplyNum = pagenum;
        m_pageReplyGeneration = m_generation;
        m_prefetchReply = nullptr;
        setState(State::Loading);
        return;
    }
    requestPage(pagenum);
}

int OrchestrationTableModel::pageCount() const
{
    if (m_totalCount <= 0 || m_grantedPageSize <= 0)
        return 0;
    return int((m_totalCount + m_grantedPageSize - 1) / m_grantedPageSize);
}

int OrchestrationTableModel::firstRecordNumber() const
{
    if (m_rows.isEmpty())
        return 0;
    if (m_mode == Mode::All || m_currentPage <= 0)
        return 1;
    const int size = m_grantedPageSize > 0 ? m_grantedPageSize : m_pageSize;
    return (m_currentPage - 1) * size + 1;
}

int OrchestrationTableModel::lastRecordNumber() const
{
    if (m_rows.isEmpty())
        return 0;
    return firstRecordNumber() + int(m_rows.size()) - 1;
}

bool OrchestrationTableModel::isPageCached(int pagenum) const
{
    return m_cache.contains(m_pageSize, pagenum);
}

void OrchestrationTableModel::loadAll()
{
    if (!m_client)
        return;
    abortAll();
    beginResetModel();
    m_mode = Mode::All;
    m_currentPage = 0;
    m_requestedPage = 0;
    m_totalCount = -1;
    m_grantedPageSize = 0;
    m_rows.clear();
    m_searchKeys.clear();
    m_rowById.clear();
    m_referenceCountsValid = false;
    endResetModel();
    if (!m_warnings.isEmpty()) {
        m_warnings.clear();
        emit warningsChanged();
    }
    m_lastError = {};

    ScanJob *scan = m_client->fetchAll(m_pageSize);
    m_scan = scan;
    const quint64 generation = m_generation;
    connect(
        scan, &ScanJob::pageReady, this, [this, scan, generation](const OrchestrationPage &page) {
            if (generation != m_generation)
                return;
            m_grantedPageSize = scan->grantedPageSize();
            m_totalCount = scan->totalCount();
            appendRows(page.records);
        });
    connect(scan, &ScanJob::progress, this, [this, generation](qint64 loaded, qint64 total) {
        if (generation == m_generation)
            emit progress(loaded, total);
    });
    connect(scan, &ScanJob::warningAdded, this, [this, generation](const QString &warning) {
        if (generation == m_generation)
            addWarning(warning);
    });
    connect(scan, &ScanJob::finished, this,
        [this, scan, generation] { onScanFinished(scan, generation); });
    setState(State::Loading);
    emit progress(0, -1);
}

void OrchestrationTableModel::showRecords(
    const QList<Orchestration> &records, const QStringList &warnings)
{
    setClient(nullptr);
    m_mode = Mode::All;
    m_totalCount = records.size();
    setRows(records);
    if (!warnings.isEmpty()) {
        m_warnings = warnings;
        emit warningsChanged();
    }
    setState(records.isEmpty() ? State::Empty : State::Loaded);
}

void OrchestrationTableModel::cancel()
{
    if (m_state != State::Loading)
        return;
    abortAll();
    setState(State::Cancelled);
    finishRefresh();
}

void OrchestrationTableModel::refresh()
{
    if (!m_client)
        return;
    emit aboutToRefresh();
    m_refreshing = true;
    ++m_cacheGeneration;
    m_cache.clear();
    if (m_mode == Mode::All) {
        loadAll();
        return;
    }
    abortAll();
    m_requestedPage = std::max(1, m_requestedPage);
    requestPage(m_requestedPage);
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
            return tr("Minutes within which a returning customer goes straight to an agent");
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

// --- loading ---

void OrchestrationTableModel::abortAll()
{
    ++m_generation;
    if (m_pageReply)
        m_pageReply->abortQuietly();
    m_pageReply = nullptr;
    if (m_prefetchReply)
        m_prefetchReply->abortQuietly();
    m_prefetchReply = nullptr;
    if (m_scan)
        m_scan->cancelQuietly();
    m_scan = nullptr;
}

void OrchestrationTableModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OrchestrationTableModel::fail(const ApiError &error)
{
    m_lastError = error;
    qCDebug(lcItemModels).noquote() << "loading failed:" << error.summary();
    setState(State::Error);
    emit errorOccurred(error);
    finishRefresh();
}

void OrchestrationTableModel::requestPage(int pagenum)
{
    PageReply *reply = m_client->fetchPage(pagenum, m_pageSize);
    m_pageReply = reply;
    m_pageReplyNum = pagenum;
    m_pageReplyGeneration = m_generation;
    const quint64 cacheGeneration = m_cacheGeneration;
    connect(reply, &PageReply::finished, this, [this, reply, cacheGeneration, pagenum] {
        onReplyFinished(reply, cacheGeneration, pagenum);
    });
    setState(State::Loading);
}

void OrchestrationTableModel::prefetchAfter(int pagenum)
{
    if (!m_client || m_mode != Mode::Paged)
        return;
    const int next = pagenum + 1;
    const CachedPage shown = m_cache.page(m_pageSize, pagenum);
    if (shown.records.isEmpty())
        return;
    const int pages = pageCount();
    if (pages > 0 ? next > pages : m_totalCount >= 0)
        return;
    if (m_totalCount < 0 && m_grantedPageSize > 0 && shown.records.size() < m_grantedPageSize)
        return; // no count: a short page is the last one
    if (m_cache.contains(m_pageSize, next) || (m_pageReply && m_pageReplyNum == next))
        return;
    if (m_prefetchReply) {
        if (m_prefetchNum == next)
            return;
        m_prefetchReply->abortQuietly(); // at most one prefetch: the newest guess wins
    }
    PageReply *reply = m_client->fetchPage(next, m_pageSize);
    m_prefetchReply = reply;
    m_prefetchNum = next;
    const quint64 cacheGeneration = m_cacheGeneration;
    connect(reply, &PageReply::finished, this,
        [this, reply, cacheGeneration, next] { onReplyFinished(reply, cacheGeneration, next); });
}

void OrchestrationTableModel::onReplyFinished(
    PageReply *reply, quint64 cacheGeneration, int pagenum)
{
    const bool isCurrent = reply == m_pageReply && m_pageReplyGeneration == m_generation;
    const bool isPrefetch = reply == m_prefetchReply;
    if (reply == m_pageReply)
        m_pageReply = nullptr;
    if (isPrefetch)
        m_prefetchReply = nullptr;
    if (cacheGeneration != m_cacheGeneration || (!isCurrent && !isPrefetch)) {
        qCDebug(lcItemModels) << "stale reply for page" << pagenum << "ignored";
        return;
    }
    if (reply->error().isError()) {
        // A failed prefetch stays silent: the user meets the error if they turn to that page.
        if (isCurrent)
            fail(reply->error());
        return;
    }
    const OrchestrationPage &page = reply->page();
    CachedPage cached {page.records, page.pagination, page.warnings, page.noContent};
    m_cache.insert(reply->requestedPageSize(), pagenum, cached);
    if (isCurrent) {
        showPage(pagenum, cached);
        prefetchAfter(pagenum);
    }
}

void OrchestrationTableModel::showPage(int pagenum, const CachedPage &page)
{
    m_currentPage = pagenum;
    m_requestedPage = pagenum;
    m_grantedPageSize =
        page.pagination.present && page.pagination.pagesize > 0 ? page.pagination.pagesize : 0;
    if (page.noContent)
        m_totalCount = 0;
    else if (page.pagination.present)
        m_totalCount = page.pagination.count;
    else
        m_totalCount = (pagenum == 1 && page.records.isEmpty()) ? 0 : -1;
    m_lastError = {};

    QStringList warnings;
    for (const ValidationWarning &warning : page.warnings)
        warnings.append(warning.message);
    if (page.pagination.present && page.pagination.pagenum != pagenum) {
        warnings.append(tr("Page %1 was asked for but the server answered page %2; it may "
                           "ignore the paging parameters.")
                            .arg(pagenum)
                            .arg(page.pagination.pagenum));
    }
    setRows(page.records);
    if (warnings != m_warnings) {
        m_warnings = warnings;
        emit warningsChanged();
    }
    setState(page.records.isEmpty() ? State::Empty : State::Loaded);
    emit pageChanged(pagenum);
    finishRefresh();
}

void OrchestrationTableModel::onScanFinished(ScanJob *scan, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_scan = nullptr;
    m_grantedPageSize = scan->grantedPageSize();
    m_totalCount = scan->totalCount();
    const ApiError &error = scan->error();
    if (error.kind == ApiError::Kind::Cancelled) {
        setState(State::Cancelled);
        finishRefresh();
    } else if (error.isError()) {
        fail(error);
    } else {
        if (m_rows.isEmpty())
            m_totalCount = 0;
        setState(m_rows.isEmpty() ? State::Empty : State::Loaded);
        finishRefresh();
    }
}

void OrchestrationTableModel::setRows(QList<Orchestration> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
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

void OrchestrationTableModel::addWarning(const QString &warning)
{
    m_warnings.append(warning);
    emit warningsChanged();
}

void OrchestrationTableModel::finishRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    emit refreshed();
}
