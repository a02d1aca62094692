#include "models/itemmodels/configurationtreemodel.h"

#include "models/core/localeformat.h"
#include "models/core/rawjson.h"

#include <QLocale>
#include <QSet>
#include <vector>

struct ConfigurationTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    NodeKind kind = Field;
    QString field;
    QString value;
    QString valueToolTip;
    QString path;
    QByteArray json;
    QString idValue;
    QStringList warnings;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

using Node = ConfigurationTreeModel::Node;

QString text(QByteArrayView value)
{
    if (RawJson::isString(value)) {
        const QByteArrayView trimmed = value.trimmed();
        return RawJson::decodeString(trimmed.sliced(1, trimmed.size() - 2));
    }
    return QString::fromUtf8(value);
}

bool isObject(QByteArrayView value)
{
    return value.trimmed().startsWith('{');
}

bool isArray(QByteArrayView value)
{
    return value.trimmed().startsWith('[');
}

/// Member @p key of @p object when @p object is a JSON object; empty otherwise.
QByteArrayView member(QByteArrayView object, const char *key)
{
    if (!isObject(object))
        return {};
    return RawJson::memberValue(object, QByteArrayView(key));
}

QString joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path % QLatin1Char('.') % key;
}

QString itemPath(const QString &path, int index)
{
    return path % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

/// The path one level up: "a.b[2]" -> "a.b", "a.b" -> "a", "a" -> "".
QString parentPath(const QString &path)
{
    if (path.endsWith(QLatin1Char(']'))) {
        const qsizetype bracket = path.lastIndexOf(QLatin1Char('['));
        if (bracket >= 0)
            return path.left(bracket);
    }
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : path.left(dot);
}

/// Every path the contract names, and every object and array on the way to one.
const QSet<QString> &knownPaths()
{
    static const QSet<QString> paths = [] {
        QSet<QString> result;
        const QStringList known = Orchestration::knownFieldPaths();
        for (const QString &path : known) {
            result.insert(path);
            for (qsizetype i = 0; i < path.size(); ++i) {
                if (path.at(i) == QLatin1Char('.'))
                    result.insert(path.left(i));
                else if (path.at(i) == QLatin1Char('[')) {
                    result.insert(path.left(i));
                    result.insert(path.left(i + 2));
                }
            }
        }
        return result;
    }();
    return paths;
}

QString localDate(const QDateTime &dateTime)
{
    return LocaleFormat::dateTime(dateTime);
}

class TreeBuilder
{
public:
    TreeBuilder(const Orchestration &record, Node *root, QHash<QString, Node *> *byPath)
        : m_record(record)
        , m_raw(record.rawJson())
        , m_root(root)
        , m_byPath(byPath)
    { }

    void build()
    {
        buildGeneral();
        const QByteArrayView applications = member(m_raw, "applications");
        buildBotConfiguration(member(applications, "botConfiguration"));
        buildCustomerConfiguration(member(applications, "customerConfiguration"));
        buildAgentConfiguration(member(applications, "agentConfiguration"));
        buildOtherFields();
        attachWarnings();
    }

private:
    Node *add(Node *parent, ConfigurationTreeModel::NodeKind kind, const QString &field,
        const QString &path, QByteArrayView json)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->field = field;
        node->path = path;
        node->json = json.toByteArray();
        Node *added = parent->add(std::move(node));
        if (!path.isEmpty() && !m_byPath->contains(path))
            m_byPath->insert(path, added);
        return added;
    }

    /// A field whose value is shown as text; ids are marked for IdValueRole.
    Node *addValue(Node *parent, const QString &field, const QString &path, QByteArrayView value,
        bool isId = false)
    {
        if (value.isEmpty())
            return nullptr;
        Node *node = add(parent, ConfigurationTreeModel::Field, field, path, value);
        node->value = text(value);
        if (isId && RawJson::isString(value))
            node->idValue = node->value;
        return node;
    }

    Node *addBool(Node *parent, const QString &field, const QString &path, QByteArrayView value)
    {
        Node *node = addValue(parent, field, path, value);
        if (node && value == "true")
            node->value = ConfigurationTreeModel::tr("Yes");
        else if (node && value == "false")
            node->value = ConfigurationTreeModel::tr("No");
        return node;
    }

    Node *addDate(Node *parent, const QString &field, const QString &path, QByteArrayView value,
        const QDateTime &parsed)
    {
        Node *node = addValue(parent, field, path, value);
        if (node && parsed.isValid()) {
            node->value = localDate(parsed);
            node->valueToolTip = parsed.toUTC().toString(Qt::ISODateWithMs);
        }
        return node;
    }

    void buildGeneral()
    {
        m_general = add(m_root, ConfigurationTreeModel::Section,
            ConfigurationTreeModel::tr("General"), QString(), {});
        m_byPath->insert(QString(), m_general); // record-level warnings land here
        static const char *const keys[] = {
            "id", "name", "description", "active", "created", "modified"};
        QByteArray json = "{";
        for (const char *key : keys) {
            const QByteArrayView value = member(m_raw, key);
            if (value.isEmpty())
                continue;
            if (json.size() > 1)
                json += ',';
            json += '"' + QByteArray(key) + "\":" + value.toByteArray();
        }
        m_general->json = json + '}';
        const QString id = QStringLiteral("id");
        addValue(m_general, ConfigurationTreeModel::tr("ID"), id, member(m_raw, "id"), true);
        addValue(m_general, ConfigurationTreeModel::tr("Name"), QStringLiteral("name"),
            member(m_raw, "name"));
        addValue(m_general, ConfigurationTreeModel::tr("Description"),
            QStringLiteral("description"), member(m_raw, "description"));
        addBool(m_general, ConfigurationTreeModel::tr("Active"), QStringLiteral("active"),
            member(m_raw, "active"));
        addDate(m_general, ConfigurationTreeModel::tr("Created"), QStringLiteral("created"),
            member(m_raw, "created"), m_record.created());
        addDate(m_general, ConfigurationTreeModel::tr("Modified"), QStringLiteral("modified"),
            member(m_raw, "modified"), m_record.modified());
    }

    void buildBotConfiguration(QByteArrayView config)
    {
        if (config.isEmpty())
            return;
        const QString path = QStringLiteral("applications.botConfiguration");
        Node *section = add(m_root, ConfigurationTreeModel::Section,
            ConfigurationTreeModel::tr("Bot configuration"), path, config);
        addBool(section, ConfigurationTreeModel::tr("Forward transcript"),
            joinPath(path, QStringLiteral("forwardTranscript")),
            member(config, "forwardTranscript"));
        if (Node *bypass =
                addValue(section, ConfigurationTreeModel::tr("Virtual assistant bypass duration"),
                    joinPath(path, QStringLiteral("bypassVaDuration")),
                    member(config, "bypassVaDuration"))) {
            if (const auto minutes = m_record.bypassVaDurationMinutes()) {
                bypass->value = ConfigurationTreeModel::tr("%1 min").arg(
                    QLocale().toString(*minutes, 'g', QLocale::FloatingPointShortest));
            }
        }
        const QByteArrayView bots = member(config, "bots");
        if (bots.isEmpty())
            return;
        const QString botsPath = joinPath(path, QStringLiteral("bots"));
        Node *botsNode = add(section, ConfigurationTreeModel::Field,
            ConfigurationTreeModel::tr("Bots"), botsPath, bots);
        if (!isArray(bots)) {
            botsNode->value = text(bots);
            return;
        }
        const QList<QByteArrayView> items = RawJson::arrayItems(bots);
        botsNode->value = ConfigurationTreeModel::tr("%n bot(s)", nullptr, int(items.size()));
        for (int i = 0; i < items.size(); ++i) {
            const QByteArrayView bot = items.at(i);
            const QString botPath = itemPath(botsPath, i);
            Node *botNode = add(botsNode, ConfigurationTreeModel::Item,
                ConfigurationTreeModel::tr("Bot %1").arg(i + 1), botPath, bot);
            const QByteArrayView id = member(bot, "id");
            if (!isObject(bot)) {
                botNode->value = text(bot);
                continue;
            }
            if (RawJson::isString(id))
                botNode->value = text(id);
            addValue(botNode, ConfigurationTreeModel::tr("ID"),
                joinPath(botPath, QStringLiteral("id")), id, true);
            const QByteArrayView participant = member(bot, "participant");
            if (isObject(participant)) {
                addValue(botNode, ConfigurationTreeModel::tr("Participant ID"),
                    joinPath(botPath, QStringLiteral("participant.id")), member(participant, "id"),
                    true);
            } else {
                addValue(botNode, ConfigurationTreeModel::tr("Participant"),
                    joinPath(botPath, QStringLiteral("participant")), participant);
            }
            const QByteArrayView escalation = member(bot, "onEscalation");
            const QByteArrayView agent = member(escalation, "agent");
            if (isObject(agent)) {
                addValue(botNode, ConfigurationTreeModel::tr("Escalation agent ID"),
                    joinPath(botPath, QStringLiteral("onEscalation.agent.id")), member(agent, "id"),
                    true);
            } else if (!escalation.isEmpty()) {
                const bool broken = isObject(escalation);
                addValue(botNode, ConfigurationTreeModel::tr("On escalation"),
                    joinPath(botPath,
                        broken ? QStringLiteral("onEscalation.agent")
                               : QStringLiteral("onEscalation")),
                    broken ? agent : escalation);
            }
        }
    }

    void buildCustomerConfiguration(QByteArrayView config)
    {
        if (config.isEmpty())
            return;
        const QString path = QStringLiteral("applications.customerConfiguration");
        Node *section = add(m_root, ConfigurationTreeModel::Section,
            ConfigurationTreeModel::tr("Customer configuration"), path, config);
        const QByteArrayView customer = member(config, "customer");
        if (isObject(customer)) {
            addValue(section, ConfigurationTreeModel::tr("Customer app ID"),
                joinPath(path, QStringLiteral("customer.id")), member(customer, "id"), true);
        } else {
            addValue(section, ConfigurationTreeModel::tr("Customer"),
                joinPath(path, QStringLiteral("customer")), customer);
        }
    }

    void buildAgentConfiguration(QByteArrayView config)
    {
        if (config.isEmpty())
            return;
        const QString path = QStringLiteral("applications.agentConfiguration");
        Node *section = add(m_root, ConfigurationTreeModel::Section,
            ConfigurationTreeModel::tr("Agent configuration"), path, config);
        const QByteArrayView agents = member(config, "agents");
        if (agents.isEmpty())
            return;
        const QString agentsPath = joinPath(path, QStringLiteral("agents"));
        Node *agentsNode = add(section, ConfigurationTreeModel::Field,
            ConfigurationTreeModel::tr("Agents"), agentsPath, agents);
        if (!isArray(agents)) {
            agentsNode->value = text(agents);
            return;
        }
        const QList<QByteArrayView> items = RawJson::arrayItems(agents);
        agentsNode->value = ConfigurationTreeModel::tr("%n agent(s)", nullptr, int(items.size()));
        for (int i = 0; i < items.size(); ++i) {
            const QByteArrayView agent = items.at(i);
            const QString agentPath = itemPath(agentsPath, i);
            Node *agentNode = add(agentsNode, ConfigurationTreeModel::Item,
                ConfigurationTreeModel::tr("Agent %1").arg(i + 1), agentPath, agent);
            const QByteArrayView id = member(agent, "id");
            agentNode->value = text(id.isEmpty() ? agent : id);
            if (RawJson::isString(id)) {
                agentNode->idValue = agentNode->value;
                // The agent's id is the item itself: a warning about it belongs there.
                m_byPath->insert(joinPath(agentPath, QStringLiteral("id")), agentNode);
            }
        }
    }

    /// Walks the record for members the contract does not name; each becomes an Other field.
    void collectUnknown(QByteArrayView object, const QString &path, const QString &pattern)
    {
        const QList<RawJson::Member> members = RawJson::objectMembers(object);
        for (const RawJson::Member &each : members) {
            const QString key = RawJson::decodeString(each.rawKey);
            const QString childPath = joinPath(path, key);
            const QString childPattern = joinPath(pattern, key);
            if (!knownPaths().contains(childPattern)) {
                m_unknown.append({childPath, each.value});
            } else if (isObject(each.value)) {
                collectUnknown(each.value, childPath, childPattern);
            } else if (isArray(each.value)) {
                const QString itemPattern = childPattern + QLatin1String("[]");
                const QList<QByteArrayView> items = RawJson::arrayItems(each.value);
                for (int i = 0; i < items.size(); ++i) {
                    if (isObject(items.at(i)))
                        collectUnknown(items.at(i), itemPath(childPath, i), itemPattern);
                }
            }
        }
    }

    void addGeneric(Node *parent, ConfigurationTreeModel::NodeKind kind, const QString &field,
        const QString &path, QByteArrayView value)
    {
        Node *node = add(parent, kind, field, path, value);
        if (isObject(value)) {
            const QList<RawJson::Member> members = RawJson::objectMembers(value);
            node->value = ConfigurationTreeModel::tr("%n field(s)", nullptr, int(members.size()));
            for (const RawJson::Member &each : members) {
                const QString key = RawJson::decodeString(each.rawKey);
                addGeneric(
                    node, ConfigurationTreeModel::Field, key, joinPath(path, key), each.value);
            }
        } else if (isArray(value)) {
            const QList<QByteArrayView> items = RawJson::arrayItems(value);
            node->value = ConfigurationTreeModel::tr("%n item(s)", nullptr, int(items.size()));
            for (int i = 0; i < items.size(); ++i) {
                addGeneric(node, ConfigurationTreeModel::Item,
                    QLatin1Char('[') % QString::number(i) % QLatin1Char(']'), itemPath(path, i),
                    items.at(i));
            }
        } else {
            node->value = text(value);
            if (field == QLatin1String("id") && RawJson::isString(value))
                node->idValue = node->value;
        }
    }

    void buildOtherFields()
    {
        if (isObject(m_raw))
            collectUnknown(m_raw, QString(), QString());
        if (m_unknown.isEmpty())
            return;
        Node *section = add(m_root, ConfigurationTreeModel::Section,
            ConfigurationTreeModel::tr("Other fields"), QString(), {});
        QByteArray json = "{";
        for (const auto &[path, value] : std::as_const(m_unknown)) {
            if (json.size() > 1)
                json += ',';
            json += '"' + path.toUtf8() + "\":" + value.toByteArray();
            addGeneric(section, ConfigurationTreeModel::Field, path, path, value);
        }
        section->json = json + '}';
    }

    void attachWarnings()
    {
        const QList<ValidationWarning> warnings = m_record.warnings();
        for (const ValidationWarning &warning : warnings) {
            QString path = warning.path;
            Node *node = m_byPath->value(path);
            while (!node && !path.isEmpty()) {
                path = parentPath(path);
                node = m_byPath->value(path);
            }
            if (!node)
                node = m_general;
            // On a parent, say which field the warning is about.
            if (node->path == warning.path || warning.path.isEmpty())
                node->warnings.append(warning.message);
            else
                node->warnings.append(warning.path % QLatin1String(": ") % warning.message);
        }
    }

    const Orchestration &m_record;
    const QByteArray m_raw;
    Node *m_root;
    QHash<QString, Node *> *m_byPath;
    Node *m_general = nullptr;
    QList<std::pair<QString, QByteArrayView>> m_unknown;
};

} // namespace

