#pragma once

#include "models/core/orchestration.h"
#include "models/core/orchestrationpage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The validation warnings of a scan's records and pages, tallied: one line per kind of
 * problem, however many records share it ("412 records: ...bots[0].id: "x" is not a UUID.
 * (first: orchestration 45a0...)"), so a server that sends a million bad records costs a
 * few lines, not a million strings.
 *
 * A kind is the warning's path and its message with quoted values masked, so the same check
 * failing on different values counts as one. At most kMaxKinds kinds are kept; warnings of
 * further kinds are counted in one closing line. Lines keep the order kinds were first seen.
 */
class RecordWarnings
{
public:
    static constexpr int kMaxKinds = 200;

    /// Every warning of @p record.
    void addRecord(const Orchestration &record);
    /// The page-level warnings of @p page (not those of its records).
    void addPage(const OrchestrationPage &page);

    /// One translated line per kind: "Orchestration <id>: <path>: <message>" for a kind seen
    /// once, "<n> records: <path>: <message> (first: orchestration <id>)" for more.
    QStringList lines() const;
    /// Warnings added in all.
    qint64 total() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }

private:
    enum class Subject { Record, Page };
    struct Kind
    {
        Subject subject;
        QString path;
        QString message; ///< the first one, unmasked
        QString first; ///< the first record's id, or the first page's number
        qint64 count = 0;
    };
    void add(Subject subject, const QString &where, const ValidationWarning &warning);

    QList<Kind> m_kinds;
    QHash<QString, qsizetype> m_index; ///< kind key -> position in m_kinds
    qint64 m_total = 0;
    qint64 m_dropped = 0; ///< warnings of kinds beyond kMaxKinds
};
