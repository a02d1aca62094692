#include "models/core/orchestrationdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrchestrationDiff)
};

/// The keys records are matched by: the id, with repeats and id-less records numbered.
QStringList matchKeys(const QList<Orchestration> &records)
{
    QStringList keys;
    keys.reserve(records.size());
    QHash<QString, int> seen;
    const QChar separator(0x1f); // never in an id, so no key collides with a real id
    for (const Orchestration &record : records) {
        const QString id = record.id();
        const int occurrence = seen[id]++;
        if (!id.isEmpty() && occurrence == 0)
            keys.append(id);
        else
            keys.append(id % separator % QString::number(occurrence));
    }
    return keys;
}

/**
 * The keys records are matched by when matched by name: the name; a null key for a record
 * whose name others of its side share (never paired; the names go to @p duplicates), and a
 * key of its own, unique to @p side, for a record without a name.
 */
QStringList nameKeys(
    const QList<Orchestration> &records, bool older, QList<DuplicateName> *duplicates)
{
    QHash<QString, QStringList> idsByName;
    QStringList order;
    for (const Orchestration &record : records) {
        const QString name = record.name();
        if (name.isEmpty())
            continue;
        auto found = idsByName.find(name);
        if (found == idsByName.end()) {
            order.append(name);
            found = idsByName.insert(name, {});
        }
        found->append(record.id());
    }
    for (const QString &name : std::as_const(order)) {
        const QStringList &ids = idsByName.value(name);
        if (ids.size() > 1)
            duplicates->append({name, older, ids});
    }
    QStringList keys;
    keys.reserve(records.size());
    const QChar separator(0x1f); // never in a name typed by hand, so no key collides
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString name = records.at(i).name();
        if (name.isEmpty())
            keys.append(QString(separator) % (older ? QLatin1Char('o') : QLatin1Char('n'))
                % QString::number(i));
        else if (idsByName.value(name).size() > 1)
            keys.append(QString());
        else
            keys.append(name);
    }
    return keys;
}

QString memberPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path % QLatin1Char('.') % key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

/// The ids of @p array's elements when every element is an object with a distinct string id.
std::optional<QStringList> elementIds(const QJsonArray &array)
{
    QStringList ids;
    QSet<QString> seen;
    for (const QJsonValue &element : array) {
        const QJsonValue id = element.toObject().value(QLatin1StringView("id"));
        if (!element.isObject() || !id.isString() || id.toString().isEmpty()
            || seen.contains(id.toString()))
            return std::nullopt;
        seen.insert(id.toString());
        ids.append(id.toString());
    }
    return ids;
}

void compareInto(QList<FieldChange> &out, const QJsonValue &before, const QJsonValue &after,
    const QString &path);

void compareObjects(QList<FieldChange> &out, const QJsonObject &before, const QJsonObject &after,
    const QString &path)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys))
        compareInto(out, before.value(key), after.value(key), memberPath(path, key));
}

void compareArrays(
    QList<FieldChange> &out, const QJsonArray &before, const QJsonArray &after, const QString &path)
{
    const auto beforeIds = elementIds(before);
    const auto afterIds = elementIds(after);
    if (beforeIds && afterIds && !(before.isEmpty() && after.isEmpty())) {
        QHash<QString, qsizetype> beforeIndex;
        for (qsizetype i = 0; i < beforeIds->size(); ++i)
            beforeIndex.insert(beforeIds->at(i), i);
        QStringList commonAfter;
        for (qsizetype i = 0; i < afterIds->size(); ++i) {
            const QString &id = afterIds->at(i);
            const auto found = beforeIndex.constFind(id);
            if (found == beforeIndex.constEnd()) {
                out.append({FieldChange::Kind::Added, indexPath(path, i), QJsonValue::Undefined,
                    after.at(i)});
                continue;
            }
            commonAfter.append(id);
            compareInto(out, before.at(*found), after.at(i), indexPath(path, i));
        }
        const QSet<QString> afterSet(afterIds->cbegin(), afterIds->cend());
        QStringList commonBefore;
        for (qsizetype i = 0; i < beforeIds->size(); ++i) {
            if (afterSet.contains(beforeIds->at(i)))
                commonBefore.append(beforeIds->at(i));
            else
                out.append({FieldChange::Kind::Removed, indexPath(path, i), before.at(i),
                    QJsonValue::Undefined});
        }
        if (commonBefore != commonAfter)
            out.append({FieldChange::Kind::Reordered, path,
                QJsonArray::fromStringList(commonBefore), QJsonArray::fromStringList(commonAfter)});
        return;
    }
    const qsizetype common = std::min(before.size(), after.size());
    for (qsizetype i = 0; i < common; ++i)
        compareInto(out, before.at(i), after.at(i), indexPath(path, i));
    for (qsizetype i = common; i < after.size(); ++i)
        out.append(
            {FieldChange::Kind::Added, indexPath(path, i), QJsonValue::Undefined, after.at(i)});
    for (qsizetype i = common; i < before.size(); ++i)
        out.append(
            {FieldChange::Kind::Removed, indexPath(path, i), before.at(i), QJsonValue::Undefined});
}