ConfigurationTreeModel::ConfigurationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ConfigurationTreeModel::~ConfigurationTreeModel() = default;

void ConfigurationTreeModel::setOrchestration(const Orchestration &orchestration)
{
    beginResetModel();
    m_orchestration = orchestration;
    m_byPath.clear();
    m_root = std::make_unique<Node>();
    if (!orchestration.isNull())
        TreeBuilder(m_orchestration, m_root.get(), &m_byPath).build();
    endResetModel();
}

void ConfigurationTreeModel::setUsageCounter(std::function<int(const QString &)> counter)
{
    m_usageCounter = std::move(counter);
    refreshUsageCounts();
}

void ConfigurationTreeModel::refreshUsageCounts()
{
    // Only id values change; the structure stays. One range per parent, as views expect.
    const std::function<void(const QModelIndex &)> announce = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent),
            {UsageCountRole, Qt::ToolTipRole});
        for (int row = 0; row < rows; ++row)
            announce(index(row, 0, parent));
    };
    announce({});
}

QModelIndex ConfigurationTreeModel::indexForPath(const QString &path, int column) const
{
    const Node *node = m_byPath.value(path);
    return node ? indexOf(node, column) : QModelIndex();
}

ConfigurationTreeModel::Node *ConfigurationTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ConfigurationTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ConfigurationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children.at(size_t(row)).get());
}

