#include "models/core/recordwarnings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordWarnings)
};

// "\"abc\" is not a UUID." and "\"xyz\" is not a UUID." are one kind of problem.
QString masked(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    QString key = message;
    key.replace(quoted, QStringLiteral("\"\""));
    return key;
}

} // namespace

void RecordWarnings::addRecord(const Orchestration &record)
{
    const QList<ValidationWarning> warnings = record.warnings();
    if (warnings.isEmpty())
        return;
    const QString id = record.id().isEmpty() ? Text::tr("(no id)") : record.id();
    for (const ValidationWarning &warning : warnings)
        add(Subject::Record, id, warning);
}

void RecordWarnings::addPage(const OrchestrationPage &page)
{
    for (const ValidationWarning &warning : page.warnings)
        add(Subject::Page, QString::number(page.pagination.pagenum), warning);
}

void RecordWarnings::add(Subject subject, const QString &where, const ValidationWarning &warning)
{
    ++m_total;
    const QString key = QString::number(int(subject)) + QLatin1Char('\n') + warning.path
        + QLatin1Char('\n') + masked(warning.message);
    const auto found = m_index.constFind(key);
    if (found != m_index.cend()) {
        ++m_kinds[*found].count;
        return;
    }
    if (m_kinds.size() >= kMaxKinds) {
        ++m_dropped;
        return;
    }
    m_index.insert(key, m_kinds.size());
    m_kinds.append({subject, warning.path, warning.message, where, 1});
}

QStringList RecordWarnings::lines() const
{
    QStringList lines;
    lines.reserve(m_kinds.size() + 1);
    for (const Kind &kind : m_kinds) {
        const bool record = kind.subject == Subject::Record;
        if (kind.count == 1) {
            lines.append(record
                    ? Text::tr("Orchestration %1: %2: %3").arg(kind.first, kind.path, kind.message)
                    : Text::tr("Page %1: %2: %3").arg(kind.first, kind.path, kind.message));
        } else {
            // Two or more here: the English source needs no "(s)".
            const int count = int(qMin<qint64>(kind.count, INT_MAX));
            lines.append(record
                    ? Text::tr("%Ln records: %1: %2 (first: orchestration %3)", nullptr, count)
                          .arg(kind.path, kind.message, kind.first)
                    : Text::tr("%Ln pages: %1: %2 (first: page %3)", nullptr, count)
                          .arg(kind.path, kind.message, kind.first));
        }
    }
    if (m_dropped > 0)
        lines.append(Text::tr("%Ln further warning(s) of other kinds are not listed.", nullptr,
            int(qMin<qint64>(m_dropped, INT_MAX))));
    return lines;
}