void compareInto(
    QList<FieldChange> &out, const QJsonValue &before, const QJsonValue &after, const QString &path)
{
    if (before.isUndefined() && after.isUndefined())
        return;
    if (before.isUndefined()) {
        out.append({FieldChange::Kind::Added, path, before, after});
        return;
    }
    if (after.isUndefined()) {
        out.append({FieldChange::Kind::Removed, path, before, after});
        return;
    }
    if (before.isObject() && after.isObject())
        return compareObjects(out, before.toObject(), after.toObject(), path);
    if (before.isArray() && after.isArray())
        return compareArrays(out, before.toArray(), after.toArray(), path);
    if (before != after)
        out.append({FieldChange::Kind::Changed, path, before, after});
}

QJsonObject recordJson(const RecordChange &change)
{
    QJsonObject object {{QStringLiteral("id"), change.id}, {QStringLiteral("name"), change.name}};
    if (!change.oldId.isEmpty())
        object.insert(QStringLiteral("oldId"), change.oldId);
    if (change.kind != RecordChange::Kind::Changed)
        return object;
    QJsonArray fields;
    for (const FieldChange &field : change.fields) {
        QJsonObject entry {{QStringLiteral("path"), field.path},
            {QStringLiteral("change"), OrchestrationDiff::kindName(field.kind)}};
        if (!field.before.isUndefined())
            entry.insert(QStringLiteral("old"), field.before);
        if (!field.after.isUndefined())
            entry.insert(QStringLiteral("new"), field.after);
        fields.append(entry);
    }
    object.insert(QStringLiteral("fields"), fields);
    return object;
}

} // namespace

QList<FieldChange> OrchestrationDiff::compareValues(
    const QJsonValue &before, const QJsonValue &after, const QString &path)
{
    QList<FieldChange> changes;
    compareInto(changes, before, after, path);
    return changes;
}

std::optional<OrchestrationDiff::Match> OrchestrationDiff::matchFromName(QStringView name)
{
    if (name == QLatin1StringView("id"))
        return Match::Id;
    if (name == QLatin1StringView("name"))
        return Match::Name;
    return std::nullopt;
}

QString OrchestrationDiff::matchName(Match match)
{
    return match == Match::Name ? QStringLiteral("name") : QStringLiteral("id");
}

OrchestrationDiff OrchestrationDiff::compare(
    const QList<Orchestration> &before, const QList<Orchestration> &after, Match match)
{
    OrchestrationDiff diff;
    diff.m_match = match;
    const bool byName = match == Match::Name;
    const QStringList beforeKeys =
        byName ? nameKeys(before, true, &diff.m_duplicates) : matchKeys(before);
    const QStringList afterKeys =
        byName ? nameKeys(after, false, &diff.m_duplicates) : matchKeys(after);
    QHash<QString, qsizetype> beforeIndex;
    beforeIndex.reserve(beforeKeys.size());
    for (qsizetype i = 0; i < beforeKeys.size(); ++i) {
        if (!beforeKeys.at(i).isNull())
            beforeIndex.insert(beforeKeys.at(i), i);
    }
    const QSet<QString> afterSet(afterKeys.cbegin(), afterKeys.cend());

    QList<RecordChange> added;
    QList<RecordChange> removed;
    QList<RecordChange> changed;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (afterKeys.at(i).isNull())
            continue; // a duplicate name: reported, never paired
        const Orchestration &newer = after.at(i);
        const auto found = beforeIndex.constFind(afterKeys.at(i));
        if (found == beforeIndex.constEnd()) {
            added.append({RecordChange::Kind::Added, newer.id(), {}, newer.name(), {}, newer, {}});
            continue;
        }
        const Orchestration &older = before.at(*found);
        // Same bytes, same record: the common case costs no parsing.
        if (older.rawJson() == newer.rawJson()) {
            ++diff.m_unchanged;
            continue;
        }
        QJsonObject olderObject = older.toJsonObject();
        QJsonObject newerObject = newer.toJsonObject();
        if (byName) {
            // Two tenants give the same orchestration two ids: that is no difference.
            olderObject.remove(QLatin1StringView("id"));
            newerObject.remove(QLatin1StringView("id"));
        }
        QList<FieldChange> fields = compareValues(olderObject, newerObject);
        if (fields.isEmpty()) {
            ++diff.m_unchanged;
            continue;
        }
        const QString oldId = byName && older.id() != newer.id() ? older.id() : QString();
        changed.append({RecordChange::Kind::Changed, newer.id(), oldId, newer.name(), older, newer,
            std::move(fields)});
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!beforeKeys.at(i).isNull() && !afterSet.contains(beforeKeys.at(i))) {
            const Orchestration &older = before.at(i);
            removed.append(
                {RecordChange::Kind::Removed, older.id(), {}, older.name(), older, {}, {}});
        }
    }
    diff.m_added = int(added.size());
    diff.m_removed = int(removed.size());
    diff.m_changed = int(changed.size());
    diff.m_changes = added + removed + changed;
    return diff;
}