QModelIndex ConfigurationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    return indexOf(node->parent, 0);
}

int ConfigurationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ConfigurationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConfigurationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FieldColumn ? node->field : node->value;
    case Qt::ToolTipRole: {
        QString tip = index.column() == ValueColumn
            ? (node->valueToolTip.isEmpty() ? node->value : node->valueToolTip)
            : node->path;
        if (!node->idValue.isEmpty() && m_usageCounter) {
            const int uses = m_usageCounter(node->idValue);
            if (uses >= 0) {
                tip += QLatin1Char('\n')
                    + tr("Referenced by %n loaded orchestration(s)", nullptr, uses);
            }
        }
        if (!node->warnings.isEmpty())
            tip +=
                (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + node->warnings.join(u'\n');
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case WarningRole:
        return node->warnings.join(u'\n');
    case IdValueRole:
        return node->idValue.isEmpty() ? QVariant() : QVariant(node->idValue);
    case NodeJsonRole:
        return node->json;
    case NodeKindRole:
        return int(node->kind);
    case UsageCountRole:
        if (node->idValue.isEmpty() || !m_usageCounter)
            return -1;
        return m_usageCounter(node->idValue);
    case PathRole:
        return node->path;
    default:
        return {};
    }
}

QVariant ConfigurationTreeModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == FieldColumn)
            return tr("Field");
        if (section == ValueColumn)
            return tr("Value");
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}