const RecordChange *OrchestrationDiff::changeFor(const QString &id) const
{
    for (const RecordChange &change : m_changes) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

QString OrchestrationDiff::valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return Text::tr("(absent)");
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.sliced(1, wrapped.size() - 2));
}

QString OrchestrationDiff::kindName(FieldChange::Kind kind)
{
    switch (kind) {
    case FieldChange::Kind::Changed:
        return QStringLiteral("changed");
    case FieldChange::Kind::Added:
        return QStringLiteral("added");
    case FieldChange::Kind::Removed:
        return QStringLiteral("removed");
    case FieldChange::Kind::Reordered:
        return QStringLiteral("reordered");
    }
    return {};
}

QString OrchestrationDiff::changeText(const RecordChange &change)
{
    constexpr qsizetype kMaxValue = 200;
    const auto shortValue = [](const QJsonValue &value) {
        QString text = valueText(value);
        if (text.size() > kMaxValue)
            text = text.left(kMaxValue - 1) + QChar(0x2026);
        return text;
    };
    const QChar mark = change.kind == RecordChange::Kind::Added ? QLatin1Char('+')
        : change.kind == RecordChange::Kind::Removed            ? QLatin1Char('-')
                                                                : QLatin1Char('~');
    const QString name = change.name.isEmpty() ? Text::tr("(no name)") : change.name;
    QString id = change.id.isEmpty() ? Text::tr("no id") : change.id;
    if (!change.oldId.isEmpty())
        id = Text::tr("%1 -> %2").arg(change.oldId, id);
    QString text =
        QString(mark) % QLatin1Char(' ') % name % QLatin1String(" (") % id % QLatin1String(")\n");
    for (const FieldChange &field : change.fields) {
        const QString what = field.kind == FieldChange::Kind::Reordered
            ? Text::tr("order %1 -> %2").arg(shortValue(field.before), shortValue(field.after))
            : Text::tr("%1 -> %2").arg(shortValue(field.before), shortValue(field.after));
        text += QLatin1String("    ") % field.path % QLatin1String(": ") % what % QLatin1Char('\n');
    }
    return text;
}

QString OrchestrationDiff::toText() const
{
    QString text = Text::tr("%1 added, %2 removed, %3 changed, %4 unchanged.")
                       .arg(m_added)
                       .arg(m_removed)
                       .arg(m_changed)
                       .arg(m_unchanged)
        + QLatin1Char('\n');
    for (const DuplicateName &duplicate : m_duplicates) {
        text += QLatin1String("! ")
            % (duplicate.older ? Text::tr("%1: the old side has %2 (%3), not compared")
                               : Text::tr("%1: the new side has %2 (%3), not compared"))
                  .arg(duplicate.name)
                  .arg(duplicate.ids.size())
                  .arg(duplicate.ids.join(QStringLiteral(", ")))
            % QLatin1Char('\n');
    }
    for (const RecordChange &change : m_changes)
        text += changeText(change);
    return text;
}

QJsonObject OrchestrationDiff::toJson() const
{
    QJsonArray added;
    QJsonArray removed;
    QJsonArray changed;
    for (const RecordChange &change : m_changes) {
        switch (change.kind) {
        case RecordChange::Kind::Added:
            added.append(recordJson(change));
            break;
        case RecordChange::Kind::Removed:
            removed.append(recordJson(change));
            break;
        case RecordChange::Kind::Changed:
            changed.append(recordJson(change));
            break;
        }
    }
    QJsonObject result {
        {QStringLiteral("summary"),
            QJsonObject {{QStringLiteral("added"), m_added}, {QStringLiteral("removed"), m_removed},
                {QStringLiteral("changed"), m_changed},
                {QStringLiteral("unchanged"), m_unchanged}}},
        {QStringLiteral("added"), added},
        {QStringLiteral("removed"), removed},
        {QStringLiteral("changed"), changed},
    };
    if (m_match == Match::Name) {
        result.insert(QStringLiteral("match"), matchName(m_match));
        QJsonArray duplicates;
        for (const DuplicateName &duplicate : m_duplicates)
            duplicates.append(QJsonObject {{QStringLiteral("name"), duplicate.name},
                {QStringLiteral("side"),
                    duplicate.older ? QStringLiteral("old") : QStringLiteral("new")},
                {QStringLiteral("ids"), QJsonArray::fromStringList(duplicate.ids)}});
        result.insert(QStringLiteral("duplicateNames"), duplicates);
    }
    return result;
}
